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
/// no-transaction` line (and, for a batched backfill, a ``MigrationStep/Batch`` line); each statement's hazards are written above it as `-- hazard <kind>:
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

    /// The file's text. `schema`, `reverting` and `handWritten` only shape the header; a
    /// hand-written migration's header says how to write and sign it:
    ///
    /// ```sql
    /// -- Migration 0002_backfill_names of schema shop, started by `schemagen generate --custom`.
    /// -- Write its SQL in steps below, then sign it with `schemagen hash shop`. A large backfill runs
    /// -- in batches, each committed on its own, resumable and with its progress shown:
    /// --   -- schemagen:step no-transaction
    /// --   -- schemagen:batch users.id 10000
    /// --   UPDATE users SET name_lower = lower(name) WHERE id BETWEEN $1 AND $2;
    /// ```
    public func render(schema: String, reverting: Bool = false, handWritten: Bool = false) -> String {
        let what = reverting ? "Reverts migration" : "Migration"
        var lines = handWritten
            ? ["-- \(what) \(identifier) of schema \(schema), started by `schemagen generate --custom`."]
                + (reverting
                    ? ["-- Write the SQL that undoes it below, then sign it with `schemagen hash \(schema)`."]
                    : [
                        "-- Write its SQL in steps below, then sign it with `schemagen hash \(schema)`. A large backfill runs",
                        "-- in batches, each committed on its own, resumable and with its progress shown:",
                        "--   \(Self.stepMarker)no-transaction",
                        "--   \(MigrationStep.Batch.marker)users.id 10000",
                        "--   UPDATE users SET name_lower = lower(name) WHERE id BETWEEN $1 AND $2;",
                    ])
            : [
                "-- \(what) \(identifier) of schema \(schema), written by schemagen.",
                "-- Frozen once written: its checksum is recorded in \(MigrationDirectory.sumFileName).",
            ]
        lines += irreversible.map { Self.irreversibleMarker + CommentText.escape($0) }
        return lines.joined(separator: "\n") + "\n" + MigrationPlan(steps: steps).sql
    }

    /// Reads a migration file back into steps: what `migrate` runs.
    /// The identifier (`0003_add_users`), version (3) and name (`add_users`) of the migration
    /// a file (`0003_add_users.sql` or `0003_add_users.down.sql`) belongs to; nil when the file
    /// is not named `NNNN_name.sql`.
    static func fileNameParts(_ fileName: String) -> (identifier: String, version: Int, name: String)? {
        let identifier = fileName.hasSuffix(".down.sql") ? String(fileName.dropLast(9)) : String(fileName.dropLast(4))
        guard let underscore = identifier.firstIndex(of: "_"), let version = Int(identifier[..<underscore]) else { return nil }
        return (identifier, version, String(identifier[identifier.index(after: underscore)...]))
    }

    public static func parse(_ text: String, fileName: String) throws -> Migration {
        guard let (_, version, name) = fileNameParts(fileName) else {
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
                if line.hasPrefix(MigrationStep.Batch.marker), let last = steps.indices.last {
                    guard steps[last].statements.isEmpty, steps[last].batch == nil,
                          let batch = MigrationStep.Batch(marker: line) else {
                        throw MigrationFileError(fileName: fileName, problem: "'\(line)' must come first in its step, as `\(MigrationStep.Batch.marker)<table>.<integer column> <batch size>`")
                    }
                    steps[last].batch = batch
                    continue
                }
                if line.hasPrefix(irreversibleMarker) {
                    irreversible.append(CommentText.unescape(String(line.dropFirst(irreversibleMarker.count))))
                    continue
                }
            }
            guard let last = steps.indices.last else {
                // Only the header's comments come before the first step.
                if !line.trimmingWhitespace.isEmpty, !line.hasPrefix("--") {
                    throw MigrationFileError(fileName: fileName, problem: "SQL before the first `\(stepMarker)` line: start its step with `\(stepMarker)transaction`")
                }
                continue
            }
            if pending.isEmpty, line.hasPrefix(Hazard.marker) {
                // A hand-written hazard with a mistyped kind must not pass the hazard policy unseen.
                guard let hazard = Hazard(comment: line) else {
                    throw MigrationFileError(fileName: fileName, problem: "'\(line)' is not `\(Hazard.marker)<kind>: <detail>` with a kind of "
                        + HazardKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
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
        for (number, step) in steps.enumerated() where step.batch != nil && (step.transactional || step.statements.count != 1) {
            throw MigrationFileError(fileName: fileName, problem: "step \(number + 1) is batched: it must be a no-transaction step of one statement, "
                + "which reads the batch's first and last key as $1 and $2")
        }
        return Migration(version: version, name: name, steps: steps, irreversible: irreversible)
    }
}

/// A migration file that cannot be read.
public struct MigrationFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var fileName: String
    public var problem: String

    public var description: String { "\(fileName): \(problem)" }
}
