/// Everything one declared system holds: the model that validation checks, the renderers turn
/// into SQL and code, and introspection reads back from a live database.
public struct SchemaDefinition: Hashable, Sendable {
    /// The system's name (`saas_starter`): it names the output folder, not a PostgreSQL schema.
    public var name: String
    public var extensions: [ExtensionDefinition]
    /// PostgreSQL schemas to create, other than `public`.
    public var namespaces: [String]
    public var enums: [EnumDefinition]
    public var tables: [TableDefinition]
    /// Sequences in their own right, by name.
    public var sequences: [SequenceDefinition]
    /// Functions and procedures, by signature.
    public var functions: [FunctionDefinition]
    /// Views and materialized views, by name.
    public var views: [ViewDefinition]
    /// Domains, by name.
    public var domains: [DomainDefinition]
    /// Composite types, by name.
    public var compositeTypes: [CompositeTypeDefinition]
    /// What the objects of a database use, as `pg_depend` records it, for a schema read from
    /// a catalog; empty for a declared one, whose objects use what their SQL names. Neither
    /// compared nor written to `snapshot.json`: a fact of the database.
    public var dependencies: [SourcePath: Dependencies] = [:]

    public init(
        name: String, extensions: [ExtensionDefinition] = [], namespaces: [String] = [],
        enums: [EnumDefinition] = [], tables: [TableDefinition] = [], sequences: [SequenceDefinition] = [],
        functions: [FunctionDefinition] = [], views: [ViewDefinition] = [], domains: [DomainDefinition] = [],
        compositeTypes: [CompositeTypeDefinition] = []
    ) {
        self.name = name
        self.extensions = extensions
        self.namespaces = namespaces
        self.enums = enums
        self.tables = tables
        self.sequences = sequences
        self.functions = functions
        self.views = views
        self.domains = domains
        self.compositeTypes = compositeTypes
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

extension SchemaDefinition: Codable {
    private enum Keys: String, CodingKey { case name, extensions, namespaces, enums, tables, sequences, functions, views, domains, compositeTypes }

    /// Kinds a snapshot before format 4 does not hold are read as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            extensions: try container.decode([ExtensionDefinition].self, forKey: .extensions),
            namespaces: try container.decode([String].self, forKey: .namespaces),
            enums: try container.decode([EnumDefinition].self, forKey: .enums),
            tables: try container.decode([TableDefinition].self, forKey: .tables),
            sequences: try container.decodeIfPresent([SequenceDefinition].self, forKey: .sequences) ?? [],
            functions: try container.decodeIfPresent([FunctionDefinition].self, forKey: .functions) ?? [],
            views: try container.decodeIfPresent([ViewDefinition].self, forKey: .views) ?? [],
            domains: try container.decodeIfPresent([DomainDefinition].self, forKey: .domains) ?? [],
            compositeTypes: try container.decodeIfPresent([CompositeTypeDefinition].self, forKey: .compositeTypes) ?? [])
    }

    /// Kinds the schema has none of are left out, so that a schema of tables only reads as before.
    /// The keys come in the order the JSON files list them, so that the writer puts nothing in
    /// order after the tables.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        if !compositeTypes.isEmpty { try container.encode(compositeTypes, forKey: .compositeTypes) }
        if !domains.isEmpty { try container.encode(domains, forKey: .domains) }
        try container.encode(enums, forKey: .enums)
        try container.encode(extensions, forKey: .extensions)
        if !functions.isEmpty { try container.encode(functions, forKey: .functions) }
        try container.encode(name, forKey: .name)
        try container.encode(namespaces, forKey: .namespaces)
        if !sequences.isEmpty { try container.encode(sequences, forKey: .sequences) }
        try container.encode(tables, forKey: .tables)
        if !views.isEmpty { try container.encode(views, forKey: .views) }
    }
}

extension SchemaDefinition: JSONWritable {
    /// As `encode(to:)`: kinds the schema has none of are left out. Sequences, functions, views,
    /// domains and composite types go through their `Encodable` form.
    package func write(to json: JSONWriter.Output) throws {
        try json.object { try write(to: &$0) }
    }

    /// The schema's members, into an object that may hold others (a snapshot's `format`).
    func write(to members: inout JSONWriter.Members) throws {
        if !compositeTypes.isEmpty { try members.encode("compositeTypes", compositeTypes) }
        if !domains.isEmpty { try members.encode("domains", domains) }
        try members.write("enums", enums)
        try members.write("extensions", extensions)
        if !functions.isEmpty { try members.encode("functions", functions) }
        try members.write("name", name)
        try members.write("namespaces", namespaces)
        if !sequences.isEmpty { try members.encode("sequences", sequences) }
        try members.writeConcurrently("tables", tables)
        if !views.isEmpty { try members.encode("views", views) }
    }
}
