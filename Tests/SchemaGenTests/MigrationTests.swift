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
        // Around the 64-byte blocks and the padding's 56 bytes (Python's hashlib): the whole
        // blocks are read in place, the last one padded apart.
        let vectors = [
            55: "76e6132ec95528e01cdace0a4e3852b7a60bea97c930eb0e5bf2b53cbd56f560", 56: "ee7eebb48cfd2e30381bff1c9280da8f964a48776fe5023d935c1bdf8e4d5d1f",
            63: "7ea88ca9ce1d59547460fa0dc2dee38df044fed21aef9ca3428dd166a70e36c0", 64: "271a413bd339c5709fdceaec41f14f11e9fbfb5042d72d331c65f32b284cd09a",
            65: "866245554e61a185b838d0e007d037af5e3b6764adb0ba62df4c2b466941a826", 119: "948f117d4539c02b85d8f4f4c08b97565e4cf05855b7904da5c423f2eb58584e",
            120: "c513d65ec954a0c012264640d6a182c253150a2e0c2105d99a42864ff9a45d7e", 128: "31a4d733c8bc88da3d5d77e5645b7d20c3c4e30825438820c4df72d7eda8e469",
            4_103: "e8ae6f3bb76d545b38c8117394d45d8712b2ef5438bdd27f0a10af98d3d16069",
        ]
        for (count, digest) in vectors {
            let text = String(String(repeating: "ab", count: count).prefix(count))
            #expect(SHA256.hex(text) == digest, "\(count) bytes")
            #expect(SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() == digest, "\(count) bytes")
        }
        #expect(SHA256.hex(String(repeating: "é", count: 40)) == "84fe2e03d50dd3a18b630669d7d5e361117ac6af9cbb487c284c8e6c91a9758a")
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
