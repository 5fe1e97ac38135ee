import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Resolve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record how a failed or stopped migration was repaired by hand, with the reason.",
        discussion: """
            --applied V: the migration's changes are in the database (finished by hand): a migration \
            stopped part-way is recorded as finished, the next pending one as applied without \
            running it. --rolled-back V: its changes are not in the database (undone by hand): a \
            migration stopped part-way, or the last one applied, is pending again. The reason, who \
            recorded it and when are kept in schemagen.migration_resolutions; `status` shows them.
            """
    )

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @Option(help: ArgumentHelp("The migration whose changes are in the database.", valueName: "version"))
    var applied: Int?

    @Option(help: ArgumentHelp("The migration whose changes are not in the database.", valueName: "version"))
    var rolledBack: Int?

    @Option(help: "What was repaired, and how: kept with the resolution.")
    var reason: String

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    func validate() throws {
        guard (applied == nil) != (rolledBack == nil) else { throw ValidationError("pass one of --applied <version> and --rolled-back <version>") }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("--reason must say what was repaired") }
    }

    func run() async throws {
        let schema = try Workspace.single(schema)
        let directory = try Workspace.existingMigrationDirectory(of: schema.name, root: URL(filePath: output, directoryHint: .isDirectory))
        let (version, outcome): (Int, MigrationResolution.Outcome) = applied.map { ($0, .applied) } ?? (rolledBack!, .rolledBack)
        try await database.withDatabase(command: "resolve") { live in
            let file = try await Migrator(database: live, schema: schema.name, directory: directory)
                .resolve(version: version, as: outcome, reason: reason) { print($0) }
            print(outcome == .applied
                ? "\(schema.name): recorded \(file.identifier) as applied."
                : "\(schema.name): recorded \(file.identifier) as rolled back; it is pending again.")
        }
    }
}
