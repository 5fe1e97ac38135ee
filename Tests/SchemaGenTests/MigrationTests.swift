import Foundation
import SchemaGen
import Testing

/// Generates the migration of a case with the real generator, from an empty folder.
func generateMigration(_ migrationCase: MigrationCase) throws -> (up: Migration, down: Migration, files: [GeneratedFile]) {
    let before = migrationCase.before.resolve().definition
    let output = try MigrationGenerator(
        resolved: migrationCase.after.resolve(), recorded: SchemaSnapshot(schema: before),
        directory: MigrationDirectory(files: [:], sum: nil), options: migrationCase.options
    ).generate()
    let up = try #require(output.migration)
    let downFile = try #require(output.files.first { $0.path.hasSuffix(".down.sql") })
    return (up, try Migration.parse(downFile.contents, fileName: String(downFile.path.split(separator: "/").last!)), output.files)
}

/// The migration SQL of each change kind, against its reviewed snapshot.
@Suite struct MigrationSnapshotTests {
    @Test(arguments: MigrationCase.all)
    func migrationMatchesSnapshot(_ migrationCase: MigrationCase) throws {
        let (_, _, files) = try generateMigration(migrationCase)
        let text = files.filter { $0.path.contains("/migrations/0001_") }.sorted { $0.path > $1.path }.map(\.contents).joined(separator: "\n")
        try assertSnapshot(text, named: "Migrations/\(migrationCase.name).sql")
    }

    @Test func migrationFilesParseBackToTheirSteps() throws {
        for migrationCase in MigrationCase.all {
            let (up, _, files) = try generateMigration(migrationCase)
            let upFile = try #require(files.first { $0.path.hasSuffix("/\(up.upFileName)") })
            #expect(try Migration.parse(upFile.contents, fileName: up.upFileName) == up, "\(migrationCase.name)")
        }
    }

    @Test func destructiveChangesAreRefusedWithWhatToWrite() {
        let before = Schema("m") { MigrationCase.users; Table("legacy") { Column("id", .integer) } }
        let after = Schema("m") {
            Table("users") {
                Column("id", .integer).primaryKey()
                Column("email", .varchar(10)).notNull()
                Column("score", .integer).notNull().default(0)
                Column("team_id", .integer).notNull()
            }
        }
        #expect {
            try MigrationGenerator(resolved: after.resolve(), recorded: SchemaSnapshot(schema: before.resolve().definition), directory: MigrationDirectory(files: [:], sum: nil)).generate()
        } throws: { error in
            let problems = (error as? MigrationRefusal)?.problems.map(\.message) ?? []
            return problems.count == 5
                && problems.contains { $0.contains("drop table \"legacy\" is destructive") && $0.contains("Allow(.dropTable(\"legacy\"))") }
                && problems.contains { $0.contains("drop column \"users\".\"nickname\"") && $0.contains("Allow(.dropColumn(\"users\", \"nickname\"))") }
                && problems.contains { $0.contains("change the type of \"users\".\"email\"") }
                && problems.contains { $0.contains("make \"users\".\"score\" NOT NULL") }
                && problems.contains { $0.contains("add NOT NULL column \"users\".\"team_id\" without a default") && $0.contains("fails if the table has rows") }
        }
        let allowed = try? MigrationGenerator(
            resolved: after.resolve(), recorded: SchemaSnapshot(schema: before.resolve().definition), directory: MigrationDirectory(files: [:], sum: nil),
            options: MigrationGenerator.Options(allowDestructive: true)
        ).generate()
        #expect(allowed?.migration != nil)
    }

    @Test func lookalikeRenamesStopWithTheHintToWrite() {
        let before = Schema("m") {
            Enum("status", "draft", "live")
            Table("people") { Column("id", .integer).primaryKey(); Column("full_name", .text) }
        }
        let after = Schema("m") {
            Enum("status", "draft", "published")
            Table("persons") { Column("id", .integer).primaryKey(); Column("full_name", .text) }
        }
        let renamedColumn = Schema("m") {
            Enum("status", "draft", "live")
            Table("people") { Column("id", .integer).primaryKey(); Column("display_name", .text) }
        }
        for (target, hint) in [
            (after, "Table(\"persons\", renamedFrom: \"people\")"),
            (after, "Enum(\"status\", ..., renamedValues: [\"published\": \"live\"])"),
            (renamedColumn, "Column(\"display_name\", ...).renamed(from: \"full_name\")"),
        ] {
            #expect {
                try MigrationGenerator(
                    resolved: target.resolve(), recorded: SchemaSnapshot(schema: before.resolve().definition), directory: MigrationDirectory(files: [:], sum: nil),
                    options: MigrationGenerator.Options(allowDestructive: true)
                ).generate()
            } throws: { error in
                (error as? MigrationRefusal)?.problems.contains { $0.message.contains("looks like a rename") && $0.message.contains(hint) } == true
            }
        }
    }

    @Test func migrationsAreNumberedAndNamed() throws {
        var migrationCase = MigrationCase.all[0]
        migrationCase.options.name = "Add posts, for the blog!"
        let (up, _, files) = try generateMigration(migrationCase)
        #expect(up.identifier == "0001_add_posts_for_the_blog")
        #expect(files.map(\.path).sorted() == [
            "m/migrations/0001_add_posts_for_the_blog.down.sql", "m/migrations/0001_add_posts_for_the_blog.sql",
            "m/migrations/schemagen.sum", "m/snapshot.json",
        ])
        let existing = ["0007_earlier.sql": "x", "0007_earlier.down.sql": "y"]
        let next = try MigrationGenerator(
            resolved: migrationCase.after.resolve(), recorded: SchemaSnapshot(schema: migrationCase.before.resolve().definition),
            directory: MigrationDirectory(files: existing, sum: MigrationDirectory.renderSum(existing))
        ).generate()
        #expect(next.migration?.identifier == "0008_create_posts_and_more")
    }

    @Test func noChangeWritesNoMigration() throws {
        let schema = MigrationCase.all[0].after
        let output = try MigrationGenerator(resolved: schema.resolve(), recorded: SchemaSnapshot(schema: schema.resolve().definition), directory: MigrationDirectory(files: [:], sum: nil)).generate()
        #expect(output.migration == nil)
        #expect(output.files.map(\.path) == ["m/snapshot.json"])
    }

    @Test func snapshotRoundTripsEveryModelFeature() throws {
        for schema in FocusedSchemas.all + MigrationCase.all.map(\.after) {
            let model = schema.resolve().definition
            #expect(try SchemaSnapshot(decoding: SchemaSnapshot(schema: model).encoded()).schema == model, "\(schema.name)")
        }
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

extension PostgresSuite {
    /// Each change kind applied for real: up reaches the target's catalog, down restores the original.
    @Suite struct MigrationCaseTests {
        @Test(arguments: MigrationCase.all)
        func upReachesTargetAndDownRestores(_ migrationCase: MigrationCase) throws {
            let cluster = try #require(PostgresCluster.current)
            let (up, down, _) = try generateMigration(migrationCase)
            let expected = try cluster.withDatabase { try $0.apply(migrationCase.after.resolve().definition) }
            try cluster.withDatabase { database in
                let before = try database.apply(migrationCase.before.resolve().definition)
                try database.apply(up)
                let differences = CatalogComparison.differences(expected: expected, actual: try database.introspect(as: "m"))
                #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                try database.apply(down)
                let restored = CatalogComparison.differences(expected: before, actual: try database.introspect(as: "m"))
                #expect(restored.isEmpty, "\(restored.joined(separator: "\n"))")
            }
        }
    }
}
