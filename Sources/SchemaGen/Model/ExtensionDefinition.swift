/// `CREATE EXTENSION IF NOT EXISTS name [SCHEMA schema]`.
public struct ExtensionDefinition: Hashable, Sendable, Codable {
    public var name: String
    /// The schema the extension's objects go into; nil is PostgreSQL's choice.
    public var schema: String?

    public init(name: String, schema: String? = nil) {
        self.name = name
        self.schema = schema
    }
}
