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
        // Tables are kept sorted by name (by the resolver, the catalog reader and the differ), so
        // a binary search finds them; a scan covers a model built in another order.
        var low = 0
        var high = tables.count
        while low < high {
            let middle = (low + high) / 2
            if tables[middle].name < name { low = middle + 1 } else { high = middle }
        }
        if low < tables.count, tables[low].name == name { return tables[low] }
        return tables.first { $0.name == name }
    }

    /// Every table by name, for code that looks many up.
    public var tablesByName: [QualifiedName: TableDefinition] {
        Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Per table, the foreign keys that reference it, with the table that holds each, in model order.
    var incomingForeignKeys: [QualifiedName: [(source: QualifiedName, key: ForeignKeyDefinition)]] {
        var incoming: [QualifiedName: [(source: QualifiedName, key: ForeignKeyDefinition)]] = [:]
        for table in tables {
            for key in table.foreignKeys { incoming[key.referencedTable, default: []].append((table.name, key)) }
        }
        return incoming
    }

    public func enumType(named name: QualifiedName) -> EnumDefinition? {
        enums.first { $0.name == name }
    }
}
