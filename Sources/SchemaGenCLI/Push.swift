import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Push: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply the declaration to a development database directly, without writing a migration.",
        discussion: """
            For prototyping: plans the difference from the database to the declaration as `generate` \
            would, prints it with the hazards of each statement, and applies it. Destructive changes \
            need Allow(...) in the schema or --allow-destructive; a hazard kind the declaration or \
            --forbid-hazard forbids is refused. No migration is written or recorded: run \
            `schemagen generate` before the change leaves your machine, and `reset` to go back to \
            the migrations.
            """
    )

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Allow every destructive change (dropped tables and columns, narrowed types, ...).")
    var allowDestructive = false

    @OptionGroup var hazards: HazardOptions

    @Flag(help: "Print the plan and change nothing.")
    var dryRun = false

    func run() async throws {
        let schema = try Workspace.single(schema)
        let checked = try Workspace.check([schema])[0]
        let options = hazards.generatorOptions(allowDestructive: allowDestructive, online: false)
        try await database.withDatabase(command: "push") { live in
            let push = try await SchemaPush(database: live, resolved: checked.resolved, options: options)
            for warning in push.warnings { Workspace.printError("warning: \(warning.message) [\(warning.code)]") }
            guard !push.plan.isEmpty else {
                print("\(schema.name): the database already matches the declaration; nothing to push.")
                return
            }
            print("-- schemagen push \(schema.name) to \(live.url)" + (dryRun ? " (dry run)" : "") + "\n" + push.plan.sql, terminator: "")
            if let summary = push.plan.hazardSummary { print("-- Hazards: \(summary).") }
            guard push.refusals.isEmpty else {
                for refusal in push.refusals { Workspace.printError(Workspace.relativePaths(refusal)) }
                Workspace.printError("Nothing was pushed.")
                throw ExitCode.failure
            }
            if dryRun { return }
            try await push.apply(on: live) { print($0) }
            let count = push.plan.steps.flatMap(\.statements).count
            print("\(schema.name): pushed \(count) statement\(count == 1 ? "" : "s"). No migration was written: run `schemagen generate \(schema.name)` for one.")
        }
    }
}
