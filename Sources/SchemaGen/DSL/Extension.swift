/// A PostgreSQL extension the schema needs, listed in the ``Schema``.
///
/// ```swift
/// Extension("citext")   // CREATE EXTENSION IF NOT EXISTS "citext";
/// ```
public struct Extension: Sendable {
    let definition: ExtensionDefinition
    let location: SourceLocation

    public init(
        _ name: String, schema: String? = nil, version: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = ExtensionDefinition(name: name, schema: schema, version: version)
        location = SourceLocation(file: file, line: line, column: column)
    }
}
