import Foundation
import PostgresNIO

/// The session-level advisory lock that makes concurrent `migrate` runs on one database take
/// turns: whoever holds it migrates, the others wait up to a timeout, then give up naming the
/// holder. PostgreSQL releases it when the holder's connection ends, so a killed process never
/// leaves it behind.
struct MigrationLock {
    /// `pg_try_advisory_lock(21315, 1212630350)`: "SC" and "HGEN" in ASCII.
    static let classID = 21315
    static let objectID = 1_212_630_350
    static let arguments = "\(classID), \(objectID)"

    let database: LiveDatabase

    /// Takes the lock, polling until `timeout`; reports once who holds it while waiting.
    func acquire(timeout: Duration, waiting: (String) -> Void) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var reported = false
        while true {
            let taken = try await database.value(
                PostgresQuery(unsafeSQL: "SELECT pg_try_advisory_lock(\(Self.arguments))::text"), context: "taking the migration lock")
            if taken == "true" { return }
            let holder = try await self.holder()
            if clock.now >= deadline {
                throw DatabaseError(
                    message: "another migration holds the lock: \(holder)",
                    hint: "wait for it to finish, or raise --lock-timeout (it was \(timeout))",
                    context: "timed out waiting for the migration lock of \(database.url)")
            }
            if !reported {
                waiting("Waiting for the migration lock, held by \(holder)...")
                reported = true
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    func release() async {
        _ = try? await database.value(PostgresQuery(unsafeSQL: "SELECT pg_advisory_unlock(\(Self.arguments))::text"))
    }

    /// `process 4711 (schemagen migrate on deploy-2), connected from 10.0.0.5 since 2026-11-23 10:00:00+00`
    private func holder() async throws -> String {
        let rows = try await database.rows(PostgresQuery(unsafeSQL: """
            SELECT a.pid::text, nullif(a.application_name, ''), host(a.client_addr), date_trunc('second', a.backend_start)::text
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = \(Self.classID) AND l.objid = \(Self.objectID) AND l.objsubid = 2
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """), context: "finding who holds the migration lock")
        guard let row = rows.first else { return "a session that just released it" }
        var text = "process \(row[0] ?? "?")"
        if let name = row[1] { text += " (\(name))" }
        if let address = row[2] { text += ", connected from \(address)" }
        if let start = row[3] { text += " since \(start)" }
        return text
    }
}
