import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Down: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Revert the last migration applied to a database with its .down.sql file.",
        discussion: "Refuses when the down file lists what it cannot restore (dropped data), unless --allow-irreversible."
    )

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    @Flag(help: "Revert even when the down migration cannot restore everything.")
    var allowIrreversible = false

    @Option(help: "Seconds to wait for another migration holding the lock.")
    var lockTimeout = 60

    func validate() throws {
        guard lockTimeout > 0 else { throw ValidationError("--lock-timeout must be a positive number of seconds, not \(lockTimeout)") }
    }

    func run() async throws {
        let schema = try Workspace.single(schema)
        let directory = try Workspace.existingMigrationDirectory(of: schema.name, root: URL(filePath: output, directoryHint: .isDirectory))
        try await database.withDatabase(command: "down") { live in
            let migrator = Migrator(database: live, schema: schema.name, directory: directory, lockTimeout: .seconds(lockTimeout))
            if let reverted = try await migrator.down(allowIrreversible: allowIrreversible, progress: { print($0) }) {
                print("\(schema.name): reverted \(reverted.identifier).")
            } else {
                print("\(schema.name): no migration is applied; nothing to revert.")
            }
        }
    }
}
