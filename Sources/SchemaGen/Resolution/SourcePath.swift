/// Names an object of a schema: so that a diagnostic about the model can point at the Swift
/// line that declared it, and so that what a database's object uses can be looked up
/// (``SchemaDefinition/dependencies``).
public enum SourcePath: Hashable, Sendable {
    case schema
    case table(QualifiedName)
    /// A column, or its default (as a dependency).
    case column(QualifiedName, String)
    /// A primary key, unique, check or foreign key constraint, by table and constraint name.
    case constraint(QualifiedName, String)
    case index(QualifiedName, String)
    case enumType(QualifiedName)
    case `extension`(String)
    case namespace(String)
    case sequence(QualifiedName)
    /// A function or procedure by its signature (``FunctionDefinition/signature``).
    case function(String)
    case view(QualifiedName)
    case domain(QualifiedName)
    case compositeType(QualifiedName)
    case trigger(QualifiedName, String)
    case policy(QualifiedName, String)
    /// A partition, by its table and name.
    case partition(QualifiedName, QualifiedName)
    /// The n-th documented reference of a table.
    case logicalReference(QualifiedName, Int)
}
