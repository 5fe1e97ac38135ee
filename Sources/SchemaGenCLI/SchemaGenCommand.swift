import ArgumentParser
import SchemaGen

/// The `schemagen` command. A package that declares its own schemas gets every subcommand by
/// handing them over from a small executable target:
///
/// ```swift
/// // Sources/schemagen/main.swift
/// import SchemaGenCLI
/// import MySchemas
///
/// await SchemaGenCommand.main(schemas: [billing, accounts])
/// ```
public struct SchemaGenCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "schemagen",
        abstract: "Schema-as-code for PostgreSQL: check Swift schema declarations and generate SQL from them.",
        discussion: """
            Schemas are declared in Swift with the SchemaGen DSL. `generate` writes what they \
            produce under Generated/<schema>/ for review in pull requests; `validate` only checks them.
            """,
        subcommands: [Generate.self, PrintSQL.self, List.self, Validate.self]
    )

    public init() {}

    /// Runs the command line over `schemas` and exits with its status.
    public static func main(schemas: [Schema], arguments: [String]? = nil) async {
        await Workspace.$schemas.withValue(schemas) {
            await main(arguments)
        }
    }
}
