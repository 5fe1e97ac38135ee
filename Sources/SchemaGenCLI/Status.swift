import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List a schema's applied and pending migrations on a database, and whether it drifted from the declaration.",
        discussion: """
            Each migration is listed as applied, pending, stopped part-way or half reverted, with what \
            people recorded about it with `schemagen resolve`. The last line is the `check` verdict: \
            whether the database matches the declaration.
            """
    )

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    func run() async throws {
        let schema = try Workspace.single(schema)
        let root = URL(filePath: output, directoryHint: .isDirectory)
        let directory = try Workspace.existingMigrationDirectory(of: schema.name, root: root)
        let checked = ValidatedSchema(schema)
        let problems = try await database.withDatabase(command: "status") { live in
            let history = try await Migrator(database: live, schema: schema.name, directory: directory).history()
            print("Schema \(schema.name) on \(live.url)")
            func resolutions(of version: Int) {
                for resolution in history.resolutions where resolution.version == version { print("      \(resolution.description)") }
            }
            for row in history.applied {
                let state = row.revertedSteps.map { "REVERT STOPPED after step \($0) of its down file; run `schemagen down` to finish it" }
                    ?? (row.isComplete ? "applied" : "STOPPED at step \(row.stepsDone + 1) of \(row.stepsTotal)"
                        + (row.batchPosition.map { ", its batches done up to key \($0)" } ?? ""))
                let duration = row.durationMilliseconds.map { ", \($0) ms" } ?? ""
                print("  \(row.identifier)  \(state)  \(row.appliedAt)\(duration)")
                resolutions(of: row.version)
            }
            for file in history.pending {
                print("  \(file.identifier)  pending")
                resolutions(of: file.version)
            }
            if history.files.isEmpty, history.applied.isEmpty { print("  no migrations") }
            for problem in history.problems { print("  problem: \(problem)") }
            if checked.hasErrors {
                print("Drift: not compared, the declaration has errors; run `schemagen validate`")
            } else {
                let drift = try await LiveDrift(
                    database: live, declaration: checked.definition, recorded: Workspace.recordedExpressionForms(of: schema.name, root: root))
                let pending = history.pending.count
                print("Drift: the database \(drift.verdict)"
                    + (pending == 0 ? "" : " (\(pending) migration\(pending == 1 ? "" : "s") pending)")
                    + (drift.differences.isEmpty ? "" : "; `schemagen check \(schema.name) --database-url ...` lists them"))
            }
            return history.problems.count + (history.interrupted == nil ? 0 : 1) + (history.reverting == nil ? 0 : 1)
        }
        if problems > 0 { throw ExitCode.failure }
    }
}
