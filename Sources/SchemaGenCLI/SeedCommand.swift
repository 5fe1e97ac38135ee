import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Run a schema's declared seeds on a database, each once per content.",
        discussion: """
            Seeds are declared beside the schemas (`SchemaGenCommand.main(schemas:seeds:)`): SQL, a \
            file of SQL, or rows of the generated New… structs. Each runs in a transaction with its \
            checksum recorded in schemagen.seeds and runs again only when it changed; rows are \
            inserted with ON CONFLICT DO NOTHING. Run it after `migrate`; `reset` runs it itself.
            """
    )

    @Argument(help: "The schema (default: the only one declared).")
    var schema: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let schema = try Workspace.single(schema)
        try await database.withDatabase(command: "seed") { live in
            try await Seed.run(Workspace.seeds(of: schema.name), on: live, schema: schema.name) { print($0) }
        }
    }
}
