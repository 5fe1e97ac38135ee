import SchemaGen

/// One row in every table of a schema, parents first, every foreign key pointing at the
/// parent's row: a populated database whose rows are all linked.
enum RowFiller {
    static func script(for schema: SchemaDefinition) -> String {
        ordered(schema.tables).map { table in
            let columns = table.columns.filter { $0.identity == nil && $0.generatedExpression == nil && !$0.type.isSerial }
            let selfReferencing = Set(table.foreignKeys.filter { $0.referencedTable == table.name }.flatMap(\.columns))
            let values = columns.map { selfReferencing.contains($0.name) ? "NULL" : value(for: $0.type, in: schema) }
            return columns.isEmpty
                ? "INSERT INTO \(SQLIdentifier.quote(table.name)) DEFAULT VALUES;"
                : "INSERT INTO \(SQLIdentifier.quote(table.name)) (\(SQLIdentifier.list(columns.map(\.name)))) VALUES (\(values.joined(separator: ", ")));"
        }.joined(separator: "\n")
    }

    /// The same value for a type everywhere, so that a foreign key finds its parent's key.
    static func value(for type: DataType, in schema: SchemaDefinition) -> String {
        switch type.storageType {
        case .smallint, .integer, .bigint, .numeric, .real, .doublePrecision: "1"
        case .boolean: "true"
        case .text, .varchar, .char: "'1'"
        case .uuid: "'00000000-0000-0000-0000-000000000001'"
        case .date: "'2024-01-02'"
        case .time: "'10:00'"
        case .timestamp: "'2024-01-02T03:04:05Z'"
        case .interval: "'1 day'"
        case .json, .jsonb: "'{}'"
        case .inet, .cidr: "'127.0.0.1'"
        case .macaddr: "'08:00:2b:01:02:03'"
        case .bytea: "'\\x01'"
        case .array: "'{}'"
        case .enumeration(let name): SQLLiteral.quote(schema.enumType(named: name)?.values.first ?? "")
        default: "NULL"
        }
    }

    /// Tables after those they reference (references to themselves aside).
    static func ordered(_ tables: [TableDefinition]) -> [TableDefinition] {
        var done: Set<QualifiedName> = []
        var result: [TableDefinition] = []
        while result.count < tables.count {
            let ready = tables.filter { table in
                !done.contains(table.name)
                    && table.foreignKeys.allSatisfy { $0.referencedTable == table.name || done.contains($0.referencedTable) }
            }
            guard !ready.isEmpty else { return result + tables.filter { !done.contains($0.name) } }
            for table in ready {
                done.insert(table.name)
                result.append(table)
            }
        }
        return result
    }
}
