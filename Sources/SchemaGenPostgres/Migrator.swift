import Foundation
import PostgresNIO
import SchemaGen

/// Applies one schema's migration files to a live database and records them in
/// `schemagen.migrations` (name, checksum, applied at, duration, steps done).
///
/// - A migration of one step runs in one transaction with its tracking row, so a failed
///   statement leaves nothing behind. A migration of several steps (new enum values, a
///   `no-transaction` step for `CREATE INDEX CONCURRENTLY`, an online plan's validation) runs
///   step by step instead, each step committed on its own and recorded: if it stops half-way,
///   the next run reports it as interrupted and `migrate --resume` continues from the step
///   that failed.
/// - A batched backfill step (`MigrationStep.Batch`) commits batch by batch, each with the last
///   key done (`batch_position`), so `--resume` continues after the last batch committed.
/// - ``resolve(version:as:reason:progress:)`` records a repair made by hand, with its reason, in
///   ``resolutionTable``; ``reset(force:progress:)`` empties a development database and migrates it again.
/// - Runs take turns through an advisory lock (`MigrationLock`), so concurrent deploys apply
///   each migration exactly once.
/// - It refuses to run when an applied file changed, when the files are out of order with the
///   database, or when the database is ahead of the files.
///
/// ```swift
/// let migrator = Migrator(database: database, schema: "billing", directory: try MigrationDirectory(reading: folder))
/// let applied = try await migrator.migrate { print($0) }
/// ```
public struct Migrator: Sendable {
    public static let trackingTable = "schemagen.migrations"
    public static let resolutionTable = "schemagen.migration_resolutions"
    public static let seedTable = "schemagen.seeds"

    public let database: LiveDatabase
    public let schema: String
    public let directory: MigrationDirectory
    public var lockTimeout: Duration

    public init(database: LiveDatabase, schema: String, directory: MigrationDirectory, lockTimeout: Duration = .seconds(60)) {
        self.database = database
        self.schema = schema
        self.directory = directory
        self.lockTimeout = lockTimeout
    }

    /// The files against what the database recorded; reads only.
    public func history() async throws -> MigrationHistory {
        let files: [MigrationFile]
        do {
            files = try directory.migrationFiles()
        } catch {
            throw DatabaseError(message: "\(error)", context: "reading the migration files")
        }
        guard try await database.hasTable(Self.trackingTable) else {
            return MigrationHistory(files: files, applied: [], integrity: directory.integrityProblems(of: schema))
        }
        // Columns and tables added by later versions are read through to_jsonb and to_regclass,
        // so that a history written by an older version reads too.
        let rows = try await database.rows("""
            SELECT version::text, name, checksum, date_trunc('second', applied_at)::text, duration_ms::text, steps_done::text, steps_total::text,
                   to_jsonb(m) ->> 'reverted_steps', to_jsonb(m) ->> 'batch_position'
            FROM schemagen.migrations m WHERE schema_name = \(schema) ORDER BY version
            """, context: "reading the migration history")
        let applied = rows.map { row in
            AppliedMigration(
                version: Int(row[0] ?? "") ?? 0, name: row[1] ?? "", checksum: row[2] ?? "", appliedAt: row[3] ?? "",
                durationMilliseconds: row[4].flatMap { Int($0) }, stepsDone: Int(row[5] ?? "") ?? 0, stepsTotal: Int(row[6] ?? "") ?? 0,
                revertedSteps: row[7].flatMap { Int($0) }, batchPosition: row[8].flatMap { Int($0) })
        }
        var resolutions: [MigrationResolution] = []
        if try await database.hasTable(Self.resolutionTable) {
            resolutions = try await database.rows("""
                SELECT version::text, name, outcome, reason, resolved_by, date_trunc('second', resolved_at)::text
                FROM schemagen.migration_resolutions WHERE schema_name = \(schema) ORDER BY resolved_at, version
                """, context: "reading the migration resolutions").map { row in
                MigrationResolution(
                    version: Int(row[0] ?? "") ?? 0, name: row[1] ?? "", outcome: MigrationResolution.Outcome(rawValue: row[2] ?? "") ?? .applied,
                    reason: row[3] ?? "", resolvedBy: row[4] ?? "", resolvedAt: row[5] ?? "")
            }
        }
        return MigrationHistory(files: files, applied: applied, integrity: directory.integrityProblems(of: schema), resolutions: resolutions)
    }

    /// Applies every pending migration in order; returns those applied. `resume` continues an
    /// interrupted migration from its first unfinished step. A pending migration with a hazard
    /// `policy` forbids (as its file records them) is refused before anything runs.
    public func migrate(resume: Bool = false, policy: HazardPolicy = HazardPolicy(), progress: (String) -> Void) async throws -> [MigrationFile] {
        try await locked(progress: progress) { history in
            let violations = history.pending.flatMap { file in policy.violations(in: file.migration.steps).map { "\(file.fileName): \($0)" } }
            guard violations.isEmpty else {
                throw DatabaseError(
                    message: violations.joined(separator: "\n  "),
                    hint: "allow the kinds in MigrationSettings(forbidding:) or pass --allow-hazard <kind>",
                    context: "refusing to migrate \(schema)")
            }
            if let reverting = history.reverting {
                throw DatabaseError(
                    message: "the revert of \(reverting.identifier) stopped after step \(reverting.revertedSteps ?? 0) of its down file",
                    hint: "run `schemagen down` to finish reverting it, then migrate",
                    context: "migration \(reverting.identifier) of \(schema) is half reverted")
            }
            var applied: [MigrationFile] = []
            if let interrupted = history.interrupted {
                guard resume, let file = history.files.first(where: { $0.version == interrupted.version }) else {
                    throw DatabaseError(
                        message: try await interruptionReport(interrupted, files: history.files),
                        hint: "repair what the report names, then run `schemagen migrate --resume` to continue from step \(interrupted.stepsDone + 1)",
                        context: "migration \(interrupted.identifier) of \(schema) did not finish")
                }
                progress("Resuming \(file.fileName) at step \(interrupted.stepsDone + 1) of \(interrupted.stepsTotal)"
                    + (interrupted.batchPosition.map { ", after key \($0) of its batches" } ?? ""))
                try await run(file, from: interrupted.stepsDone, resuming: true, batchPosition: interrupted.batchPosition, progress: progress)
                applied.append(file)
            }
            for file in history.pending {
                progress("Applying \(file.fileName)")
                try await run(file, from: 0, progress: progress)
                applied.append(file)
            }
            return applied
        }
    }

    /// Records the migrations up to `version` as applied without running them: for a database
    /// that already has that schema (adopted with `pull`). Only on a database with no history.
    public func baseline(upTo version: Int, progress: (String) -> Void) async throws -> [MigrationFile] {
        try await locked(progress: progress) { history in
            guard history.applied.isEmpty else {
                throw DatabaseError(message: "\(schema) already has applied migrations; a baseline only starts a history", context: "refusing to baseline")
            }
            let files = history.files.filter { $0.version <= version }
            guard files.last?.version == version else {
                throw DatabaseError(message: "there is no migration \(version)", context: "refusing to baseline")
            }
            for file in files {
                let steps = file.migration.steps.filter { !$0.statements.isEmpty }.count
                try await database.execute(insert(file, stepsDone: steps, stepsTotal: steps), context: "recording \(file.fileName) as applied")
                progress("Recorded \(file.fileName) as applied (not run)")
            }
            return files
        }
    }

    /// Records what a person found after repairing migration `version` by hand, with the
    /// reason, in ``resolutionTable``:
    /// - `.applied`: its changes are in the database. A migration that stopped part-way is
    ///   recorded as finished; the next pending one is recorded as applied without running.
    /// - `.rolledBack`: its changes are not in the database. A migration that stopped part-way
    ///   (or whose revert stopped), or the last one applied, is pending again.
    /// Anything else is refused: the history would then say what is not true.
    public func resolve(
        version: Int, as outcome: MigrationResolution.Outcome, reason: String, progress: (String) -> Void
    ) async throws -> MigrationFile {
        try await locked(progress: progress) { history in
            let refuse = { (message: String) in DatabaseError(message: message, context: "refusing to resolve \(schema) version \(version)") }
            guard let file = history.files.first(where: { $0.version == version }) else { throw refuse("there is no migration \(version) in the files") }
            let row = history.applied.first { $0.version == version }
            let stopped = row.map { !$0.isComplete || $0.revertedSteps != nil } ?? false
            let key = key(of: file)
            let change: String
            switch outcome {
            case .applied:
                if let row, !stopped {
                    throw refuse("\(row.identifier) is already recorded as applied")
                } else if row != nil {
                    change = "UPDATE schemagen.migrations SET steps_done = steps_total, reverted_steps = NULL, batch_position = NULL, applied_at = now() WHERE \(key)"
                } else if history.interrupted == nil, history.reverting == nil, history.pending.first?.version == version {
                    let steps = file.migration.steps.filter { !$0.statements.isEmpty }.count
                    change = insert(file, stepsDone: steps, stepsTotal: steps)
                } else {
                    throw refuse("\(file.identifier) is not the next migration to apply: resolve the migrations before it first")
                }
            case .rolledBack:
                guard row != nil, stopped || history.last?.applied.version == version else {
                    throw refuse(row == nil ? "\(file.identifier) is not applied" : "\(file.identifier) is not the last migration applied: roll back the later ones first")
                }
                change = "DELETE FROM schemagen.migrations WHERE \(key)"
            }
            try await database.transaction {
                try await database.execute(change, context: "recording the resolution of \(file.fileName)")
                try await database.execute(
                    "INSERT INTO schemagen.migration_resolutions (schema_name, version, name, outcome, reason) VALUES ("
                        + "\(SQLLiteral.quote(schema)), \(version), \(SQLLiteral.quote(file.migration.name)), "
                        + "\(SQLLiteral.quote(outcome.rawValue)), \(SQLLiteral.quote(reason)))",
                    context: "recording the resolution of \(file.fileName)")
            }
            return file
        }
    }

    /// Reverts the last migration applied, when its down file restores everything (or
    /// `allowIrreversible` accepts what it cannot). Returns the migration reverted.
    public func down(allowIrreversible: Bool, progress: (String) -> Void) async throws -> MigrationFile? {
        try await locked(progress: progress) { history in
            if let interrupted = history.interrupted {
                throw DatabaseError(
                    message: try await interruptionReport(interrupted, files: history.files),
                    hint: "finish it with `schemagen migrate --resume` before reverting",
                    context: "migration \(interrupted.identifier) of \(schema) did not finish")
            }
            if let reverting = history.reverting {
                guard let file = history.files.first(where: { $0.version == reverting.version }), let reverse = file.down else {
                    throw DatabaseError(message: "\(reverting.identifier) has no .down.sql file", context: "cannot finish reverting \(schema)")
                }
                let first = reverting.revertedSteps ?? 0
                progress("Finishing the revert of \(file.fileName): \(reverse.downFileName) from step \(first + 1)")
                try await revert(file, with: reverse, from: first, batchPosition: reverting.batchPosition, progress: progress)
                return file
            }
            guard let (_, last) = history.last else { return nil }
            guard let file = last, let reverse = file.down else {
                throw DatabaseError(message: "\(history.last!.applied.identifier) has no .down.sql file", context: "cannot revert \(schema)")
            }
            if !reverse.irreversible.isEmpty, !allowIrreversible {
                throw DatabaseError(
                    message: "\(reverse.downFileName) cannot restore everything:\n" + reverse.irreversible.map { "    - \($0)" }.joined(separator: "\n"),
                    hint: "pass --allow-irreversible to revert anyway",
                    context: "refusing to revert \(file.identifier) of \(schema)")
            }
            progress("Reverting \(file.fileName) with \(reverse.downFileName)")
            try await revert(file, with: reverse, from: 0, progress: progress)
            return file
        }
    }

    /// Runs the down file from step `first`. A down file of several steps records each finished
    /// step in `reverted_steps`, so that a stopped revert shows in `status` and a rerun of `down`
    /// continues it; the last step deletes the tracking row.
    private func revert(
        _ file: MigrationFile, with reverse: Migration, from first: Int, batchPosition: Int? = nil, progress: (String) -> Void
    ) async throws {
        let key = key(of: file)
        let split = Self.runsStepByStep(reverse.steps.filter { !$0.statements.isEmpty })
        try await runSteps(reverse.steps, fileName: reverse.downFileName, from: first, batchPosition: batchPosition, action: "down", record: .init(
            key: key,
            start: split && first == 0 ? "UPDATE schemagen.migrations SET reverted_steps = 0 WHERE \(key)" : nil,
            step: split ? { "UPDATE schemagen.migrations SET reverted_steps = \($0), batch_position = NULL WHERE \(key)" } : nil,
            finish: { "DELETE FROM schemagen.migrations WHERE \(key)" }), progress: progress)
    }

    /// The SQL condition that finds `file`'s row in the tracking table.
    private func key(of file: MigrationFile) -> String {
        "schema_name = \(SQLLiteral.quote(schema)) AND version = \(file.version)"
    }

    /// The migrations `migrate` would apply, in order, after the same refusals; changes nothing.
    public func plan() async throws -> [MigrationFile] {
        let history = try await history()
        try Self.refuseUnsafe(history)
        return history.pending
    }

    static let trackingTableDDL = """
        DO $$ BEGIN
            CREATE SCHEMA IF NOT EXISTS schemagen;
            CREATE TABLE IF NOT EXISTS schemagen.migrations (
                schema_name text NOT NULL,
                version     integer NOT NULL,
                name        text NOT NULL,
                checksum    text NOT NULL,
                applied_at  timestamp with time zone DEFAULT now() NOT NULL,
                duration_ms bigint,
                steps_done  integer NOT NULL,
                steps_total integer NOT NULL,
                PRIMARY KEY (schema_name, version)
            );
            -- The steps of a down file done while a revert is under way.
            ALTER TABLE schemagen.migrations ADD COLUMN IF NOT EXISTS reverted_steps integer;
            -- The last key a batched step committed, while it is under way.
            ALTER TABLE schemagen.migrations ADD COLUMN IF NOT EXISTS batch_position bigint;
            -- What people recorded with `schemagen resolve`.
            CREATE TABLE IF NOT EXISTS schemagen.migration_resolutions (
                schema_name text NOT NULL,
                version     integer NOT NULL,
                name        text NOT NULL,
                outcome     text NOT NULL CHECK (outcome IN ('applied', 'rolled-back')),
                reason      text NOT NULL,
                resolved_by text DEFAULT current_user NOT NULL,
                resolved_at timestamp with time zone DEFAULT now() NOT NULL
            );
            -- The seeds run, each with the checksum of what ran.
            CREATE TABLE IF NOT EXISTS schemagen.seeds (
                schema_name text NOT NULL,
                name        text NOT NULL,
                checksum    text NOT NULL,
                applied_at  timestamp with time zone DEFAULT now() NOT NULL,
                PRIMARY KEY (schema_name, name)
            );
        END $$
        """

    private static func refuseUnsafe(_ history: MigrationHistory) throws {
        let problems = history.problems
        guard problems.isEmpty else {
            throw DatabaseError(
                message: problems.map { "- \($0)" }.joined(separator: "\n  "),
                hint: "restore the migration files this database was migrated with; applied migrations are frozen",
                context: "refusing to migrate")
        }
    }

    /// Runs `body` holding the migration lock, with the tracking table in place and the history
    /// read and found safe.
    func locked<T>(progress: (String) -> Void, _ body: (MigrationHistory) async throws -> T) async throws -> T {
        // If this process dies mid-statement, the server notices within a second and rolls back,
        // instead of holding its locks until the statement ends (PostgreSQL 14+, Linux).
        try? await database.execute("SET client_connection_check_interval = 1000")
        let lock = MigrationLock(database: database)
        try await lock.acquire(timeout: lockTimeout, waiting: progress)
        do {
            try await database.execute(Self.trackingTableDDL, context: "creating \(Self.trackingTable)")
            let history = try await history()
            try Self.refuseUnsafe(history)
            let result = try await body(history)
            await lock.release()
            return result
        } catch {
            await lock.release()
            throw error
        }
    }

    /// What to write in the tracking table around the steps.
    private struct Record {
        /// The condition that finds the row.
        var key: String
        /// Before the first step, in its own transaction (split migrations only).
        var start: String?
        /// After step n (split migrations only).
        var step: ((Int) -> String)?
        /// With the last step, in the same transaction.
        var finish: () -> String
    }

    /// Runs `file` from step `first`; `resuming` continues a run whose row is recorded.
    private func run(_ file: MigrationFile, from first: Int, resuming: Bool = false, batchPosition: Int? = nil, progress: (String) -> Void) async throws {
        let steps = file.migration.steps.filter { !$0.statements.isEmpty }
        let key = key(of: file)
        let started = ContinuousClock.now
        let split = Self.runsStepByStep(steps)
        let record = Record(
            key: key,
            start: split && !resuming ? insert(file, stepsDone: 0, stepsTotal: steps.count) : nil,
            step: split ? { "UPDATE schemagen.migrations SET steps_done = \($0), batch_position = NULL WHERE \(key)" } : nil,
            finish: { split
                ? "UPDATE schemagen.migrations SET steps_done = steps_total, batch_position = NULL, applied_at = now(), "
                    + "duration_ms = \(Self.milliseconds(since: started)) WHERE \(key)"
                : insert(file, stepsDone: steps.count, stepsTotal: steps.count, duration: Self.milliseconds(since: started)) })
        try await runSteps(file.migration.steps, fileName: file.fileName, from: first, batchPosition: batchPosition,
                           action: "migrate --resume", record: record, progress: progress)
    }

    /// The tracking row of `file`.
    private func insert(_ file: MigrationFile, stepsDone: Int, stepsTotal: Int, duration: String = "NULL") -> String {
        "INSERT INTO schemagen.migrations (schema_name, version, name, checksum, duration_ms, steps_done, steps_total) VALUES ("
            + "\(SQLLiteral.quote(schema)), \(file.version), \(SQLLiteral.quote(file.migration.name)), \(SQLLiteral.quote(file.checksum)), "
            + "\(duration), \(stepsDone), \(stepsTotal))"
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        return String(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Runs `steps` from index `first`: in one transaction with `record.finish` when there is
    /// one transactional step, else step by step, recording each finished step when asked to.
    /// `action` is the command that continues a stopped run.
    private func runSteps(
        _ allSteps: [MigrationStep], fileName: String, from first: Int, batchPosition: Int?, action: String, record: Record, progress: (String) -> Void
    ) async throws {
        let steps = allSteps.filter { !$0.statements.isEmpty }
        guard Self.runsStepByStep(steps) else {
            // At most one step, transactional.
            try await database.transaction {
                for step in steps { try await database.execute(step, context: "\(fileName), step 1") }
                try await database.execute(record.finish(), context: "recording \(fileName) in \(Self.trackingTable)")
            }
            return
        }
        if let start = record.start { try await database.execute(start, context: "recording the start of \(fileName)") }
        for number in steps.indices where number >= first {
            let step = steps[number]
            let recording: (() -> String)? = number == steps.count - 1 ? record.finish : record.step.map { step in { step(number + 1) } }
            let context = "\(fileName), step \(number + 1)"
            func body() async throws {
                if let batch = step.batch {
                    try await database.runBatches(of: step.statements[0], over: batch, after: number == first ? batchPosition : nil,
                                                  context: context, checkpoint: { "UPDATE schemagen.migrations SET batch_position = \($0) WHERE \(record.key)" },
                                                  progress: progress)
                } else {
                    try await database.execute(step, context: context)
                }
                if let recording { try await database.execute(recording(), context: "recording step \(number + 1) of \(fileName)") }
            }
            do {
                if step.transactional { try await database.transaction(body) } else { try await body() }
            } catch var error as DatabaseError {
                let done = number == 0 ? "no step finished" : "steps 1-\(number) of \(steps.count) are applied and recorded"
                error.hint = [error.hint, "\(fileName) runs step by step, each step committed on its own: \(done); "
                    + "repair the cause, then run `schemagen \(action)` to continue from step \(number + 1)"]
                    .compactMap { $0 }.joined(separator: "\n  ")
                throw error
            }
        }
    }

    /// A migration of one transactional step runs in one transaction with its tracking row;
    /// one of several steps commits each step on its own (an enum value must be committed before
    /// use, a constraint validated after the transaction that added it), recording each.
    private static func runsStepByStep(_ steps: [MigrationStep]) -> Bool {
        steps.count > 1 || steps.contains { !$0.transactional }
    }

    /// Which step stopped, and indexes a stopped concurrent build left INVALID.
    private func interruptionReport(_ row: AppliedMigration, files: [MigrationFile]) async throws -> String {
        var lines = ["stopped after step \(row.stepsDone) of \(row.stepsTotal) (started \(row.appliedAt))"]
        if let file = files.first(where: { $0.version == row.version }) {
            let steps = file.migration.steps.filter { !$0.statements.isEmpty }
            if row.stepsDone < steps.count {
                let step = steps[row.stepsDone]
                lines.append("step \(row.stepsDone + 1) (\(step.transactional ? "transaction" : "no-transaction")): \(SQLExcerpt.of(step.statements[0]))")
            }
        }
        let invalid = try await database.rows(PostgresQuery(unsafeSQL: """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid ORDER BY 1
            """), context: "looking for invalid indexes")
        for row in invalid {
            lines.append("index \(row[0] ?? "?") is INVALID (a concurrent build stopped): drop it with DROP INDEX CONCURRENTLY before resuming")
        }
        return lines.joined(separator: "\n  ")
    }
}
