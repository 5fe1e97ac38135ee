import ArgumentParser
import SchemaGen

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the schemas and report every problem, with the Swift line that declared it.",
        discussion: "Prints the relation graph's warnings too. Exits with 1 when any schema has an error; warnings are printed but pass."
    )

    @Argument(help: "Schemas to check (default: all).")
    var schemas: [String] = []

    func run() async throws {
        let checked = try Workspace.check(try Workspace.select(schemas), graphWarnings: true)
        let warnings = checked.flatMap { $0.diagnostics + $0.graphWarnings }.count
        let tables = checked.map(\.definition.tables.count).reduce(0, +)
        print("\(checked.count) schema\(checked.count == 1 ? "" : "s") (\(tables) tables) valid"
            + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")." : "."))
    }
}
