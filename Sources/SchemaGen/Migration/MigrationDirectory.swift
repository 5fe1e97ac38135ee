import Foundation

/// The migrations of one schema, `Generated/<schema>/migrations/`, and their integrity file
/// `schemagen.sum`: one `sha256 file` line per migration file and a first line with the hash
/// of all of them, so that a migration edited, deleted or added by hand after the fact is
/// detected before anything builds on it.
///
/// A file that a person wrote or changed on purpose says so after its name, once
/// `schemagen hash` has signed it:
///
/// ```
/// 4f1c…  0002_backfill_names.sql hand-written
/// 9a07…  0003_add_users_nickname.sql edited
/// ```
public struct MigrationDirectory: Sendable {
    public static let folderName = "migrations"
    public static let sumFileName = "schemagen.sum"

    /// Who wrote a migration file, as `schemagen.sum` records it.
    public enum Origin: String, Hashable, Sendable, CaseIterable {
        /// Written by `generate` and unchanged since.
        case generated
        /// Started by `generate --custom`, or added by hand and signed with `schemagen hash`.
        case handWritten = "hand-written"
        /// Written by `generate`, then changed by a person and signed with `schemagen hash`.
        case edited
    }

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

    /// One line of `schemagen.sum`.
    struct Entry: Hashable {
        var hash: String
        var origin: Origin

        /// `<hash> <file>` and the origin when it is not `generated`.
        func line(_ file: String) -> String {
            "\(hash) \(file)" + (origin == .generated ? "" : " \(origin.rawValue)")
        }
    }

    /// The lines of the integrity file, by file name, and its total.
    private var recorded: (entries: [String: Entry], total: String?) {
        var entries: [String: Entry] = [:]
        var total: String?
        for line in (sum ?? "").split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard parts.count >= 2 else { continue }
            if parts[1] == "total" {
                total = parts[0]
            } else {
                entries[parts[1]] = Entry(hash: parts[0], origin: parts.count > 2 ? Origin(rawValue: parts[2]) ?? .generated : .generated)
            }
        }
        return (entries, total)
    }

    /// Who wrote each recorded file; a file the sum does not name is not listed.
    public var origins: [String: Origin] {
        recorded.entries.mapValues(\.origin)
    }

    /// The checksum the sum records for each file it names.
    var recordedHashes: [String: String] {
        recorded.entries.mapValues(\.hash)
    }

    /// What is wrong with the folder of `schema` against its integrity file, each with the
    /// command that repairs it; empty when it is intact.
    public func integrityProblems(of schema: String) -> [String] {
        guard sum != nil else {
            return files.isEmpty ? [] : ["\(Self.sumFileName) is missing, but there are migration files"]
        }
        let (entries, total) = recorded
        var problems: [String] = []
        // Two branches that each generated the next migration, merged.
        let upFiles = files.keys.filter { !$0.hasSuffix(".down.sql") }
        for (version, names) in Dictionary(grouping: upFiles, by: { Int($0.prefix { $0.isNumber }) ?? -1 }).sorted(by: { $0.key < $1.key }) where names.count > 1 {
            problems.append("\(names.sorted().joined(separator: " and ")) share version \(version): two branches each wrote one; "
                + "after merging the main branch, run `schemagen rebase \(schema)` (with `--onto origin/main` when main is only fetched)")
        }
        for name in entries.keys.sorted() where files[name] == nil {
            problems.append("\(name) is recorded in \(Self.sumFileName) but was deleted")
        }
        let digests = Self.digests(of: files)
        for name in files.keys.sorted() {
            guard let entry = entries[name] else {
                problems.append("\(name) is not recorded in \(Self.sumFileName): it was not written by schemagen generate "
                    + "(if it is a reviewed hand-written migration, sign it with `schemagen hash \(schema)`)")
                continue
            }
            if entry.hash != digests[name] {
                problems.append("\(name) was edited after it was written (its checksum no longer matches \(Self.sumFileName)); "
                    + "if the edit was reviewed and the file is not applied anywhere yet, sign it with `schemagen hash \(schema)`")
            }
        }
        if problems.isEmpty, total != Self.total(of: entries) {
            problems.append("\(Self.sumFileName) was edited by hand (its total does not match its lines)")
        }
        return problems
    }

    /// The integrity file for `files`, each recorded with its origin (`generated` when not given).
    public static func renderSum(_ files: [String: String], origins: [String: Origin] = [:]) -> String {
        renderSum(digests: digests(of: files), origins: origins)
    }

    /// The integrity file for files with these sha256 digests, by name.
    private static func renderSum(digests: [String: String], origins: [String: Origin]) -> String {
        let entries = Dictionary(uniqueKeysWithValues: digests.map { name, digest in
            (name, Entry(hash: digest, origin: origins[name] ?? .generated))
        })
        var lines = [
            "# schemagen: the sha256 of every migration file. Written by `schemagen generate` and `schemagen hash`;",
            "# a migration changed after the fact no longer matches and is refused.",
            "\(total(of: entries)) total",
        ]
        lines += entries.keys.sorted().map { entries[$0]!.line($0) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each file's sha256, by name, the files hashed on every core at once (an initial migration
    /// of 10,000 tables is 20 MB a direction).
    private static func digests(of files: [String: String]) -> [String: String] {
        let names = Array(files.keys)
        return Dictionary(uniqueKeysWithValues: zip(names, names.concurrentMap { SHA256.hex(files[$0]!) }))
    }

    private static func total(of entries: [String: Entry]) -> String {
        SHA256.hex(entries.keys.sorted().map { entries[$0]!.line($0) }.joined(separator: "\n"))
    }

    /// What `schemagen hash` does to the integrity file: every file signed as it is now. A file
    /// whose checksum changed is recorded as `edited` (a hand-written one stays hand-written), a
    /// file the sum did not name as `hand-written`; a deleted file leaves the sum.
    public func resigned() throws -> Resigning {
        for name in files.keys.sorted() {
            guard !name.contains(where: \.isWhitespace) else {
                throw MigrationFileError(fileName: name, problem: "a migration file name has no spaces")
            }
            _ = try Migration.parse(files[name]!, fileName: name)
        }
        let entries = recorded.entries
        var origins: [String: Origin] = [:]
        var result = Resigning(sum: "")
        let digests = Self.digests(of: files)
        for name in files.keys.sorted() {
            guard let entry = entries[name] else {
                origins[name] = .handWritten
                result.added.append(name)
                continue
            }
            if entry.hash != digests[name] {
                origins[name] = entry.origin == .handWritten ? .handWritten : .edited
                result.edited.append(name)
            } else {
                origins[name] = entry.origin
            }
        }
        result.removed = entries.keys.filter { files[$0] == nil }.sorted()
        result.sum = Self.renderSum(digests: digests, origins: origins)
        result.origins = origins
        return result
    }

    /// The outcome of ``resigned()``.
    public struct Resigning: Sendable {
        /// The new `schemagen.sum`.
        public var sum: String
        /// Who wrote each file, as the new sum records it.
        public var origins: [String: Origin] = [:]
        /// Files whose checksum changed, now signed (as edited, or still as hand-written).
        public var edited: [String] = []
        /// Files the sum did not name, now signed as hand-written.
        public var added: [String] = []
        /// Files named in the sum that no longer exist.
        public var removed: [String] = []
    }
}
