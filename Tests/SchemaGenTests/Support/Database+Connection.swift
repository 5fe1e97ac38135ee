import Logging
import PostgresNIO

extension Database {
    /// Runs `body` with a PostgresNIO connection of its own to this database (the session's
    /// configuration, for a body that awaits), closed afterwards.
    func withConnection<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await PostgresConnection.connect(
            configuration: session.configuration,
            id: 1, logger: Logger(label: "schemagen.tests"))
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
