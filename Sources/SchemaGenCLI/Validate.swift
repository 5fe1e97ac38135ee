import ArgumentParser
import SchemaGen

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the schemas and report every problem, with the Swift line that declared it.",
        discussion: "Exits with 1 when any schema has an error; warnings are printed but pass."
    )

    @Argument(help: "Schemas to check (default: all).")
    var schemas: [String] = []

    func run() async throws {
        let checked = try Workspace.check(try Workspace.select(schemas))
        let warnings = checked.flatMap(\.diagnostics).count
        let tables = checked.map(\.definition.tables.count).reduce(0, +)
        print("\(checked.count) schema\(checked.count == 1 ? "" : "s") (\(tables) tables) valid"
            + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")." : "."))
    }
}
