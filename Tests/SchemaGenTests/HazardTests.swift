import Foundation
import SchemaGen
import Testing

/// Hazards travel with the frozen SQL, and a forbidden kind stops `generate`.
@Suite struct HazardTests {
    static let before = Schema("shop") {
        Table("orders") {
            Column("id", .bigint).primaryKey()
            Column("quantity", .integer)
        }
    }

    static func after(_ settings: MigrationSettings) -> Schema {
        Schema("shop") {
            Table("orders") {
                Column("id", .bigint).primaryKey()
                Column("quantity", .bigint).notNull()
                Index("orders_quantity_idx", on: "quantity")
            }
            Allow(.setNotNull("orders", "quantity"))
            settings
        }
    }

    static func generate(_ settings: MigrationSettings, options: MigrationGenerator.Options = .init()) throws -> Migration? {
        try MigrationGenerator(
            resolved: after(settings).resolve(), recorded: SchemaSnapshot(schema: before.resolve().definition),
            directory: MigrationDirectory(files: [:], sum: nil), options: options
        ).generate().migration
    }

    @Test func hazardsAreReadBackFromTheFile() throws {
        let migration = try #require(try Self.generate(MigrationSettings()))
        let parsed = try Migration.parse(migration.render(schema: "shop"), fileName: migration.upFileName)
        #expect(parsed.steps == migration.steps)
        let kinds = Set(parsed.steps.flatMap(\.statementHazards).map(\.hazard.kind))
        #expect(kinds == [.accessExclusiveLock, .tableRewrite, .validationScan, .mayFail, .shareLock, .indexBuild])
    }

    @Test func aForbiddenKindIsRefusedNamingEachStatement() throws {
        #expect {
            try Self.generate(MigrationSettings(forbidding: [.tableRewrite, .shareLock]))
        } throws: { error in
            let problems = (error as? MigrationRefusal)?.problems ?? []
            let messages = problems.map(\.message)
            return problems.count == 2 && problems.allSatisfy { $0.code == .forbiddenHazard && $0.location != nil }
                && messages[0].hasPrefix("ALTER TABLE orders ALTER COLUMN quantity TYPE bigint; has forbidden hazard table-rewrite: \"orders\" is rewritten with its indexes; ")
                && messages[1].hasPrefix("CREATE INDEX orders_quantity_idx ON orders (quantity); has forbidden hazard share-lock: SHARE on \"orders\", held while the index is built: blocks writes, not reads; ")
                && messages.allSatisfy { $0.contains("--allow-hazard") }
        }
        // A flag lifts one kind; the declaration's online setting replaces the SHARE lock.
        #expect(throws: MigrationRefusal.self) {
            try Self.generate(MigrationSettings(forbidding: [.tableRewrite, .shareLock]), options: .init(allow: [.tableRewrite]))
        }
        let online = try #require(try Self.generate(MigrationSettings(online: true, forbidding: [.shareLock]), options: .init(allow: [.tableRewrite])))
        let sql = online.render(schema: "shop")
        #expect(sql.contains("CREATE INDEX CONCURRENTLY orders_quantity_idx ON orders (quantity);"))
        #expect(sql.contains("ALTER TABLE orders ADD CONSTRAINT orders_quantity_not_null CHECK (quantity IS NOT NULL) NOT VALID;"))
        #expect(sql.contains("SET LOCAL lock_timeout = '5s';"))
        let timed = MigrationSettings(timeouts: .init(lockTimeout: "2s", statementTimeout: "30s", longStatementTimeout: "2h"))
        let flagged = try #require(try Self.generate(timed, options: .init(plan: PlanOptions(online: .init()))))
        #expect(flagged.render(schema: "shop").contains("SET LOCAL lock_timeout = '2s';\nSET LOCAL statement_timeout = '30s';"))
        #expect(flagged.render(schema: "shop").contains("SET lock_timeout = '2s';\nSET statement_timeout = '2h';"))
        #expect(throws: MigrationRefusal.self) { try Self.generate(MigrationSettings(), options: .init(forbid: [.tableRewrite])) }
    }

    @Test func summaryCountsStatementsPerKind() throws {
        let migration = try #require(try Self.generate(MigrationSettings()))
        #expect(MigrationPlan(steps: migration.steps).hazardSummary
            == "2 statements with access-exclusive-lock, 1 with share-lock, 1 with table-rewrite, 1 with validation-scan, 1 with index-build, 1 with may-fail")
    }
}

extension PostgresSuite.MigrateTests {
    @Test func migrateRefusesAForbiddenHazardFromTheFile() throws {
        let cluster = try #require(PostgresCluster.current)
        let folder = try MigrationFolder(schema: Self.schema)
        defer { folder.remove() }
        try folder.write(1, "events", steps: [.transaction("CREATE TABLE events (id integer PRIMARY KEY);")])
        let retype = MigrationStep(
            transactional: true, statements: ["ALTER TABLE events ALTER COLUMN id TYPE bigint;"],
            hazards: [[Hazard(.tableRewrite, "\"events\" is rewritten with its indexes")]])
        try folder.write(2, "widen", steps: [retype])
        try cluster.withDatabase { database in
            let refused = try database.schemagen(["migrate", Self.schema, "--output", folder.root.path, "--forbid-hazard", "table-rewrite"])
            #expect(refused.status == 1)
            #expect(refused.error.contains("0002_widen.sql: ALTER TABLE events ALTER COLUMN id TYPE bigint; has forbidden hazard table-rewrite"), "\(refused.error)")
            #expect(try database.appliedMigrations().isEmpty)
            #expect(try database.schemagen(["migrate", Self.schema, "--output", folder.root.path]).status == 0)
            #expect(try database.appliedMigrations() == ["1 events 1/1", "2 widen 1/1"])
        }
    }
}
