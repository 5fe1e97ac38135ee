import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Rebase: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "After merging the main branch, put this branch's migrations after main's.",
        discussion: """
            When two branches each generated a 0002_..., `check` fails after the merge. `rebase` keeps \
            the main branch's migrations and snapshot as they are and, of this branch's migrations \
            (the files main does not have): plans the generated ones again, as one migration from \
            main's snapshot to the merged declaration, and keeps the hand-written and edited ones as \
            they are, renumbered after main's, with a warning each. Main's files are read from the git \
            revision --onto (default: main), or from the Generated folder --main-folder. With --verify, \
            the rebased chain is first proved on a throwaway database, and nothing is written unless it \
            reaches the declaration; when a kept migration changes the schema itself, this branch's \
            other changes are planned after it, from what it reaches there. Only rebase migrations \
            that no shared database has applied.
            """
    )

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    @Option(help: ArgumentHelp("The git revision of the main branch.", valueName: "revision"))
    var onto = "main"

    @Option(help: ArgumentHelp("The main branch's Generated folder (instead of reading it from git).", valueName: "folder"))
    var mainFolder: String?

    @Option(help: ArgumentHelp(
        "Prove the rebased chain first: replay main's migrations on a throwaway database of this server, apply this branch's after them, compare with the declaration, plan again.",
        valueName: "url"))
    var verify: String?

    func run() async throws {
        let schema = try Workspace.single(schema)
        let checked = try Workspace.check([schema])[0]
        let root = URL(filePath: output, directoryHint: .isDirectory)
        let main: MigrationDirectory
        let snapshotText: String?
        if let mainFolder {
            let folder = URL(filePath: mainFolder, directoryHint: .isDirectory).appending(path: schema.name)
            main = try MigrationDirectory(reading: folder.appending(path: MigrationDirectory.folderName))
            snapshotText = try? String(contentsOf: folder.appending(path: SchemaSnapshot.fileName), encoding: .utf8)
        } else {
            let git = GitRevision(revision: onto, folder: root)
            let folder = schema.name
            let files = try git.files(in: "\(folder)/\(MigrationDirectory.folderName)")
            main = MigrationDirectory(
                files: files.filter { $0.key.hasSuffix(".sql") }, sum: files[MigrationDirectory.sumFileName])
            snapshotText = try git.file("\(folder)/\(SchemaSnapshot.fileName)")
        }
        let lock = try Workspace.lockOutput(root)
        defer { lock.release() }
        let result: MigrationRebase.Output
        do {
            let rebase = MigrationRebase(
                resolved: checked.resolved, merged: try Workspace.migrationDirectory(of: schema.name, root: root), main: main,
                mainSnapshot: try snapshotText.map(SchemaSnapshot.init(decoding:)))
            if let server = try DatabaseURL.argument(verify, option: "verify") {
                let (proved, problems) = try await LiveSession.reportingFailures {
                    try await rebase.verified(server: server, applicationName: LiveSession.applicationName("rebase"))
                }
                guard let proved else {
                    Workspace.printError("error: the rebased migrations do not verify on \(server):")
                    for problem in problems { Workspace.printError("  \(problem)") }
                    for warning in try rebase.rebase().warnings { Workspace.printError("warning: \(warning)") }
                    Workspace.printError("Nothing was written.")
                    throw ExitCode.failure
                }
                result = proved
            } else {
                result = try rebase.rebase()
            }
        } catch let refusal as MigrationRefusal {
            for problem in refusal.problems { Workspace.printError(Workspace.relativePaths(problem)) }
            Workspace.printError("Nothing was written.")
            throw ExitCode.failure
        } catch let problem as MigrationRebase.Problem {
            Workspace.printError("error: \(problem)\nNothing was written.")
            throw ExitCode.failure
        }
        Workspace.printChanges(try FileWriter(root: root).write(result.files, removing: result.removed), removed: result.removed, in: output)
        for warning in result.warnings { Workspace.printError("warning: \(warning)") }
        if let replanned = result.replanned { print("\(schema.name): this branch's changes are planned again as \(replanned.identifier).") }
        print("\(schema.name): rebased onto \(mainFolder ?? onto). Run `schemagen check` to prove the chain.")
    }
}
