import PostgresNIO
import SchemaGen

extension LiveDatabase {
    /// Runs a batched step's statement (`MigrationStep.Batch`) once per range of `batch.size`
    /// keys, binding the range's first and last key as `$1` and `$2`, from the smallest key (or
    /// the one after `position`, where a stopped run got to) to the largest. Each range runs in a
    /// transaction of its own with `checkpoint(last key)`: a run killed at any point resumes with
    /// the first range not committed, and none runs twice. Reports its progress at most once a
    /// second.
    public func runBatches(
        of statement: String, over batch: MigrationStep.Batch, after position: Int?, context: String,
        checkpoint: ((Int) -> String)? = nil, progress: (String) -> Void = { _ in }
    ) async throws {
        let keyName = "\(batch.table).\(batch.column)"
        let bounds = try await rows(
            PostgresQuery(unsafeSQL: "SELECT min(\(batch.column))::text, max(\(batch.column))::text FROM \(batch.table)"),
            context: "\(context): reading the range of \(keyName)")
        guard let low = bounds.first?[0], let high = bounds.first?[1] else {
            progress("  \(context): \(batch.table) has no rows; nothing to do")
            return
        }
        guard let first = Int(low), let last = Int(high) else {
            throw DatabaseError(message: "\(keyName) runs from \(low) to \(high): a batched step needs an integer key", context: context)
        }
        let clock = ContinuousClock()
        let began = clock.now
        var reported = began
        var (start, written, batches) = (first, 0, 0)
        if let position {
            guard position < last else { return }
            start = max(first, position + 1)
        }
        let total = (last - first) / batch.size + 1
        while start <= last {
            let (sum, overflow) = start.addingReportingOverflow(batch.size - 1)
            let end = overflow ? last : min(last, sum)
            var binds = PostgresBindings()
            binds.append(start)
            binds.append(end)
            try await transaction {
                written += try await affectedRows(PostgresQuery(unsafeSQL: statement, binds: binds), context: "\(context), keys \(start)-\(end)") ?? 0
                if let checkpoint { try await execute(checkpoint(end), context: "\(context): recording keys up to \(end)") }
            }
            batches += 1
            let done = (end - first) / batch.size + 1
            if clock.now - reported >= .seconds(1) || end == last {
                reported = clock.now
                let elapsed = clock.now - began
                let left = elapsed * Double(total - done) / Double(batches)
                progress("  \(context): batch \(done) of \(total) (\(done * 100 / total)%), \(keyName) up to \(end) of \(last), "
                    + "\(written) rows in \(Self.seconds(elapsed))" + (end == last ? "" : ", about \(Self.seconds(left)) left"))
            }
            if end == last { break }
            start = end + 1
        }
    }

    /// `12.3 s`
    private static func seconds(_ duration: Duration) -> String {
        let tenths = duration.components.seconds * 10 + duration.components.attoseconds / 100_000_000_000_000_000
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
