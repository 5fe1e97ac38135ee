import ArgumentParser
import Foundation
import SchemaGen

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the schemas and bring their generated files up to date.",
        discussion: """
            For each schema, writes under <output>/<schema>/: schema.sql (the DDL), relations.json, \
            relations.mmd and relations.md (the relation graph), snapshot.json (the state the \
            migrations reach) and, when the declaration changed since the snapshot, \
            a new migration in migrations/ (NNNN_name.sql and its reverse NNNN_name.down.sql) with \
            the integrity file schemagen.sum. Renames are never guessed: declare them with \
            renamedFrom:, renamed(from:) or renamedValues:. Destructive changes need Allow(...) in \
            the schema or --allow-destructive. Nothing is written unless every schema succeeds.
            """
    )

    @Argument(help: "Schemas to generate (default: all).")
    var schemas: [String] = []

    @Option(name: .shortAndLong, help: "The folder generated files go to.")
    var output = "Generated"

    @Option(help: "The name of the new migration (default: derived from its first change).")
    var name: String?

    @Flag(help: "Allow every destructive change (dropped tables and columns, narrowed types, ...).")
    var allowDestructive = false

    @Flag(help: "Build and drop indexes of existing tables CONCURRENTLY, each outside a transaction.")
    var concurrentIndexes = false

    func run() async throws {
        let root = URL(filePath: output, directoryHint: .isDirectory)
        let options = MigrationGenerator.Options(
            allowDestructive: allowDestructive, name: name, plan: PlanOptions(concurrentIndexes: concurrentIndexes))
        var files: [GeneratedFile] = []
        var migrations: [String] = []
        var refusals: [MigrationRefusal] = []
        for checked in try Workspace.check(try Workspace.select(schemas)) {
            do {
                let generation = try Workspace.generation(of: checked, root: root, options: options)
                files += generation.files
                if let migration = generation.migration {
                    migrations.append("\(checked.schema.name): migration \(migration.identifier), \(migration.steps.flatMap(\.statements).count) statements")
                }
            } catch let refusal as MigrationRefusal {
                refusals.append(refusal)
            }
        }
        guard refusals.isEmpty else {
            for refusal in refusals { Workspace.printError("error: \(refusal)") }
            Workspace.printError("Nothing was written.")
            throw ExitCode.failure
        }
        let outcomes = try FileWriter(root: root).write(files)
        for (file, outcome) in outcomes where outcome != .unchanged {
            print("\(outcome.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(output)/\(file.path)")
        }
        for line in migrations { print(line) }
        let changed = outcomes.filter { $0.outcome != .unchanged }.count
        print(changed == 0 ? "Everything was up to date." : "\(changed) file\(changed == 1 ? "" : "s") written.")
    }
}
