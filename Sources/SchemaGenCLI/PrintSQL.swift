import ArgumentParser
import SchemaGen

struct PrintSQL: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print the DDL that creates a schema on an empty database."
    )

    @Argument(help: "The schema to print.")
    var schema: String

    func run() async throws {
        let checked = try Workspace.check(try Workspace.select([schema]))
        print(DDLRenderer().render(checked[0].definition), terminator: "")
    }
}
