import ArgumentParser
import Foundation
import SchemaGen

struct Hash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign a schema's migration files after a reviewed edit, recording which were written or edited by hand.",
        discussion: """
            Rewrites <output>/<schema>/migrations/schemagen.sum for the files as they are: a generated \
            file whose checksum changed is recorded as `edited`, a file the sum did not name as \
            `hand-written`, a deleted file leaves it. Only sign a migration that is not applied to any \
            database yet: `migrate` refuses a file changed after it was applied. `check` still replays \
            the chain and proves it reaches the declaration, so an edit that changes the schema is \
            caught there, and one that only moves data passes.
            """
    )

    @Argument(help: "Schemas to sign (default: all).")
    var schemas: [String] = []

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    func run() async throws {
        let root = URL(filePath: output, directoryHint: .isDirectory)
        var files: [GeneratedFile] = []
        var lines: [String] = []
        for schema in try Workspace.select(schemas) {
            let directory = try Workspace.existingMigrationDirectory(of: schema.name, root: root)
            let signing: MigrationDirectory.Resigning
            do {
                signing = try directory.resigned()
            } catch {
                Workspace.printError("error: schema \(schema.name): \(error); nothing was signed.")
                throw ExitCode.failure
            }
            files.append(GeneratedFile(path: "\(schema.name)/\(MigrationDirectory.folderName)/\(MigrationDirectory.sumFileName)", contents: signing.sum))
            lines += signing.edited.map { "\(schema.name): signed \($0) as \(signing.origins[$0]?.rawValue ?? "edited")" }
            lines += signing.added.map { "\(schema.name): signed \($0) as hand-written" }
            lines += signing.removed.map { "\(schema.name): \($0) was deleted; it left \(MigrationDirectory.sumFileName)" }
        }
        let lock = try Workspace.lockOutput(root)
        defer { lock.release() }
        _ = try FileWriter(root: root).write(files)
        for line in lines { print(line) }
        print(lines.isEmpty ? "Every migration file was already signed." : "Run `schemagen check` to prove the chain still reaches the declaration.")
    }
}
