import ArgumentParser
import SchemaGen

struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the declared schemas with their sizes.")

    func run() async throws {
        let rows = Workspace.schemas.map { schema -> [String] in
            let model = schema.resolve().definition
            return [
                schema.name, String(model.tables.count), String(model.enums.count),
                String(model.tables.map(\.foreignKeys.count).reduce(0, +)),
                String(model.tables.map(\.indexes.count).reduce(0, +)),
            ]
        }
        let header = ["schema", "tables", "enums", "foreign keys", "indexes"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let cells = row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            print(cells.joined(separator: "  "))
        }
    }
}
