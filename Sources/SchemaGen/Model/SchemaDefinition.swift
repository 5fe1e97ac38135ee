/// Everything one declared system holds: the model that validation checks, the renderers turn
/// into SQL and code, and introspection reads back from a live database.
public struct SchemaDefinition: Hashable, Sendable, Codable {
    /// The system's name (`saas_starter`): it names the output folder, not a PostgreSQL schema.
    public var name: String
    public var extensions: [ExtensionDefinition]
    /// PostgreSQL schemas to create, other than `public`.
    public var namespaces: [String]
    public var enums: [EnumDefinition]
    public var tables: [TableDefinition]

    public init(
        name: String, extensions: [ExtensionDefinition] = [], namespaces: [String] = [],
        enums: [EnumDefinition] = [], tables: [TableDefinition] = []
    ) {
        self.name = name
        self.extensions = extensions
        self.namespaces = namespaces
        self.enums = enums
        self.tables = tables
    }

    public func table(named name: QualifiedName) -> TableDefinition? {
        tables.first { $0.name == name }
    }

    public func enumType(named name: QualifiedName) -> EnumDefinition? {
        enums.first { $0.name == name }
    }
}
