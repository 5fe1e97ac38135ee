/// Collects the tables, views, functions, sequences, enums, extensions and namespaces of a ``Schema``.
@resultBuilder
public enum SchemaBuilder {
    public static func buildExpression(_ table: Table) -> [SchemaElement] { [.table(table)] }
    /// A group of tables declared elsewhere, so that a system can be split over files.
    public static func buildExpression(_ tables: [Table]) -> [SchemaElement] { tables.map(SchemaElement.table) }
    public static func buildExpression(_ type: Enum) -> [SchemaElement] { [.enumType(type)] }
    public static func buildExpression(_ types: [Enum]) -> [SchemaElement] { types.map(SchemaElement.enumType) }
    public static func buildExpression(_ ext: Extension) -> [SchemaElement] { [.extension(ext)] }
    public static func buildExpression(_ namespace: Namespace) -> [SchemaElement] { [.namespace(namespace)] }
    public static func buildExpression(_ sequence: SequenceGenerator) -> [SchemaElement] { [.sequence(sequence)] }
    public static func buildExpression(_ function: Function) -> [SchemaElement] { [.function(function)] }
    public static func buildExpression(_ functions: [Function]) -> [SchemaElement] { functions.map(SchemaElement.function) }
    public static func buildExpression(_ view: View) -> [SchemaElement] { [.view(view)] }
    public static func buildExpression(_ domain: Domain) -> [SchemaElement] { [.domain(domain)] }
    public static func buildExpression(_ type: CompositeType) -> [SchemaElement] { [.compositeType(type)] }
    public static func buildExpression(_ view: MaterializedView) -> [SchemaElement] { [.view(view.view)] }
    public static func buildExpression(_ allow: Allow) -> [SchemaElement] { [.allow(allow)] }
    public static func buildExpression(_ settings: MigrationSettings) -> [SchemaElement] { [.settings(settings)] }

    public static func buildBlock() -> [SchemaElement] { [] }
    public static func buildPartialBlock(first: [SchemaElement]) -> [SchemaElement] { first }
    public static func buildPartialBlock(accumulated: [SchemaElement], next: [SchemaElement]) -> [SchemaElement] {
        accumulated + next
    }
    public static func buildOptional(_ elements: [SchemaElement]?) -> [SchemaElement] { elements ?? [] }
    public static func buildEither(first: [SchemaElement]) -> [SchemaElement] { first }
    public static func buildEither(second: [SchemaElement]) -> [SchemaElement] { second }
    public static func buildArray(_ groups: [[SchemaElement]]) -> [SchemaElement] { groups.flatMap { $0 } }
}
