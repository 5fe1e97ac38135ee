import Logging
import NIOCore
import PostgresNIO
@testable import SchemaGen
@testable import SchemaGenPostgres

/// One connection to a test database, opened on first use and closed before the database is
/// dropped. A script or query sent through it costs neither a `psql` process nor a new server
/// backend with cold catalog caches, which were a third of the plan corpus's time.
///
/// Its calls block the calling thread until the server answers, as a `psql` run does; the
/// connection itself runs on SwiftNIO's threads, so no test can starve it. One call runs at a
/// time: a transaction is never interleaved with another thread's statements.
final class DatabaseSession: Sendable {
    /// How to connect to the database: the cluster's Unix socket, as `postgres`.
    let configuration: PostgresConnection.Configuration
    private let connection = Locked<PostgresConnection?>(nil)

    init(socketPath: String, database: String) {
        configuration = .init(unixSocketPath: socketPath, username: "postgres", password: nil, database: database)
    }

    /// Runs `statements` one after another; with `transaction`, between `BEGIN` and `COMMIT`,
    /// rolled back when one fails. Throws PostgreSQL's message, naming the statement.
    func run(_ statements: [String], transaction: Bool) throws {
        try withConnection { connection in
            if transaction { try Self.send("BEGIN", on: connection) }
            do {
                for statement in statements { try Self.send(statement, on: connection) }
                if transaction { try Self.send("COMMIT", on: connection) }
            } catch {
                if transaction { _ = try? Self.send("ROLLBACK", on: connection) }
                throw error
            }
        }
    }

    /// The single value `sql` returns, which must be text; empty for no row or NULL.
    func text(_ sql: String) throws -> String {
        try withConnection { connection in
            try Self.send(sql, on: connection).rows.first?.first?.decode(String?.self) ?? ""
        }
    }

    /// Closes the connection, if one was opened.
    func close() {
        connection.withLock { connection in
            _ = try? connection?.close().wait()
            connection = nil
        }
    }

    private func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try connection.withLock { connection in
            if connection == nil {
                connection = try PostgresConnection.connect(
                    on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1,
                    logger: Logger(label: "schemagen.tests")
                ).wait()
            }
            return try body(connection!)
        }
    }

    @discardableResult
    private static func send(_ sql: String, on connection: PostgresConnection) throws -> PostgresQueryResult {
        do {
            return try connection.query(sql).wait()
        } catch {
            throw DatabaseError(error, context: sql)
        }
    }
}
