import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

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
            `migrate`, `status` and `down` apply the migrations to a database, `resolve` records a \
            repair made by hand, `reset`, `push` and `seed` serve development databases, `check` \
            fails CI on drift, `rebase` renumbers a branch's migrations after a merge, and `pull` \
            writes the declaration of an existing database.
            """,
        subcommands: [
            Generate.self, Hash.self, PrintSQL.self, List.self, Validate.self, Rebase.self,
            Diff.self, Migrate.self, Status.self, Down.self, Resolve.self, Reset.self, Push.self, SeedCommand.self, Check.self, Pull.self,
        ]
    )

    public init() {}

    /// Runs the command line over `schemas` and exits with its status; `seeds` are what
    /// `schemagen seed` and `reset` run. Every message, usage errors included, is printed with
    /// passwords hidden (``PasswordRedaction``).
    public static func main(schemas: [Schema], seeds: [Seed] = [], arguments: [String]? = nil) async {
        LargeAllocations.returnToTheSystemWhenFreed()
        await Workspace.$seeds.withValue(seeds) {
            await main(schemas, arguments: arguments)
        }
    }

    private static func main(_ schemas: [Schema], arguments: [String]?) async {
        await Workspace.$schemas.withValue(schemas) {
            var command: any ParsableCommand
            do {
                command = try parseAsRoot(arguments)
            } catch {
                exit(redacting: error, usage: true)
            }
            do {
                if var command = command as? AsyncParsableCommand {
                    try await command.run()
                } else {
                    try command.run()
                }
            } catch {
                exit(redacting: error, usage: false)
            }
        }
    }

    /// What `exit(withError:)` does, with the message's passwords hidden; a problem found while
    /// running (an unknown schema, a missing folder) is printed without the usage text.
    private static func exit(redacting error: any Error, usage: Bool) -> Never {
        let code = exitCode(for: error)
        let full = !usage && error is ValidationError ? "Error: \(error)" : fullMessage(for: error)
        let message = PasswordRedaction.apply(to: full)
        if !message.isEmpty {
            if code == .success {
                print(message)
            } else {
                Workspace.printError(message)
            }
        }
        Foundation.exit(code.rawValue)
    }
}
