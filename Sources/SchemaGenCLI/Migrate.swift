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
            of several steps (enum values, CREATE INDEX CONCURRENTLY, online plans) commits step \
            by step; if it stops, the next run reports it and --resume continues it. A step under \
            `-- schemagen:batch <table>.<key> <size>` runs its statement once per range of keys, each \
            range committed with the last key done and its progress printed; --resume continues after \
            the last range committed. A migration \
            with a hazard kind forbidden by the declaration or --forbid-hazard is refused. Concurrent runs take turns through \
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

    func validate() throws {
        guard lockTimeout > 0 else { throw ValidationError("--lock-timeout must be a positive number of seconds, not \(lockTimeout)") }
    }

    @Option(help: ArgumentHelp(
        "Record the migrations up to this version as applied without running them (a database adopted with `pull`), then apply the rest.",
        valueName: "version"))
    var baseline: Int?

    @OptionGroup var hazards: HazardOptions

    func run() async throws {
        let schema = try Workspace.single(schema)
        let directory = try Workspace.existingMigrationDirectory(of: schema.name, root: URL(filePath: output, directoryHint: .isDirectory))
        try await database.withDatabase(command: "migrate") { live in
            let migrator = Migrator(database: live, schema: schema.name, directory: directory, lockTimeout: .seconds(lockTimeout))
            if dryRun {
                let pending = try await migrator.plan()
                if pending.isEmpty { print("\(schema.name): nothing to apply; the database is up to date.") }
                for file in pending {
                    print("-- \(file.fileName) (would apply)")
                    print(file.migration.render(schema: schema.name))
                }
                return
            }
            if let baseline { _ = try await migrator.baseline(upTo: baseline) { print($0) } }
            let clock = ContinuousClock()
            let started = clock.now
            let policy = hazards.generatorOptions(online: false).policy(for: schema.resolve().settings)
            let applied = try await migrator.migrate(resume: resume, policy: policy) { print($0) }
            if applied.isEmpty {
                print("\(schema.name): nothing to apply; the database is up to date.")
            } else {
                let elapsed = (clock.now - started).formatted(.units(allowed: [.seconds, .milliseconds], width: .abbreviated))
                print("\(schema.name): applied \(applied.count) migration\(applied.count == 1 ? "" : "s") in \(elapsed).")
            }
        }
    }
}
