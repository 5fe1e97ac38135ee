import Foundation

/// The squawk migration linter (`pip install squawk-cli`), run on a file.
enum Squawk {
    /// The names of the rules squawk reports for `sql`.
    static func rules(in sql: String) throws -> Set<String> {
        let file = FileManager.default.temporaryDirectory.appending(path: "squawk-\(UUID().uuidString.prefix(8)).sql")
        try Data(sql.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Shell.run("/usr/bin/env", ["squawk", "--reporter", "json", "--pg-version", "15", file.path], check: false)
        guard let data = result.output.data(using: .utf8),
              let violations = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw Unavailable(output: result.output + result.error)
        }
        return Set(violations.compactMap { $0["rule_name"] as? String })
    }

    struct Unavailable: Error, CustomStringConvertible {
        let output: String
        var description: String { "squawk did not run (install it with `pip install squawk-cli`): \(output)" }
    }
}
