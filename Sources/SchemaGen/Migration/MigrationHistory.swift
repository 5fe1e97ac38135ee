/// What a database has applied of one schema's migrations, as recorded in its tracking table,
/// set against the migration files: what is pending, and what stops `migrate` from running.
///
/// ```swift
/// let history = MigrationHistory(files: try directory.migrationFiles(), applied: rows, integrity: directory.integrityProblems(of: "billing"))
/// history.pending      // files to apply, in order
/// history.problems     // ["0002_add_nickname.sql was changed after it was applied ..."]
/// ```
public struct MigrationHistory: Sendable {
    public var files: [MigrationFile]
    public var applied: [AppliedMigration]
    /// Problems of the folder itself (``MigrationDirectory/integrityProblems(of:)``).
    public var integrity: [String]
    /// What people recorded with `schemagen resolve`, oldest first.
    public var resolutions: [MigrationResolution]

    public init(files: [MigrationFile], applied: [AppliedMigration], integrity: [String] = [], resolutions: [MigrationResolution] = []) {
        self.files = files
        self.applied = applied.sorted { $0.version < $1.version }
        self.integrity = integrity
        self.resolutions = resolutions
    }

    /// Files not recorded as applied, in version order.
    public var pending: [MigrationFile] {
        let versions = Set(applied.map(\.version))
        return files.filter { !versions.contains($0.version) }
    }

    /// A migration that started but did not finish: a step outside a transaction failed, or
    /// the process was stopped between steps.
    public var interrupted: AppliedMigration? {
        applied.first { !$0.isComplete }
    }

    /// A migration whose revert (`down`) started but did not finish: the process stopped
    /// between the steps of its down file. A rerun of `down` finishes it.
    public var reverting: AppliedMigration? {
        applied.first { $0.revertedSteps != nil }
    }

    /// The last migration applied completely: what `down` reverts.
    public var last: (applied: AppliedMigration, file: MigrationFile?)? {
        guard let row = applied.last(where: \.isComplete) else { return nil }
        return (row, files.first { $0.version == row.version })
    }

    /// Why running migrations would be unsafe; empty when it is safe.
    public var problems: [String] {
        var problems = integrity
        let byVersion = Dictionary(files.map { ($0.version, $0) }, uniquingKeysWith: { first, _ in first })
        for row in applied {
            guard let file = byVersion[row.version] else {
                problems.append("the database is ahead of the files: \(row.identifier) is applied, but there is no \(row.identifier).sql")
                continue
            }
            if file.migration.name != row.name {
                problems.append("version \(row.version) was applied as \(row.identifier), but the file is \(file.fileName)")
            } else if file.checksum != row.checksum {
                problems.append("\(file.fileName) was changed after it was applied to this database (its checksum no longer matches the one recorded)")
            }
        }
        if let latest = applied.last {
            for file in pending where file.version < latest.version {
                problems.append("the files are out of order with the database: \(file.fileName) is not applied, but the later \(latest.identifier) is")
            }
        }
        return problems
    }
}

/// One row of the tracking table `schemagen.migrations`.
public struct AppliedMigration: Hashable, Sendable, Codable {
    public var version: Int
    public var name: String
    public var checksum: String
    /// When it was applied, as PostgreSQL printed it.
    public var appliedAt: String
    public var durationMilliseconds: Int?
    public var stepsDone: Int
    public var stepsTotal: Int
    /// The steps of its down file applied so far, while a revert is under way; nil otherwise.
    public var revertedSteps: Int?
    /// The last key a batched step committed, while that step is under way; nil otherwise.
    public var batchPosition: Int?

    public init(
        version: Int, name: String, checksum: String, appliedAt: String, durationMilliseconds: Int?,
        stepsDone: Int, stepsTotal: Int, revertedSteps: Int? = nil, batchPosition: Int? = nil
    ) {
        self.version = version
        self.name = name
        self.checksum = checksum
        self.appliedAt = appliedAt
        self.durationMilliseconds = durationMilliseconds
        self.stepsDone = stepsDone
        self.stepsTotal = stepsTotal
        self.revertedSteps = revertedSteps
        self.batchPosition = batchPosition
    }

    public var isComplete: Bool { stepsDone >= stepsTotal }

    public var identifier: String {
        Migration(version: version, name: name, steps: []).identifier
    }
}
