import Foundation
import SchemaGen
import Testing

extension PostgresSuite {
    /// For random schemas A and random edits B of them: A's DDL followed by the migration A→B
    /// gives the catalog B's DDL gives; the down migration gives A's catalog back; and rows
    /// written under A keep their values when no change is destructive.
    /// `SCHEMAGEN_PROPERTY_CASES=1000` runs more seeds; a failing seed replays alone with
    /// `SCHEMAGEN_PROPERTY_SEED=811 swift test --filter MigrationPropertyTests`.
    @Suite struct MigrationPropertyTests {
        static let seeds: [UInt64] = {
            let environment = ProcessInfo.processInfo.environment
            if let seed = environment["SCHEMAGEN_PROPERTY_SEED"].flatMap(UInt64.init) { return [seed] }
            return Array(1...(environment["SCHEMAGEN_PROPERTY_CASES"].flatMap(UInt64.init) ?? 220))
        }()

        @Test(arguments: seeds)
        func migrationReachesTheTargetAndBack(seed: UInt64) throws {
            let cluster = try #require(PostgresCluster.current)
            var generator = RandomSchemas(seed: seed)
            let a = generator.schema()
            let edit = generator.edit(a, steps: Int.random(in: 1...3, using: &generator.random))
            let b = edit.schema
            let context = "seed \(seed), edits \(edit.kinds)"
            for schema in [a, b] {
                let problems = Validator(schema: schema).validate().filter { $0.severity == .error }
                try #require(problems.isEmpty, "\(context): generated an invalid schema: \(problems)")
            }
            let diff = Differ(from: a, to: b, renames: edit.renames).diff()
            let up = Migration(version: 1, name: "up", steps: Planner().plan(diff).steps)
            let down = Migration(version: 1, name: "down", steps: Planner().plan(Differ(from: b, to: a, renames: edit.renames.inverted).diff()).steps)
            let expected = try cluster.withDatabase { try $0.apply(b) }

            try cluster.withDatabase { database in
                let before = try database.apply(a)
                let rows = diff.destructive.isEmpty ? try RowSample(schema: a, in: database) : nil
                do {
                    try database.apply(up)
                } catch {
                    Issue.record("\(context): up failed: \(error)\n\(up.render(schema: "random"))")
                    return
                }
                let migrated = try database.introspect(as: b.name)
                let upDifferences = CatalogComparison.differences(expected: expected, actual: migrated)
                #expect(upDifferences.isEmpty, "\(context): after up\n\(upDifferences.joined(separator: "\n"))\n\(up.render(schema: "random"))")
                if let rows {
                    let problems = try rows.check(after: b, renames: edit.renames, in: database)
                    #expect(problems.isEmpty, "\(context): rows changed: \(problems)")
                }
                do {
                    try database.apply(down)
                } catch {
                    Issue.record("\(context): down failed: \(error)\n\(down.render(schema: "random", reverting: true))")
                    return
                }
                let reverted = CatalogComparison.differences(expected: before, actual: try database.introspect(as: a.name))
                #expect(reverted.isEmpty, "\(context): after down\n\(reverted.joined(separator: "\n"))\n\(down.render(schema: "random", reverting: true))")
            }
        }
    }
}

/// One row per table, written under schema A and read back after the migration.
struct RowSample {
    let schema: SchemaDefinition
    let rows: [QualifiedName: [String: JSONValue]]

    init(schema: SchemaDefinition, in database: Database) throws {
        self.schema = schema
        // Tables reference only tables made before them, whose names carry a smaller number.
        let ordered = schema.tables.sorted { Int($0.name.name.dropFirst()) ?? 0 < Int($1.name.name.dropFirst()) ?? 0 }
        let inserts = ordered.map { table in
            let columns = table.columns.filter { $0.generatedExpression == nil }
            let values = columns.map { column in
                table.foreignKeys.contains { $0.columns == [column.name] } ? (column.type == .text ? "'1'" : "1") : Self.value(for: column.type, in: schema)
            }
            return "INSERT INTO \(SQLIdentifier.quote(table.name)) (\(SQLIdentifier.list(columns.map(\.name)))) VALUES (\(values.joined(separator: ", ")));"
        }
        try database.execute(inserts.joined(separator: "\n"))
        rows = try Self.read(schema.tables.map(\.name), in: database)
    }

    static func value(for type: DataType, in schema: SchemaDefinition) -> String {
        switch type {
        case .integer, .bigint: "1"
        case .text: "'1'"
        case .varchar: "'row''s'"
        case .boolean: "false"
        case .numeric: "2.25"
        case .timestamptz: "'2024-01-02T03:04:05Z'"
        case .date: "'2024-01-02'"
        case .jsonb: "'{\"k\": 1}'"
        case .uuid: "'00000000-0000-0000-0000-000000000001'"
        case .array: "'{x,\"y z\"}'"
        case .enumeration(let name): SQLLiteral.quote(schema.enumType(named: name)?.values[0] ?? "")
        default: "NULL"
        }
    }

    static func read(_ tables: [QualifiedName], in database: Database) throws -> [QualifiedName: [String: JSONValue]] {
        guard !tables.isEmpty else { return [:] }
        let selects = tables.map { "(SELECT to_jsonb(t) FROM \(SQLIdentifier.quote($0)) t LIMIT 1)" }
        let json = try database.value("SELECT jsonb_build_array(\(selects.joined(separator: ", ")))::text")
        guard case .array(let values) = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else { return [:] }
        var rows: [QualifiedName: [String: JSONValue]] = [:]
        for (table, value) in zip(tables, values) {
            if case .object(let row) = value { rows[table] = row }
        }
        return rows
    }

    /// Kept columns of unchanged type must hold the same values; enum labels follow their renames.
    func check(after target: SchemaDefinition, renames: RenameHints, in database: Database) throws -> [String] {
        let tableNames = Dictionary(uniqueKeysWithValues: schema.tables.map { table in
            (table.name, renames.tables.first { $0.value == table.name }?.key ?? table.name)
        })
        let after = try Self.read(tableNames.values.filter { target.table(named: $0) != nil }, in: database)
        var problems: [String] = []
        for table in schema.tables {
            let newName = tableNames[table.name]!
            guard let newTable = target.table(named: newName), let old = rows[table.name], let new = after[newName] else { continue }
            for column in table.columns {
                let newColumnName = renames.columns[newName]?.first { $0.value == column.name }?.key ?? column.name
                guard let newColumn = newTable.column(named: newColumnName), newColumn.type.storageType.canonical == column.type.storageType.canonical,
                      var expected = old[column.name] else { continue }
                if let type = column.type.enumName, case .string(let label) = expected,
                   let renamed = renames.enumValues[type]?.first(where: { $0.value == label })?.key {
                    expected = .string(renamed)
                }
                if new[newColumnName] != expected { problems.append("\(newName).\(newColumnName): \(String(describing: new[newColumnName])) instead of \(expected)") }
            }
        }
        return problems
    }
}

/// Any JSON value, for comparing rows read as JSON.
enum JSONValue: Codable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
