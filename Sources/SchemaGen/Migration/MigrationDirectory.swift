import Foundation

/// The migrations of one schema, `Generated/<schema>/migrations/`, and their integrity file
/// `schemagen.sum`: one `sha256  file` line per migration file and a first line with the hash
/// of all of them, so that a migration edited, deleted or added by hand after the fact is
/// detected before anything builds on it.
public struct MigrationDirectory: Sendable {
    public static let folderName = "migrations"
    public static let sumFileName = "schemagen.sum"

    /// File name → contents of every `.sql` file in the folder.
    public let files: [String: String]
    /// The integrity file's text, if there is one.
    public let sum: String?

    public init(files: [String: String], sum: String?) {
        self.files = files
        self.sum = sum
    }

    /// Reads the folder; a missing folder is an empty one.
    public init(reading folder: URL) throws {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".sql") {
            files[name] = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
        }
        self.init(files: files, sum: try? String(contentsOf: folder.appending(path: Self.sumFileName), encoding: .utf8))
    }

    public var nextVersion: Int {
        (files.keys.compactMap { Int($0.prefix { $0.isNumber }) }.max() ?? 0) + 1
    }

    /// What is wrong with the folder against its integrity file; empty when it is intact.
    public func integrityProblems() -> [String] {
        guard let sum else {
            return files.isEmpty ? [] : ["\(Self.sumFileName) is missing, but there are migration files"]
        }
        var recorded: [String: String] = [:]
        var total: String?
        for line in sum.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: " ") }
            guard parts.count == 2 else { continue }
            if parts[1] == "total" { total = parts[0] } else { recorded[parts[1]] = parts[0] }
        }
        var problems: [String] = []
        for name in recorded.keys.sorted() where files[name] == nil {
            problems.append("\(name) is recorded in \(Self.sumFileName) but was deleted")
        }
        for name in files.keys.sorted() {
            guard let hash = recorded[name] else {
                problems.append("\(name) is not recorded in \(Self.sumFileName): it was not written by schemagen generate")
                continue
            }
            if hash != SHA256.hex(files[name]!) {
                problems.append("\(name) was edited after it was generated (its checksum no longer matches \(Self.sumFileName))")
            }
        }
        if problems.isEmpty, total != Self.total(of: recorded) {
            problems.append("\(Self.sumFileName) was edited by hand (its total does not match its lines)")
        }
        return problems
    }

    /// The integrity file for `files`.
    public static func renderSum(_ files: [String: String]) -> String {
        let hashes = files.mapValues(SHA256.hex)
        var lines = [
            "# schemagen: the sha256 of every migration file. Written by `schemagen generate`;",
            "# a migration changed after the fact no longer matches and is refused.",
            "\(total(of: hashes)) total",
        ]
        lines += hashes.keys.sorted().map { "\(hashes[$0]!) \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func total(of hashes: [String: String]) -> String {
        SHA256.hex(hashes.keys.sorted().map { "\(hashes[$0]!) \($0)" }.joined(separator: "\n"))
    }
}
