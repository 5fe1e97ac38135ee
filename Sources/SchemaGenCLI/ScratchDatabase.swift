import ArgumentParser
import Foundation
import SchemaGenPostgres

/// A throwaway database on a scratch server: created with a random name, handed to `body`, and
/// dropped afterwards whatever happens.
enum ScratchDatabase {
    static func with<T>(server: DatabaseURL, command: String, _ body: (LiveDatabase) async throws -> T) async throws -> T {
        let name = "schemagen_scratch_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try await LiveSession.run(url: server, command: command) { try await $0.execute("CREATE DATABASE \(name)", context: "creating a scratch database on \(server)") }
        do {
            let result = try await LiveSession.run(url: server.with(database: name), command: command, body)
            try await drop(name, server: server, command: command)
            return result
        } catch {
            try? await drop(name, server: server, command: command)
            throw error
        }
    }

    private static func drop(_ name: String, server: DatabaseURL, command: String) async throws {
        try await LiveSession.run(url: server, command: command) { try await $0.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }
}

/// `--scratch-database-url`, else `SCHEMAGEN_SCRATCH_DATABASE_URL`: the server where `check` and
/// `diff` replay migrations on a throwaway database.
struct ScratchServerOptions: ParsableArguments {
    @Option(name: .customLong("scratch-database-url"), help: ArgumentHelp(
        "A server where a throwaway database may be created to replay migrations (default: $SCHEMAGEN_SCRATCH_DATABASE_URL).",
        valueName: "url"))
    var url: String?

    /// The parsed URL, or nil when none is given.
    func serverURL() throws -> DatabaseURL? {
        try DatabaseURL.argument(url, environment: "SCHEMAGEN_SCRATCH_DATABASE_URL", option: "scratch-database-url")
    }
}
