import Foundation
import SchemaGen
import Testing

/// One case of the plan corpus under `__Corpus__/`: a database before and after, and the hazard
/// kinds the plan between them must report, in a normal and in an online plan.
///
/// ```sql
/// -- case: add a nullable column
/// -- hazards: access-exclusive-lock
/// -- online: access-exclusive-lock
/// CREATE TABLE t (id bigint PRIMARY KEY);
/// -- to
/// CREATE TABLE t (id bigint PRIMARY KEY, a integer);
/// ```
///
/// `-- online:` may be left out when it is the same as `-- hazards:`; `none` is no hazard.
/// Renames are declared as the DSL would: `-- rename table: old -> new`, `-- rename column:
/// table.old -> new`, `-- rename value: type.old -> new` (objects in `public`).
/// `-- rewrite: maybe` marks a case whose rewrite PostgreSQL may skip (timestamp to timestamptz
/// under a UTC session), reported all the same.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let hazards: Set<String>
    let onlineHazards: Set<String>
    let renames: RenameHints
    let rewriteMayBeSkipped: Bool
    let old: String
    let new: String

    var testDescription: String { "\(file): \(name)" }

    static let folder = packageRoot.appending(path: "Tests/SchemaGenTests/__Corpus__")

    /// Every case of every corpus file, in file and then written order.
    static func all() -> [CorpusCase] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".sql") }.sorted()
        return files.flatMap { file in
            parse((try? String(contentsOf: folder.appending(path: file), encoding: .utf8)) ?? "", file: file)
        }
    }

    static func parse(_ text: String, file: String) -> [CorpusCase] {
        var cases: [CorpusCase] = []
        var name: String?
        var hazards: Set<String> = []
        var online: Set<String>?
        var renames = RenameHints()
        var rewriteMayBeSkipped = false
        var old: [String] = []
        var new: [String]?
        func flush() {
            guard let name else { return }
            cases.append(CorpusCase(
                file: file, name: name, hazards: hazards, onlineHazards: online ?? hazards, renames: renames, rewriteMayBeSkipped: rewriteMayBeSkipped,
                old: old.joined(separator: "\n"), new: (new ?? []).joined(separator: "\n")))
        }
        func kinds(_ line: String, _ prefix: String) -> Set<String> {
            Set(line.dropFirst(prefix.count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "none" && !$0.isEmpty })
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("-- case: ") {
                flush()
                (name, hazards, online, renames, rewriteMayBeSkipped, old, new) = (String(line.dropFirst(9)), [], nil, RenameHints(), false, [], nil)
            } else if line.hasPrefix("-- hazards:") {
                hazards = kinds(line, "-- hazards:")
            } else if line.hasPrefix("-- online:") {
                online = kinds(line, "-- online:")
            } else if line == "-- rewrite: maybe" {
                rewriteMayBeSkipped = true
            } else if line.hasPrefix("-- rename ") {
                rename(String(line.dropFirst(10)), into: &renames)
            } else if line == "-- to" {
                new = []
            } else if new != nil {
                new!.append(line)
            } else {
                old.append(line)
            }
        }
        flush()
        return cases
    }

    /// `schema.table` or `table` (in `public`).
    private static func qualified(_ text: String) -> QualifiedName {
        let parts = text.split(separator: ".").map(String.init)
        return parts.count == 2 ? QualifiedName(parts[1], schema: parts[0]) : QualifiedName(text)
    }

    /// `table: old -> new`, `column: table.old -> new` or `value: type.old -> new`.
    private static func rename(_ text: String, into renames: inout RenameHints) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let names = parts[1].components(separatedBy: " -> ")
        let old = names[0].split(separator: ".").map(String.init)
        switch parts[0] {
        case "table": renames.tables[qualified(names[1])] = qualified(names[0])
        case "column": renames.columns[QualifiedName(old[0]), default: [:]][names[1]] = old[1]
        default: renames.enumValues[QualifiedName(old[0]), default: [:]][names[1]] = old[1]
        }
    }
}
