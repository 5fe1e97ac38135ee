import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Reset: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Empty a development database, apply every migration again, then run the seeds.",
        discussion: """
            Drops every schema of the database but `schemagen` (public is made again with its owner \
            and privileges) and this schema's history, in one transaction, then migrates from the \
            first migration and runs the declared seeds. Refuses a database that is not on this \
            machine or not marked as a development database (ALTER DATABASE <name> SET \
            schemagen.environment = 'development'), unless --force.
            """
    )

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    @Flag(help: "Reset even a database that is not local or not marked as a development database.")
    var force = false

    @Flag(help: "Do not run the declared seeds afterwards.")
    var skipSeed = false

    func run() async throws {
        let schema = try Workspace.single(schema)
        let directory = try Workspace.existingMigrationDirectory(of: schema.name, root: URL(filePath: output, directoryHint: .isDirectory))
        if !force, let url = try database.databaseURL(), let refusal = Migrator.resetRefusal(of: url) {
            Workspace.printError("error: refusing to reset \(url): \(refusal)\n  HINT: pass --force to reset it anyway")
            throw ExitCode.failure
        }
        try await database.withDatabase(command: "reset") { live in
            let applied = try await Migrator(database: live, schema: schema.name, directory: directory).reset(force: force) { print($0) }
            print("\(schema.name): reset; applied \(applied.count) migration\(applied.count == 1 ? "" : "s").")
            if !skipSeed { try await Seed.run(Workspace.seeds(of: schema.name), on: live, schema: schema.name) { print($0) } }
        }
    }
}
