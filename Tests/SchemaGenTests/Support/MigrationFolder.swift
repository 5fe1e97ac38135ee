import Foundation
import SchemaGen

/// A `Generated/` folder written by hand for the live-database tests: the migrations of one
/// schema with their integrity file, so that `migrate` meets exactly the files a test needs.
struct MigrationFolder {
    let root: URL
    let schema: String

    init(schema: String) throws {
        root = FileManager.default.temporaryDirectory.appending(path: "schemagen-migrations-\(UUID().uuidString.prefix(8))")
        self.schema = schema
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var folder: URL { root.appending(path: schema).appending(path: MigrationDirectory.folderName) }

    /// Writes migration `version` from SQL steps (`nil` name: the step runs outside a transaction)
    /// and its down file, then the integrity file.
    func write(_ version: Int, _ name: String, steps: [MigrationStep], down: [MigrationStep] = [], irreversible: [String] = []) throws {
        let migration = Migration(version: version, name: name, steps: steps)
        try Data(migration.render(schema: schema).utf8).write(to: folder.appending(path: migration.upFileName))
        let reverse = Migration(version: version, name: name, steps: down, irreversible: irreversible)
        try Data(reverse.render(schema: schema, reverting: true).utf8).write(to: folder.appending(path: migration.downFileName))
        try reseal()
    }

    /// Rewrites `schemagen.sum` for the files as they are now, as if `generate` had written them.
    func reseal() throws {
        let files = try MigrationDirectory(reading: folder).files
        try Data(MigrationDirectory.renderSum(files).utf8).write(to: folder.appending(path: MigrationDirectory.sumFileName))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension MigrationStep {
    static func transaction(_ statements: String...) -> MigrationStep {
        MigrationStep(transactional: true, statements: statements)
    }

    static func alone(_ statements: String...) -> MigrationStep {
        MigrationStep(transactional: false, statements: statements)
    }
}

extension Database {
    /// The URL `schemagen` connects with: the cluster's Unix socket.
    var url: String { "postgres://postgres@/\(name)?host=\(cluster.socketFolder)" }

    /// Runs the built `schemagen` against this database.
    @discardableResult
    func schemagen(_ arguments: [String], started: (pid_t) -> Void = { _ in }) throws -> Shell.Result {
        try Shell.run(SchemaGenBinary.url.path, arguments, environment: ["DATABASE_URL": url], check: false, started: started)
    }

    /// Every row of the tracking table for `schema`, as `version name steps_done/steps_total`.
    func appliedMigrations(_ schema: String = "saas_starter") throws -> [String] {
        let text = try value("""
            SELECT string_agg(version || ' ' || name || ' ' || steps_done || '/' || steps_total, ',' ORDER BY version)
            FROM schemagen.migrations WHERE schema_name = '\(schema)'
            """)
        return text.isEmpty ? [] : text.split(separator: ",").map(String.init)
    }
}
