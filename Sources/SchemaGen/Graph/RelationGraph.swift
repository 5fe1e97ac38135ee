/// The relations of a schema as data: every table's relations both ways, the junctions of
/// many-to-many relations, what deleting a row of each table does, and the problems the graph
/// shows (a cascade that ends in a RESTRICT, a cycle of cascades, a junction without a
/// composite key, a foreign key without an index).
///
/// ```swift
/// let graph = RelationGraph(schema: resolved.definition)
/// graph.relations(of: QualifiedName("users")).map(\.name)   // ["accounts", "sessions", ...]
/// ```
public struct RelationGraph: Hashable, Sendable, Codable {
    public var schema: String
    /// Per table, by name: its relations, sorted by name.
    public var tables: [TableRelations]
    public var junctions: [Junction]
    public var cascades: [CascadeClosure]
    /// Documented references to things outside the database (item slugs kept in a CMS).
    public var externalReferences: [ExternalReference]
    public var warnings: [Diagnostic]

    /// In the order `relations.json` lists them (the derived `encode(to:)` follows these cases),
    /// so that the JSON writer has nothing to put in order.
    private enum CodingKeys: String, CodingKey { case cascades, externalReferences, junctions, schema, tables, warnings }

    public struct TableRelations: Hashable, Sendable, Codable {
        public var table: QualifiedName
        public var relations: [Relation]
    }

    public struct ExternalReference: Hashable, Sendable, Codable {
        public var table: QualifiedName
        public var columns: [String]
        public var target: String
        public var note: String?
    }

    public init(schema: SchemaDefinition) {
        self.schema = schema.name
        let incoming = schema.incomingForeignKeys
        let definitions = schema.tablesByName
        junctions = schema.tables.compactMap { Self.junction($0, referenced: incoming[$0.name] != nil) }
        var relations: [QualifiedName: [Relation]] = [:]
        for table in schema.tables {
            for key in table.foreignKeys {
                let unique = table.hasUniqueKey(on: Set(key.columns))
                relations[table.name, default: []].append(Relation(
                    name: key.relationName ?? Self.outgoingName(key.columns, target: key.referencedTable),
                    kind: unique ? .oneToOne : .manyToOne, table: table.name, target: key.referencedTable,
                    columns: key.columns, sourceColumns: key.columns, targetColumns: key.referencedColumns, foreignKey: key.name, onDelete: key.onDelete))
                let siblings = table.foreignKeys.filter { $0.referencedTable == key.referencedTable }.count
                let inverse = key.inverseName ?? (siblings > 1 || table.name == key.referencedTable
                    ? table.name.name.camelCased + "By" + Self.capitalized(key.relationName ?? Self.outgoingName(key.columns, target: key.referencedTable))
                    : table.name.name.camelCased)
                relations[key.referencedTable, default: []].append(Relation(
                    name: inverse, kind: unique ? .oneToOne : .oneToMany, table: key.referencedTable, target: table.name,
                    columns: key.columns, sourceColumns: key.referencedColumns, targetColumns: key.columns, foreignKey: key.name, onDelete: key.onDelete))
            }
            for reference in table.logicalReferences {
                guard case .table(let target, let referenced) = reference.target else { continue }
                // A reference that names no columns points at the target's primary key.
                let keys = referenced.isEmpty ? definitions[target]?.primaryKey?.columns ?? [] : referenced
                relations[table.name, default: []].append(Relation(
                    name: Self.outgoingName(reference.columns, target: target), kind: .manyToOne, table: table.name, target: target,
                    columns: reference.columns, sourceColumns: reference.columns, targetColumns: keys))
                relations[target, default: []].append(Relation(
                    name: table.name.name.camelCased + "By" + Self.capitalized(Self.outgoingName(reference.columns, target: target)),
                    kind: .oneToMany, table: target, target: table.name, columns: reference.columns, sourceColumns: keys, targetColumns: reference.columns))
            }
        }
        for junction in junctions {
            let (left, right) = (junction.left.referencedTable, junction.right.referencedTable)
            let selfLink = left == right
            relations[left, default: []].append(Relation(
                name: selfLink ? junction.table.name.camelCased : right.name.camelCased, kind: .manyToMany, table: left, target: right,
                columns: junction.left.columns + junction.right.columns,
                sourceColumns: junction.left.referencedColumns, targetColumns: junction.right.referencedColumns, through: junction.table))
            if !selfLink {
                relations[right, default: []].append(Relation(
                    name: left.name.camelCased, kind: .manyToMany, table: right, target: left,
                    columns: junction.right.columns + junction.left.columns,
                    sourceColumns: junction.right.referencedColumns, targetColumns: junction.left.referencedColumns, through: junction.table))
            }
        }
        tables = schema.tables.map { table in
            TableRelations(table: table.name, relations: Self.disambiguated(relations[table.name] ?? []))
        }
        cascades = schema.tables.map { CascadeClosure(of: $0.name, incoming: incoming) }
        externalReferences = schema.tables.flatMap { table in
            table.logicalReferences.compactMap { reference -> ExternalReference? in
                guard case .external(let target) = reference.target else { return nil }
                return ExternalReference(table: table.name, columns: reference.columns, target: target, note: reference.note)
            }
        }
        warnings = []
        warnings = checks(schema, tables: definitions)
    }

    /// The relations of `table`, sorted by name.
    public func relations(of table: QualifiedName) -> [Relation] {
        tables.first { $0.table == table }?.relations ?? []
    }

    /// Every table's relations by table name, for code that looks many up.
    public var relationsByTable: [QualifiedName: [Relation]] {
        Dictionary(tables.map { ($0.table, $0.relations) }, uniquingKeysWith: { first, _ in first })
    }

    public func cascade(from table: QualifiedName) -> CascadeClosure? {
        cascades.first { $0.table == table }
    }

    /// `author_id` → `author`, `userId` → `user`, `invited_by` → `invitedBy`.
    static func outgoingName(_ columns: [String], target: QualifiedName) -> String {
        guard columns.count == 1, let column = columns.first else { return target.name.camelCased }
        for suffix in ["_id", "Id", "_ID", "ID"] where column.hasSuffix(suffix) && column.count > suffix.count {
            return String(column.dropLast(suffix.count)).camelCased
        }
        return column.camelCased
    }

    static func capitalized(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Relation names unique within a table: a clash gets the junction or the column appended.
    private static func disambiguated(_ relations: [Relation]) -> [Relation] {
        var counts: [String: Int] = [:]
        for relation in relations { counts[relation.name, default: 0] += 1 }
        return relations.map { relation in
            guard counts[relation.name]! > 1 else { return relation }
            var relation = relation
            relation.name += relation.through.map { "Via" + capitalized($0.name.camelCased) }
                ?? "By" + capitalized(relation.columns.joined(separator: "_").camelCased)
            return relation
        }.sorted { $0.name < $1.name }
    }

    private static func junction(_ table: TableDefinition, referenced: Bool) -> Junction? {
        guard table.foreignKeys.count == 2, table.isJunction != false else { return nil }
        let (left, right) = (table.foreignKeys[0], table.foreignKeys[1])
        let pair = Set(left.columns + right.columns)
        let required = pair.allSatisfy { table.column(named: $0)?.isNullable == false }
        let keyed = table.hasUniqueKey(on: pair)
        // A table with an id key of its own is an entity that links two others; it is a
        // junction only when declared one.
        let pairIsKey = table.primaryKey.map { Set($0.columns) == pair } ?? true
        let detected = required && !referenced && pairIsKey
        guard detected || table.isJunction == true else { return nil }
        return Junction(table: table.name, left: left, right: right, hasCompositeKey: keyed, isDeclared: table.isJunction == true)
    }
}

extension RelationGraph: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("cascades", cascades)
            try members.write("externalReferences", externalReferences)
            try members.write("junctions", junctions)
            try members.write("schema", schema)
            try members.write("tables", tables)
            try members.write("warnings", warnings)
        }
    }
}

extension RelationGraph.TableRelations: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("relations", relations)
            try members.write("table", table)
        }
    }
}

extension RelationGraph.ExternalReference: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("columns", columns)
            try members.write("note", note)
            try members.write("table", table)
            try members.write("target", target)
        }
    }
}
