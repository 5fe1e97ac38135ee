import ArgumentParser
import Foundation
import SchemaGen

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the schemas and write what they produce under the output folder.",
        discussion: """
            Writes <output>/<schema>/schema.sql for each schema. Nothing is written unless every \
            selected schema is free of errors; files are replaced atomically and only when they change.
            """
    )

    @Argument(help: "Schemas to generate (default: all).")
    var schemas: [String] = []

    @Option(name: .shortAndLong, help: "The folder generated files go to.")
    var output = "Generated"

    func run() async throws {
        let checked = try Workspace.check(try Workspace.select(schemas))
        let renderer = DDLRenderer()
        let files = checked.map { GeneratedFile(path: "\($0.schema.name)/schema.sql", contents: renderer.render($0.definition)) }
        let writer = FileWriter(root: URL(filePath: output, directoryHint: .isDirectory))
        let outcomes = try writer.write(files)
        for (file, outcome) in outcomes {
            print("\(outcome.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(output)/\(file.path)")
        }
        let changed = outcomes.filter { $0.outcome != .unchanged }.count
        print(changed == 0 ? "Everything was up to date." : "\(changed) file\(changed == 1 ? "" : "s") written.")
    }
}
