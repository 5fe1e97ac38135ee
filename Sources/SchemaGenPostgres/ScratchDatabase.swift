import Foundation

/// A throwaway database on a scratch server: created with a random name, handed to `body`, and
/// dropped afterwards (`WITH (FORCE)`) whatever happens. `check` replays migrations on one,
/// `--verify` proves plans on one, `generate --verify` asks one how PostgreSQL stores the
/// declared expressions.
///
/// ```swift
/// let catalog = try await ScratchDatabase.with(server: try DatabaseURL("postgres://postgres@localhost/postgres")) { database in
///     try await database.run(plan.steps, context: "applying the plan")
///     return try await database.introspect(as: "billing").schema
/// }
/// ```
public enum ScratchDatabase {
    public static func with<T>(
        server: DatabaseURL, applicationName: String = "schemagen", _ body: (LiveDatabase) async throws -> T
    ) async throws -> T {
        let name = "schemagen_scratch_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try await LiveDatabase.withConnection(to: server, applicationName: applicationName) { try await $0.execute("CREATE DATABASE \(name)", context: "creating a scratch database on \(server)") }
        do {
            let result = try await LiveDatabase.withConnection(to: server.with(database: name), applicationName: applicationName, body)
            try await drop(name, server: server, applicationName)
            return result
        } catch {
            try? await drop(name, server: server, applicationName)
            throw error
        }
    }

    private static func drop(_ name: String, server: DatabaseURL, _ applicationName: String) async throws {
        try await LiveDatabase.withConnection(to: server, applicationName: applicationName) { try await $0.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }
}
