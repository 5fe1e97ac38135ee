import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the schemas and bring their generated files up to date.",
        discussion: """
            For each schema, writes under <output>/<schema>/: schema.sql (the DDL), relations.json, \
            relations.mmd and relations.md (the relation graph), snapshot.json (the state the \
            migrations reach) and, when the declaration changed since the snapshot, \
            a new migration in migrations/ (NNNN_name.sql and its reverse NNNN_name.down.sql) with \
            the integrity file schemagen.sum. Each statement's hazards (locks, rewrites, scans, index \
            builds, deleted data, broken clients, possible failures) are written above it and \
            summed up here; a forbidden kind (MigrationSettings(forbidding:) or --forbid-hazard) is \
            refused. Renames are never guessed: declare them with renamedFrom:, renamed(from:) or \
            renamedValues:. Destructive changes need Allow(...) in the schema or \
            --allow-destructive. With --verify, each new migration is first proved on a throwaway \
            database, and PostgreSQL's words for the declared expressions are recorded in snapshot.json \
            (so that `check` needs no server to ask). Nothing is written unless every schema succeeds.
            """
    )

    @Argument(help: "Schemas to generate (default: all).")
    var schemas: [String] = []

    @Option(name: .shortAndLong, help: "The folder generated files go to.")
    var output = "Generated"

    @Option(help: "The name of the new migration (default: derived from its first change).")
    var name: String?

    @Flag(help: ArgumentHelp(
        "Write a hand-written migration named --name: the declaration's pending changes if any, else empty, to complete and sign with `schemagen hash`.",
        discussion: "For data backfills, seed rows, or SQL no declaration expresses."))
    var custom = false

    @Flag(help: "Allow every destructive change (dropped tables and columns, narrowed types, ...).")
    var allowDestructive = false

    @Flag(help: "Build and drop indexes of existing tables CONCURRENTLY, each outside a transaction.")
    var concurrentIndexes = false

    @Flag(help: "Write online plans: indexes built CONCURRENTLY, constraints added NOT VALID and validated later, lock_timeout and statement_timeout per step.")
    var online = false

    @OptionGroup var hazards: HazardOptions

    @Option(help: ArgumentHelp(
        "Prove each new migration first: replay the migrations on a throwaway database of this server, apply it, compare with the declaration, plan again.",
        valueName: "url"))
    var verify: String?

    func validate() throws {
        if custom, name == nil || schemas.count != 1 {
            throw ValidationError("--custom writes one migration: name its schema and the migration, as in `schemagen generate shop --custom --name backfill_names`")
        }
    }

    func run() async throws {
        let root = URL(filePath: output, directoryHint: .isDirectory)
        let options = hazards.generatorOptions(
            allowDestructive: allowDestructive, name: name, custom: custom, concurrentIndexes: concurrentIndexes, online: online)
        let verifyURL = try DatabaseURL.argument(verify, option: "verify")
        var stale: [String] = []
        var migrations: [String] = []
        var refusals: [MigrationRefusal] = []
        let checkedSchemas = try Workspace.check(try Workspace.select(schemas))
        let lock = try Workspace.lockOutput(root)
        defer { lock.release() }
        // Each file is written under a temporary name as it is rendered; renamed into place only
        // when every schema has generated, else removed with the staging.
        let staging = FileWriter(root: root).staging()
        for checked in checkedSchemas {
            var options = options
            if let verifyURL {
                options.expressionForms = try await Self.expressionForms(of: checked, server: verifyURL)
            }
            do {
                let generation = try checked.generation(in: root, options: options) { file in try staging.add(file) }
                stale += generation.stale
                if let migration = generation.migration {
                    if let verifyURL {
                        try await Self.verify(migration, of: checked, root: root, server: verifyURL, options: options.plan(for: checked.resolved.settings))
                    }
                    let plan = MigrationPlan(steps: migration.steps)
                    migrations.append("\(checked.schema.name): migration \(migration.identifier), \(migration.steps.flatMap(\.statements).count) statements"
                        + (verifyURL == nil ? "" : ", verified") + (plan.hazardSummary.map { "; hazards: \($0)" } ?? ""))
                    if custom {
                        migrations.append("Write its SQL in \(output)/\(checked.schema.name)/\(MigrationDirectory.folderName)/\(migration.upFileName) "
                            + "(and the reverse in \(migration.downFileName)), then sign them: `schemagen hash \(checked.schema.name)`.")
                    }
                }
            } catch let refusal as MigrationRefusal {
                refusals.append(refusal)
            }
        }
        guard refusals.isEmpty else {
            for refusal in refusals {
                Workspace.printError("error: schema \(refusal.schema): no migration was written:")
                for problem in refusal.problems { Workspace.printError("  " + Workspace.relativePaths(problem)) }
            }
            Workspace.printError("Nothing was written.")
            throw ExitCode.failure
        }
        let changed = Workspace.printChanges(try staging.commit(removing: stale), removed: stale, in: output)
        for line in migrations { print(line) }
        print(changed == 0 ? "Everything was up to date." : "\(changed) file\(changed == 1 ? "" : "s") written.")
    }

    /// PostgreSQL's words for the declaration's expressions, asked on a scratch database, to
    /// record in snapshot.json; a table PostgreSQL could not copy is named in a warning.
    private static func expressionForms(of checked: ValidatedSchema, server: DatabaseURL) async throws -> ExpressionForms {
        let (forms, failures) = try await ScratchDatabase.with(server: server, command: "generate") { database in
            try await database.expressionForms(of: checked.definition)
        }
        for failure in failures {
            Workspace.printError("warning: \(checked.schema.name): the expressions of \(failure) are recorded as written: PostgreSQL could not store a copy")
        }
        return forms
    }

    /// Replays the schema's migrations on a scratch database, applies the new one, and refuses
    /// it unless the database then matches the declaration and nothing is left to plan.
    private static func verify(_ migration: Migration, of checked: ValidatedSchema, root: URL, server: DatabaseURL, options: PlanOptions) async throws {
        let directory = try Workspace.migrationDirectory(of: checked.schema.name, root: root)
        let problems = try await ScratchVerification.problems(
            server: server, command: "generate", plan: MigrationPlan(steps: migration.steps), wanted: checked.definition, options: options
        ) { database in
            _ = try await Migrator(database: database, schema: checked.schema.name, directory: directory).migrate { _ in }
        }
        guard problems.isEmpty else {
            throw MigrationRefusal(schema: checked.schema.name, code: .verificationFailed, location: checked.resolved.sources[.schema],
                                   problems.map { "migration \(migration.identifier) does not verify on \(server): \($0)" })
        }
    }
}
