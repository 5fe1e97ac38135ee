import Foundation

/// The squawk migration linter, run on a file. The tests find it as `$SQUAWK`, on the `PATH`,
/// or install it once themselves (`pip install squawk-cli` into `.build/squawk`), as they start
/// their own PostgreSQL: `swift test` needs no set-up step for it.
enum Squawk {
    /// The names of the rules squawk reports for `sql`.
    static func rules(in sql: String) throws -> Set<String> {
        let executable = try executable.get()
        let file = FileManager.default.temporaryDirectory.appending(path: "squawk-\(UUID().uuidString.prefix(8)).sql")
        try Data(sql.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Shell.run(executable, ["--reporter", "json", "--pg-version", "15", file.path], check: false)
        guard let violations = try? JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]] else {
            throw Unavailable(output: result.output + result.error)
        }
        return Set(violations.compactMap { $0["rule_name"] as? String })
    }

    private static let executable: Result<String, any Error> = Result {
        if let configured = ProcessInfo.processInfo.environment["SQUAWK"] { return configured }
        let found = try Shell.run("/bin/sh", ["-c", "command -v squawk"], check: false)
        if found.status == 0 { return found.output.trimmingCharacters(in: .whitespacesAndNewlines) }
        let target = packageRoot.appending(path: ".build/squawk")
        let installed = target.appending(path: "bin/squawk").path
        if !FileManager.default.isExecutableFile(atPath: installed) {
            let pip = try Shell.run("/usr/bin/env", ["python3", "-m", "pip", "install", "--quiet", "--target", target.path, "squawk-cli"], check: false)
            guard pip.status == 0 else { throw Unavailable(output: pip.error) }
        }
        return installed
    }

    struct Unavailable: Error, CustomStringConvertible {
        let output: String
        var description: String { "squawk did not run (install it with `pip install squawk-cli`, or set SQUAWK): \(output)" }
    }
}
