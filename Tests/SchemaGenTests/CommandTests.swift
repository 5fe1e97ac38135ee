import Foundation
import ReferenceSchemas
import SchemaGen
import Testing

/// The `schemagen` executable as a user runs it: output and exit code.
@Suite struct CommandTests {
    @Test func helpNamesEverySubcommand() throws {
        let result = try SchemaGenBinary.run("--help")
        #expect(result.status == 0)
        for command in ["generate", "sql", "list", "validate", "migrate", "status", "down", "check", "pull"] {
            #expect(result.output.contains(command))
        }
    }

    @Test func listShowsEachSchemaWithItsSize() throws {
        let result = try SchemaGenBinary.run("list")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.contains { $0.hasPrefix("directory_template") && $0.contains(" 31 ") })
    }

    @Test func sqlPrintsTheCommittedDDL() throws {
        let result = try SchemaGenBinary.run("sql", "concordia")
        #expect(result.status == 0)
        let committed = try String(contentsOf: packageRoot.appending(path: "Generated/concordia/schema.sql"), encoding: .utf8)
        #expect(result.output == committed)
    }

    /// Six `generate` runs at once on one folder: one writes the new migration, the others wait
    /// their turn or are refused by the output lock; never two `0002_...` files.
    @Test func concurrentGenerateRunsWriteOneMigration() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-concurrent-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: packageRoot.appending(path: "Generated"), to: root)
        let snapshotFile = root.appending(path: "saas_starter/snapshot.json")
        var snapshot = try SchemaSnapshot(decoding: try String(contentsOf: snapshotFile, encoding: .utf8))
        snapshot.schema.tables.removeAll { $0.name.name == "invitations" }
        try Data(snapshot.encoded().utf8).write(to: snapshotFile)

        let runs = (0..<6).map { _ in Background { try SchemaGenBinary.run("generate", "saas_starter", "-o", root.path) } }
        let results = try runs.map { try $0.wait() }
        for result in results {
            #expect(result.status == 0 || (result.status == 1 && result.error.contains("another schemagen (pid ")), "\(result.error)")
        }
        #expect(results.contains { $0.status == 0 })
        let migrations = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "saas_starter/migrations").path)
        #expect(migrations.filter { $0.hasPrefix("0002_") }.count == 2, "\(migrations.sorted())")
        #expect(!FileManager.default.fileExists(atPath: root.appending(path: OutputLock.fileName).path))
        #expect(try SchemaGenBinary.run("check", "saas_starter", "--output", root.path).status == 0)
    }

    @Test func checkNamesGeneratedFilesThatDrifted() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-generated-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: packageRoot.appending(path: "Generated"), to: root)
        let clean = try SchemaGenBinary.run("check", "--output", root.path)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.contains("note: replay skipped") && clean.output.hasSuffix("All checks passed.\n"))

        // Hand edits to generated files, and a snapshot that no longer matches the declaration.
        let schemaFile = root.appending(path: "concordia/schema.sql")
        let lines = try String(contentsOf: schemaFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try Data((lines[..<4] + ["-- edited by hand"] + lines[4...]).joined(separator: "\n").utf8).write(to: schemaFile)
        try FileManager.default.removeItem(at: root.appending(path: "concordia/relations.md"))
        let snapshotFile = root.appending(path: "saas_starter/snapshot.json")
        var snapshot = try SchemaSnapshot(decoding: try String(contentsOf: snapshotFile, encoding: .utf8))
        snapshot.schema.tables.removeAll { $0.name.name == "invitations" }
        try Data(snapshot.encoded().utf8).write(to: snapshotFile)

        let result = try SchemaGenBinary.run("check", "--output", root.path)
        #expect(result.status == 2)
        #expect(result.output.contains("changed: \(root.path)/concordia/schema.sql (first difference at line 5)"))
        #expect(result.output.contains("missing: \(root.path)/concordia/relations.md"))
        #expect(result.output.contains("the declaration changed since the last migration: `schemagen generate` would write migration 0002_create_invitations"))
        #expect(result.output.hasSuffix("3 problems found.\n"))
    }

    @Test func unknownSchemaIsAUsageError() throws {
        let result = try SchemaGenBinary.run("sql", "nope")
        #expect(result.status == 64)
        #expect(result.error.contains("no schema named 'nope'"))
        #expect(result.error.contains("saas_starter"))
    }

    @Test func validatePassesTheReferenceSchemas() throws {
        let result = try SchemaGenBinary.run("validate")
        #expect(result.status == 0)
        #expect(result.output.contains("5 schemas (95 tables) valid"))
    }

    @Test func generateWritesOnlyWhatChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "schemagen-generate-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SchemaGenBinary.run("generate", "--output", folder.path)
        #expect(first.status == 0)
        // Exactly the files committed under Generated/, no more and no fewer.
        #expect(try Self.files(under: folder) == Self.files(under: packageRoot.appending(path: "Generated")))
        #expect(first.output.components(separatedBy: "created").count - 1 == (try Self.files(under: folder)).count)
        #expect(first.output.contains("saas_starter: migration 0001_initial"))
        let second = try SchemaGenBinary.run("generate", "--output", folder.path)
        #expect(second.output.contains("Everything was up to date."))
        let file = folder.appending(path: "saas_starter/schema.sql")
        try Data("edited by hand\n".utf8).write(to: file)
        let third = try SchemaGenBinary.run("generate", "saas_starter", "--output", folder.path)
        #expect(third.output.contains("updated   \(folder.path)/saas_starter/schema.sql"))
        let restored = try String(contentsOf: file, encoding: .utf8)
        #expect(restored.hasPrefix("-- Schema saas_starter"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(leftovers.sorted() == ["Swift", "migrations", "relations.json", "relations.md", "relations.mmd", "schema.sql", "snapshot.json"])
    }

    /// Every file below `root`, as paths relative to it.
    static func files(under root: URL) throws -> Set<String> {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: Set<String> = []
        while let url = enumerator?.nextObject() as? URL {
            if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                paths.insert(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
            }
        }
        return paths
    }

    @Test func editedOrDeletedMigrationsAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "schemagen-integrity-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SchemaGenBinary.run("generate", "saas_starter", "--output", folder.path).status == 0)
        let migration = folder.appending(path: "saas_starter/migrations/0001_initial.sql")
        let original = try Data(contentsOf: migration)

        try (String(decoding: original, as: UTF8.self) + "DROP TABLE users;\n").write(to: migration, atomically: true, encoding: .utf8)
        let edited = try SchemaGenBinary.run("generate", "saas_starter", "--output", folder.path)
        #expect(edited.status == 1)
        #expect(edited.error.contains("0001_initial.sql was edited after it was written") && edited.error.contains("sign it with `schemagen hash saas_starter`"))

        try FileManager.default.removeItem(at: migration)
        let deleted = try SchemaGenBinary.run("generate", "saas_starter", "--output", folder.path)
        #expect(deleted.status == 1)
        #expect(deleted.error.contains("0001_initial.sql is recorded in schemagen.sum but was deleted"))

        try original.write(to: migration)
        #expect(try SchemaGenBinary.run("generate", "saas_starter", "--output", folder.path).output.contains("Everything was up to date."))
    }
}
