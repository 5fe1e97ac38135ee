import Foundation

extension Database {
    /// `pg_dump --schema-only` of the database, normalized for what a migration cannot make
    /// equal and what does not change behaviour: the order of a table's columns, the order of
    /// storage parameters in `WITH (...)`, and the dump's own comments and blank lines.
    func schemaDump() throws -> [String] {
        let result = try Shell.run(cluster.binaries.appending(path: "pg_dump").path, [
            "--schema-only", "--no-owner", "--no-privileges", "-h", cluster.socketFolder, "-U", "postgres", name,
        ])
        var lines: [String] = []
        var columns: [String]?
        for line in result.output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            // The dump's comments, settings and its random `\restrict` key are no part of the schema.
            if line.hasPrefix("--") || line.hasPrefix("SET ") || line.hasPrefix("SELECT pg_catalog.set_config") || line.hasPrefix("\\restrict") || line.hasPrefix("\\unrestrict") { continue }
            if line.hasPrefix("CREATE TABLE ") || line.hasPrefix("CREATE UNLOGGED TABLE ") {
                lines.append(line)
                columns = []
            } else if var open = columns {
                if line.hasPrefix(")") {
                    lines += open.sorted()
                    lines.append(line)
                    columns = nil
                } else {
                    open.append(line.hasSuffix(",") ? String(line.dropLast()) : line)
                    columns = open
                }
            } else {
                lines.append(Self.sortingStorageParameters(line))
            }
        }
        return lines
    }

    /// `WITH (fillfactor='70', deduplicate_items=off)` with its parameters by name.
    private static func sortingStorageParameters(_ line: String) -> String {
        guard let start = line.range(of: " WITH ("), let end = line[start.upperBound...].firstIndex(of: ")") else { return line }
        let parameters = line[start.upperBound..<end].components(separatedBy: ", ").sorted()
        return String(line[..<start.upperBound]) + parameters.joined(separator: ", ") + String(line[end...])
    }
}
