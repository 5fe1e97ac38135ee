import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List a schema's applied and pending migrations on a database.")

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    func run() async throws {
        let schema = try Workspace.single(schema)
        let directory = try Workspace.existingMigrationDirectory(of: schema.name, root: URL(filePath: output, directoryHint: .isDirectory))
        let problems = try await database.withDatabase(command: "status") { live in
            let history = try await Migrator(database: live, schema: schema.name, directory: directory).history()
            print("Schema \(schema.name) on \(live.url)")
            for row in history.applied {
                let state = row.revertedSteps.map { "REVERT STOPPED after step \($0) of its down file; run `schemagen down` to finish it" }
                    ?? (row.isComplete ? "applied" : "STOPPED at step \(row.stepsDone + 1) of \(row.stepsTotal)")
                let duration = row.durationMilliseconds.map { ", \($0) ms" } ?? ""
                print("  \(row.identifier)  \(state)  \(row.appliedAt)\(duration)")
            }
            for file in history.pending { print("  \(file.identifier)  pending") }
            if history.files.isEmpty, history.applied.isEmpty { print("  no migrations") }
            for problem in history.problems { print("  problem: \(problem)") }
            return history.problems.count + (history.interrupted == nil ? 0 : 1) + (history.reverting == nil ? 0 : 1)
        }
        if problems > 0 { throw ExitCode.failure }
    }
}
