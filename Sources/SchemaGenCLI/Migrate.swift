import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply a schema's pending migrations to a database.",
        discussion: """
            Applies <output>/<schema>/migrations/ in order, each migration in one transaction with \
            its row in schemagen.migrations (name, checksum, applied at, duration). A migration \
            with no-transaction steps (CREATE INDEX CONCURRENTLY) runs step by step; if it stops, \
            the next run reports it and --resume continues it. Concurrent runs take turns through \
            an advisory lock. Refuses to run when an applied file changed, when the files are out \
            of order with the database, or when the database is ahead of the files.
            """
    )

    @Argument(help: "The schema to migrate (default: the only one declared).")
    var schema: String?

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    @Flag(help: "Print the SQL that would run, and change nothing.")
    var dryRun = false

    @Flag(help: "Continue a migration that stopped half-way, from its first unfinished step.")
    var resume = false

    @Option(help: "Seconds to wait for another migration holding the lock.")
    var lockTimeout = 60

    func run() async throws {
        let schema = try Workspace.single(schema)
        let directory = try Workspace.migrationDirectory(of: schema.name, root: URL(filePath: output, directoryHint: .isDirectory))
        try await database.withDatabase(command: "migrate") { live in
            let migrator = Migrator(database: live, schema: schema.name, directory: directory, lockTimeout: .seconds(lockTimeout))
            if dryRun {
                let (_, pending) = try await migrator.plan()
                if pending.isEmpty { print("\(schema.name): nothing to apply; the database is up to date.") }
                for file in pending {
                    print("-- \(file.fileName) (would apply)")
                    print(file.migration.render(schema: schema.name))
                }
                return
            }
            let clock = ContinuousClock()
            let started = clock.now
            let applied = try await migrator.migrate(resume: resume) { print($0) }
            if applied.isEmpty {
                print("\(schema.name): nothing to apply; the database is up to date.")
            } else {
                print("\(schema.name): applied \(applied.count) migration\(applied.count == 1 ? "" : "s") in \(clock.now - started).")
            }
        }
    }
}

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List a schema's applied and pending migrations on a database.")

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    func run() async throws {
        let schema = try Workspace.single(schema)
        let directory = try Workspace.migrationDirectory(of: schema.name, root: URL(filePath: output, directoryHint: .isDirectory))
        let problems = try await database.withDatabase(command: "status") { live in
            let history = try await Migrator(database: live, schema: schema.name, directory: directory).history()
            print("Schema \(schema.name) on \(live.url)")
            for row in history.applied {
                let state = row.isComplete ? "applied" : "STOPPED at step \(row.stepsDone + 1) of \(row.stepsTotal)"
                let duration = row.durationMilliseconds.map { ", \($0) ms" } ?? ""
                print("  \(row.identifier)  \(state)  \(row.appliedAt)\(duration)")
            }
            for file in history.pending { print("  \(file.identifier)  pending") }
            if history.files.isEmpty, history.applied.isEmpty { print("  no migrations") }
            for problem in history.problems { print("  problem: \(problem)") }
            return history.problems.count + (history.interrupted == nil ? 0 : 1)
        }
        if problems > 0 { throw ExitCode.failure }
    }
}

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

    func run() async throws {
        let schema = try Workspace.single(schema)
        let directory = try Workspace.migrationDirectory(of: schema.name, root: URL(filePath: output, directoryHint: .isDirectory))
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
