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
            let down = Migration(version: 1, name: "down", steps: Planner().plan(Differ(from: b, to: a, renames: edit.renames.applicable(from: a, to: b).inverted).diff()).steps)
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

/// One row per table, written under schema A by ``RowFiller`` and read back after the migration.
struct RowSample {
    let schema: SchemaDefinition
    let rows: [QualifiedName: [String: Any]]

    init(schema: SchemaDefinition, in database: Database) throws {
        self.schema = schema
        try database.execute(RowFiller.script(for: schema))
        rows = try Self.read(schema.tables.map(\.name), in: database)
    }

    static func read(_ tables: [QualifiedName], in database: Database) throws -> [QualifiedName: [String: Any]] {
        guard !tables.isEmpty else { return [:] }
        let selects = tables.map { "(SELECT to_jsonb(t) FROM \(SQLIdentifier.quote($0)) t LIMIT 1)" }
        let json = try database.value("SELECT jsonb_build_array(\(selects.joined(separator: ", ")))::text")
        let values = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any] ?? []
        var rows: [QualifiedName: [String: Any]] = [:]
        for (table, value) in zip(tables, values) {
            if let row = value as? [String: Any] { rows[table] = row }
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
                if let type = column.type.enumName, let label = expected as? String,
                   let renamed = renames.enumValues[type]?.first(where: { $0.value == label })?.key {
                    expected = renamed
                }
                if !JSONComparison.same(expected, new[newColumnName]) {
                    problems.append("\(newName).\(newColumnName): \(String(describing: new[newColumnName])) instead of \(expected)")
                }
            }
        }
        return problems
    }
}
