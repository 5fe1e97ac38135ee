import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Pull: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a database and write its schema as a Swift declaration in the DSL.",
        discussion: """
            Reads the catalog with one query, whatever the number of tables, and writes a Swift \
            file declaring every extension, schema, enum, sequence, function, table, column, key, \
            constraint, index, trigger, policy, view, domain and composite type. Objects the DSL does \
            not model yet (rules, range types, partitions of partitions, ...) are skipped with a warning each. Add the file to your schemas target and pass its `schema` \
            to SchemaGenCommand.main; `schemagen generate` then records it as the starting point.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The schema's name in schemagen (Generated/<name>/).")
    var name: String

    @Option(help: "The Swift enum holding the declaration (default: the name in UpperCamelCase).")
    var typeName: String?

    @Option(name: .shortAndLong, help: "The Swift file to write (default: standard output).")
    var output: String?

    func run() async throws {
        let snapshot = try await database.withDatabase(command: "pull") { try await $0.introspect(as: name) }
        for object in snapshot.unmodeled {
            Workspace.printError("warning: skipped \(object): the DSL does not model \(object.kind)s yet")
        }
        let source = DeclarationRenderer(typeName: typeName ?? DeclarationRenderer.typeName(forSchema: name)).render(snapshot.schema)
        guard let output else {
            print(source, terminator: "")
            return
        }
        let url = URL(filePath: output)
        try FileWriter(root: url.deletingLastPathComponent()).write([GeneratedFile(path: url.lastPathComponent, contents: source)])
        let tables = snapshot.schema.tables.count
        Workspace.printError("Wrote \(output): \(tables) table\(tables == 1 ? "" : "s"), \(snapshot.schema.enums.count) enums"
            + (snapshot.unmodeled.isEmpty ? "." : "; \(snapshot.unmodeled.count) objects skipped."))
    }
}
