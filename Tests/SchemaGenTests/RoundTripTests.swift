import ConcordiaModels
import DirectoryTemplateModels
import Foundation
import Logging
import MultitenantSaasModels
import PostgresNIO
import ReferenceSchemas
import SaasStarterModels
import SchemaGen
import SchemaGenPostgres
import SchemaGenRuntime
import TanstackBlogModels
import Testing

extension PostgresSuite {
    /// Every typed statement of `RowBridge` on every table of the five systems, through the
    /// generated types: a draft is inserted and comes back with the same values, NULLs, database
    /// defaults, enums, arrays, jsonb, timestamps with time zone and numerics; the row is selected
    /// by its key, changed (every nullable column set to NULL), upserted back, and deleted.
    /// Every column of every table is compared at each step; every relation of the graph is
    /// loaded; and rows inserted in a transaction that throws are rolled back.
    @Suite struct RoundTripTests {
        static let systems: [String: (Schema, [any TableRow.Type])] = [
            "directory_template": (DirectoryTemplate.schema, DirectoryTemplateModels.SchemaTables.all),
            "saas_starter": (SaasStarter.schema, SaasStarterModels.SchemaTables.all),
            "concordia": (Concordia.schema, ConcordiaModels.SchemaTables.all),
            "tanstack_blog": (TanStackBlog.schema, TanstackBlogModels.SchemaTables.all),
            "multitenant_saas": (MultitenantSaas.schema, MultitenantSaasModels.SchemaTables.all),
        ]

        @Test(arguments: systems.keys.sorted())
        func everyTableRoundTrips(_ system: String) async throws {
            let cluster = try #require(PostgresCluster.current)
            let (schema, generated) = try #require(Self.systems[system])
            let model = schema.resolve().definition
            #expect(generated.count == model.tables.count)
            try await cluster.withDatabase { database in
                _ = try database.apply(model)
                try await database.withConnection { connection in
                    let bridge = RowBridge(connection: connection)
                    let ordered = try RowFiller.ordered(model.tables).map { table in
                        (table, try #require(generated.first { $0.table == TableName(schema: table.name.schema, name: table.name.name) }, "\(table.name)"))
                    }
                    // A row in every table, in a transaction that throws: none is left.
                    struct RolledBack: Error {}
                    await #expect(throws: RolledBack.self) {
                        try await bridge.transaction { rows in
                            for (table, type) in ordered { _ = try await Self.insertSample(type, table: table, model: model, bridge: rows) }
                            throw RolledBack()
                        }
                    }
                    for (table, type) in ordered { #expect(try await Self.count(type, bridge: bridge) == 0, "\(table.name) after the rollback") }
                    // The sample's keys are 1: sequences start again.
                    try database.execute("SELECT setval(format('%I.%I', schemaname, sequencename), 1, false) FROM pg_sequences")

                    var compared = 0
                    var deletions: [() async throws -> [String]] = []
                    for (table, type) in ordered {
                        let check = try await Self.check(type, table: table, model: model, bridge: bridge)
                        #expect(check.problems.isEmpty, "\(system).\(table.name.name): \(check.problems)")
                        compared += check.compared
                        deletions.append(check.delete)
                    }
                    #expect(compared == model.tables.map(\.columns.count).reduce(0, +), "every column of every table is compared")

                    // Every relation of the graph, loaded from each table's row, finds what a join finds.
                    let types = Dictionary(uniqueKeysWithValues: ordered.map { ($0.0.name, $0.1) })
                    var found = 0
                    for relation in RelationGraph(schema: model).tables.flatMap(\.relations) {
                        guard let source = types[relation.table], let target = types[relation.target] else { continue }
                        let (loaded, joined) = try await Self.load(relation, source, target, bridge: bridge, database: database)
                        #expect(loaded == joined, "\(system): \(relation.table.name).\(relation.name) loaded \(loaded) rows, a join finds \(joined)")
                        found += loaded
                    }
                    #expect(found > 0)
                    // Children first, so that no cascade deletes a row before its own delete.
                    for (table, delete) in zip(RowFiller.ordered(model.tables), deletions).reversed() {
                        let problems = try await delete()
                        #expect(problems.isEmpty, "\(system).\(table.name.name): \(problems)")
                    }
                }
            }
        }

        /// Inserts, selects, updates and upserts one row of `Row`, and lists what differs; the
        /// closure returned deletes it.
        static func check<Row: TableRow>(
            _ type: Row.Type, table: TableDefinition, model: SchemaDefinition, bridge: RowBridge
        ) async throws -> (problems: [String], compared: Int, delete: () async throws -> [String]) {
            let (sample, inserted) = try await insertSample(Row.self, table: table, model: model, bridge: bridge)
            var (problems, compared) = Self.compare(sample, with: inserted, table: table)
            let row = try json(inserted)
            // Every nullable column that is no key and holds a value is set to NULL below.
            let keys = Set(Row.primaryKey + table.foreignKeys.flatMap(\.columns))
            let nulled = table.columns.filter { $0.isNullable && !keys.contains($0.name) && $0.generatedExpression == nil && !(row[$0.name] is NSNull) && row[$0.name] != nil }
            // The row is found by its primary key, else by the columns the change leaves alone
            // (json has no equality).
            let identifying = !Row.primaryKey.isEmpty ? Row.primaryKey : table.columns.filter { column in
                !nulled.contains { $0.name == column.name } && column.type != .json && !(row[column.name] is NSNull) && row[column.name] != nil
            }.map(\.name)
            let key = try identifying.map { TableColumn<Row, JSONValue>($0) == (try Self.value(row[$0] ?? NSNull())) }.reduce(Filter<Row>.all, &&)

            let selected = try await bridge.select(Row.self, where: key)
            if selected != [inserted] { problems.append("select by key: \(selected.count) rows, expected the row inserted") }

            let patch = try JSONSerialization.data(withJSONObject: Dictionary(uniqueKeysWithValues: nulled.map { ($0.name, NSNull()) }))
            let updated = try await bridge.update(Row.self, where: key, try JSONDecoder().decode(Row.Changes.self, from: patch))
            if updated.count != 1 { problems.append("update by key: \(updated.count) rows") }
            let onUpdate = Set(table.columns.filter { $0.appOnUpdate != nil }.map(\.name))
            if let first = updated.first {
                let changed = try json(first)
                for column in table.columns where !onUpdate.contains(column.name) {
                    let expected = nulled.contains { $0.name == column.name } ? NSNull() : row[column.name] ?? NSNull()
                    if !JSONComparison.same(expected, changed[column.name] ?? NSNull()) {
                        problems.append("update: \(column.name) is \(changed[column.name] ?? "missing"), expected \(expected)")
                    }
                }
            }

            // Upserted on its primary key, the draft writes its columns back; not where the key
            // is GENERATED ALWAYS, which no draft writes.
            let writableKey = table.columns.filter { Row.primaryKey.contains($0.name) }.allSatisfy { $0.identity?.generation != .always }
            if !Row.primaryKey.isEmpty, writableKey, Row.uniqueKeys.contains(Row.primaryKey) {
                var keyed = sample
                for column in Row.primaryKey { keyed[column] = row[column] }
                let again = try RowCoding.decoder.decode(Row.Draft.self, from: JSONSerialization.data(withJSONObject: keyed))
                let upserted = try await bridge.upsert(again, onConflict: Row.primaryKey.map { TableColumn<Row, JSONValue>($0) })
                let back = try json(upserted)
                for column in sample.keys where !JSONComparison.same(row[column] ?? NSNull(), back[column] ?? NSNull()) {
                    problems.append("upsert: \(column) is \(back[column] ?? "missing"), expected \(row[column] ?? "missing")")
                }
                let stored = try await bridge.select(Row.self, where: key)
                if stored != [upserted] { problems.append("upsert: the row returned is not the row stored: \(upserted) / \(stored)") }
            }
            return (problems, compared, {
                let current = try await bridge.select(Row.self, where: key)
                let deleted = try await bridge.delete(Row.self, where: key)
                var problems: [String] = []
                if deleted != current || deleted.count != 1 { problems.append("delete by key: \(deleted.count) rows, expected the row stored") }
                if try await !bridge.select(Row.self, where: key).isEmpty { problems.append("delete: the row is still there") }
                return problems
            })
        }

        /// The sample row of `table`, inserted as a draft: what was sent, and the row returned.
        static func insertSample<Row: TableRow>(
            _ type: Row.Type, table: TableDefinition, model: SchemaDefinition, bridge: RowBridge
        ) async throws -> (sample: [String: Any], row: Row) {
            let sample = SampleRows.values(for: table, in: model)
            let draft = try RowCoding.decoder.decode(Row.Draft.self, from: JSONSerialization.data(withJSONObject: sample))
            return (sample, try await bridge.insert(draft))
        }

        static func count<Row: TableRow>(_ type: Row.Type, bridge: RowBridge) async throws -> Int {
            try await bridge.select(Row.self).count
        }

        /// The relation loaded from every row of its table, and the rows a join of the same
        /// columns finds, counted.
        static func load<Source: TableRow, Target: TableRow>(
            _ relation: Relation, _ source: Source.Type, _ target: Target.Type, bridge: RowBridge, database: Database
        ) async throws -> (loaded: Int, joined: Int) {
            let split = relation.sourceColumns.count
            let junction = relation.through.map {
                RelationDescriptor<Source, Target>.Junction(table: TableName(schema: $0.schema, name: $0.name),
                                                           sourceColumns: Array(relation.columns.prefix(split)), targetColumns: Array(relation.columns.dropFirst(split)))
            }
            let descriptor = RelationDescriptor<Source, Target>(name: relation.name, kind: .oneToMany, sourceColumns: relation.sourceColumns,
                                                                targetColumns: relation.targetColumns, junction: junction, isEnforced: relation.isEnforced)
            let loaded = try await bridge.load(descriptor, for: try await bridge.select(Source.self)).map(\.count).reduce(0, +)
            func on(_ left: String, _ leftColumns: [String], _ right: String, _ rightColumns: [String]) -> String {
                zip(leftColumns, rightColumns).map { "\(left).\(SQLIdentifier.quote($0)) = \(right).\(SQLIdentifier.quote($1))" }.joined(separator: " AND ")
            }
            let join = if let junction {
                "JOIN \(junction.table.sql) j ON \(on("j", junction.sourceColumns, "s", relation.sourceColumns)) JOIN \(Target.table.sql) t ON \(on("t", relation.targetColumns, "j", junction.targetColumns))"
            } else {
                "JOIN \(Target.table.sql) t ON \(on("t", relation.targetColumns, "s", relation.sourceColumns))"
            }
            let joined = Int(try database.value("SELECT count(*) FROM \(Source.table.sql) s \(join)")) ?? -1
            return (loaded, joined)
        }

        /// A value read from a row's JSON, to bind again.
        static func value(_ json: Any) throws -> JSONValue {
            try RowCoding.decoder.decode([JSONValue].self, from: JSONSerialization.data(withJSONObject: [json]))[0]
        }

        static func json(_ row: some Encodable) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: RowCoding.encoder.encode(row)) as? [String: Any] ?? [:]
        }

        /// The sample sent against the row read back, column by column: how many were compared,
        /// and what differs.
        static func compare(_ sample: [String: Any], with row: some Encodable, table: TableDefinition) -> (problems: [String], compared: Int) {
            let received = (try? json(row)) ?? [:]
            var problems: [String] = []
            var checked = 0
            for column in table.columns {
                let name = column.name
                checked += 1
                // Compared with the raw sample, not with the sample as our coding read it, so that a
                // loss in the coding (a dropped fraction of a second) cannot cancel itself out.
                if let raw = sample[name], !(raw is NSNull) {
                    let expected = column.type.storageType == .date ? "\(raw)T00:00:00.000000Z" : raw
                    if !JSONComparison.same(expected, received[name]) { problems.append("\(name): sent \(expected), read \(String(describing: received[name]))") }
                } else if sample[name] is NSNull {
                    if received[name] != nil { problems.append("\(name): sent NULL, read \(received[name]!)") }
                } else if column.defaultValue != nil || column.identity != nil || column.type.isSerial || column.generatedExpression != nil {
                    guard let filled = received[name] else { problems.append("\(name): the database default was not read back"); continue }
                    if case .literal(let literal)? = column.defaultValue?.normalized(for: column.type),
                       !JSONComparison.same(SampleRows.json(literal, for: column.type), filled) {
                        problems.append("\(name): default \(literal.sql), read \(filled)")
                    }
                } else {
                    checked -= 1
                }
            }
            return (problems, checked)
        }
    }
}

/// Sample rows: explicit values for columns without a default, NULL for every other nullable
/// one, nothing (the database default) for columns with a default; foreign keys point at the
/// parent's row, since every key of a type holds the same value.
enum SampleRows {
    static func values(for table: TableDefinition, in schema: SchemaDefinition) -> [String: Any] {
        var row: [String: Any] = [:]
        for (index, column) in table.columns.enumerated() {
            if column.generatedExpression != nil || column.identity != nil || column.type.isSerial || column.defaultValue != nil { continue }
            let selfReference = table.foreignKeys.contains { $0.referencedTable == table.name && $0.columns.contains(column.name) }
            let isKey = table.foreignKeys.contains { $0.columns.contains(column.name) } || table.primaryKey?.columns.contains(column.name) == true
            if selfReference || (column.isNullable && !isKey && index % 2 == 1) {
                row[column.name] = NSNull()
            } else {
                row[column.name] = value(for: column, position: index, isKey: isKey, in: schema)
            }
        }
        return row
    }

    static func value(for column: ColumnDefinition, position: Int, isKey: Bool, in schema: SchemaDefinition) -> Any {
        switch column.type.storageType {
        case .smallint, .integer, .bigint: 1
        case .numeric: isKey ? 1 : 12.5
        case .real: 1.5
        case .doublePrecision: 2.25
        case .boolean: true
        case .char(let length): String(repeating: "x", count: length ?? 1)
        case .text, .varchar, .custom: "1"
        case .uuid: "00000000-0000-0000-0000-000000000001"
        case .date: "2024-01-0\(1 + position % 9)"
        case .time: "1\(position % 10):00:00"
        case .timestamp: "2024-01-02T0\(position % 10):04:05.250000Z"
        case .interval: "1 day"
        case .json, .jsonb: column.jsonSwiftType.map { $0.hasPrefix("[") && !$0.contains(":") } == true ? [1, "two"] as [Any] : ["k": 1, "nested": ["a", true]] as [String: Any]
        case .bytea: "\\x0102ff"
        case .inet: "127.0.0.1"
        case .cidr: "10.0.0.0/8"
        case .macaddr: "08:00:2b:01:02:03"
        case .array(let element):
            if case .enumeration(let name) = element { [schema.enumType(named: name)?.values.last ?? ""] } else { ["a", "b c"] }
        case .enumeration(let name): schema.enumType(named: name)?.values.last ?? ""
        default: "1"
        }
    }

    /// A default's value as JSON, to compare with what was read.
    static func json(_ literal: SQLLiteral, for type: DataType) -> Any {
        switch literal {
        case .string(let text):
            if case .jsonb = type, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) { return object }
            return text
        case .integer(let value): return value
        case .number(let text): return Double(text) ?? 0
        case .boolean(let value): return value
        case .array(let elements): return elements.map { json($0, for: type) }
        }
    }

}
