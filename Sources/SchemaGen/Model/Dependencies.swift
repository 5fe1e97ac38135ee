/// The objects one object of a database uses, as PostgreSQL records them in `pg_depend`: what
/// a view's rewrite rule, a function's signature and SQL-standard body, a trigger, a policy, a
/// default, a check or an index expression refers to. A change PostgreSQL refuses while such
/// a reference stands (`cannot alter type of a column used by a view or rule`) drops the
/// object first and creates it again after.
///
/// Read with a catalog (``SchemaDefinition/dependencies``); a declared schema has none, and
/// its objects' dependencies are the names their SQL mentions.
public struct Dependencies: Hashable, Sendable {
    /// Tables, views and materialized views used, other than the object's own table.
    public var relations: [QualifiedName]
    /// The columns used: a type change or drop of one needs the object gone.
    public var columns: [ColumnPath]
    public var functions: [QualifiedName]
    /// Types used, such as an enum a literal is cast to or an argument's domain.
    public var types: [QualifiedName]

    public init(relations: [QualifiedName] = [], columns: [ColumnPath] = [], functions: [QualifiedName] = [], types: [QualifiedName] = []) {
        self.relations = relations
        self.columns = columns
        self.functions = functions
        self.types = types
    }

    /// The names of the relations, functions and types used, whatever their schema.
    var names: Set<String> {
        Set((relations + functions + types).map(\.name))
    }
}
