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
        abstract: "Schema-as-code for PostgreSQL: declare schemas in Swift, generate SQL and migrations, apply and check them.",
        discussion: """
            Schemas are declared in Swift with the SchemaGen DSL. `generate` writes what they \
            produce under Generated/<schema>/ for review in pull requests; `validate` only checks them. \
            `migrate`, `status` and `down` apply the migrations to a database, `check` fails CI on \
            drift, and `pull` writes the declaration of an existing database.
            """,
        subcommands: [
            Generate.self, PrintSQL.self, List.self, Validate.self,
            Diff.self, Migrate.self, Status.self, Down.self, Check.self, Pull.self,
        ]
    )

    public init() {}

    /// Runs the command line over `schemas` and exits with its status.
    public static func main(schemas: [Schema], arguments: [String]? = nil) async {
        await Workspace.$schemas.withValue(schemas) {
            await main(arguments)
        }
    }
}
