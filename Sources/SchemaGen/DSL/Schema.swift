/// Declares one system: its tables, enums, extensions and namespaces. It is the unit that
/// `schemagen` validates and generates for, into `Generated/<name>/`.
///
/// ```swift
/// public let saasStarter = Schema("saas_starter") {
///     users
///     teams
///     teamMembers
/// }
/// ```
public struct Schema: Sendable {
    public let name: String
    let elements: [SchemaElement]
    let location: SourceLocation

    public init(
        _ name: String, file: String = #filePath, line: Int = #line, column: Int = #column,
        @SchemaBuilder _ body: () -> [SchemaElement]
    ) {
        self.name = name
        elements = body()
        location = SourceLocation(file: file, line: line, column: column)
    }
}
