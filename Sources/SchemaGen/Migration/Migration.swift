/// One migration file: frozen SQL in steps, named `0002_add_users_nickname.sql`, with its
/// reverse beside it as `0002_add_users_nickname.down.sql`.
///
/// ```sql
/// -- Migration 0002_add_users_nickname of schema saas_starter, written by schemagen.
/// -- Frozen once written: its checksum is recorded in schemagen.sum.
///
/// -- schemagen:step transaction
/// ALTER TABLE users ADD COLUMN nickname text;
/// ```
///
/// Each step starts with a `-- schemagen:step transaction` or `-- schemagen:step
/// no-transaction` line; each statement's hazards are written above it as `-- hazard <kind>:
/// <detail>` lines (read back, so that `migrate` can refuse them); a down file lists what it cannot restore as
/// `-- schemagen:irreversible <reason>` lines.
public struct Migration: Hashable, Sendable {
    public var version: Int
    public var name: String
    public var steps: [MigrationStep]
    /// For a down migration: what applying it cannot bring back.
    public var irreversible: [String]

    public init(version: Int, name: String, steps: [MigrationStep], irreversible: [String] = []) {
        self.version = version
        self.name = name
        self.steps = steps
        self.irreversible = irreversible
    }

    /// `0002_add_users_nickname`
    public var identifier: String {
        let number = String(version)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "_" + name
    }

    public var upFileName: String { identifier + ".sql" }
    public var downFileName: String { identifier + ".down.sql" }

    static let stepMarker = "-- schemagen:step "
    static let irreversibleMarker = "-- schemagen:irreversible "

    /// The file's text. `schema` and `reverting` only shape the header.
    public func render(schema: String, reverting: Bool = false) -> String {
        var lines = [
            reverting
                ? "-- Reverts migration \(identifier) of schema \(schema), written by schemagen."
                : "-- Migration \(identifier) of schema \(schema), written by schemagen.",
            "-- Frozen once written: its checksum is recorded in \(MigrationDirectory.sumFileName).",
        ]
        lines += irreversible.map { Self.irreversibleMarker + CommentText.escape($0) }
        return lines.joined(separator: "\n") + "\n" + MigrationPlan(steps: steps).sql
    }

    /// Reads a migration file back into steps: what `migrate` runs.
    public static func parse(_ text: String, fileName: String) throws -> Migration {
        let base = fileName.hasSuffix(".down.sql") ? String(fileName.dropLast(9)) : String(fileName.dropLast(4))
        guard let underscore = base.firstIndex(of: "_"), let version = Int(base[..<underscore]) else {
            throw MigrationFileError(fileName: fileName, problem: "the name must be NNNN_name.sql")
        }
        var steps: [MigrationStep] = []
        var irreversible: [String] = []
        var pending: [String] = []
        var hazards: [Hazard] = []
        var scanner = SQLScanner()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            // Markers count only between statements: inside one they are text of the statement.
            if pending.isEmpty {
                if line.hasPrefix(stepMarker) {
                    let kind = line.dropFirst(stepMarker.count)
                    guard kind == "transaction" || kind == "no-transaction" else {
                        throw MigrationFileError(fileName: fileName, problem: "unknown step kind '\(kind)'")
                    }
                    steps.append(MigrationStep(transactional: kind == "transaction"))
                    continue
                }
                if line.hasPrefix(irreversibleMarker) {
                    irreversible.append(CommentText.unescape(String(line.dropFirst(irreversibleMarker.count))))
                    continue
                }
            }
            guard let last = steps.indices.last else { continue }
            if pending.isEmpty, let hazard = Hazard(comment: line) {
                hazards.append(hazard)
            } else if pending.isEmpty, line.hasPrefix("-- ") {
                if steps[last].statements.isEmpty, steps[last].note == nil, hazards.isEmpty { steps[last].note = CommentText.unescape(String(line.dropFirst(3))) }
            } else if !(pending.isEmpty && line.trimmingWhitespace.isEmpty) {
                var rest = line[...]
                var consumed = 0
                for end in scanner.feed(line) {
                    let piece = rest.prefix(end - consumed)
                    rest = rest.dropFirst(end - consumed)
                    consumed = end
                    steps[last].append((pending + [String(piece)]).joined(separator: "\n").trimmingWhitespace, hazards: hazards)
                    pending = []
                    hazards = []
                }
                if !(pending.isEmpty && rest.allSatisfy(\.isWhitespace)) { pending.append(String(rest)) }
            }
        }
        guard pending.isEmpty, !scanner.isInsideToken else {
            throw MigrationFileError(fileName: fileName, problem: scanner.isInsideToken
                ? "a string, quoted name or comment is not closed at the end of the file"
                : "the last statement does not end with ';'")
        }
        return Migration(version: version, name: String(base[base.index(after: underscore)...]), steps: steps, irreversible: irreversible)
    }
}

/// A migration file that cannot be read.
public struct MigrationFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var fileName: String
    public var problem: String

    public var description: String { "\(fileName): \(problem)" }
}
