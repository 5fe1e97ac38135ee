import ArgumentParser
import Foundation
import SchemaGenPostgres

/// `--database-url`, else `DATABASE_URL`: where the live-database commands connect.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: ArgumentHelp(
        "postgres://user:password@host:port/database?sslmode=... (default: $DATABASE_URL). A Unix socket: postgres://user@/database?host=/socket/folder.",
        valueName: "url"))
    var url: String?

    /// The parsed URL, or nil when none is given.
    func databaseURL() throws -> DatabaseURL? {
        try DatabaseURL.argument(url, environment: "DATABASE_URL", option: "database-url")
    }

    /// Connects, runs `body`, closes; a database failure is printed and exits with 1.
    func withDatabase<T>(command: String, _ body: (LiveDatabase) async throws -> T) async throws -> T {
        guard let url = try databaseURL() else { throw ValidationError("no database: pass --database-url or set DATABASE_URL") }
        return try await LiveSession.run(url: url, command: command, body)
    }
}

/// Opens a connection for a command and reports its failures without a stack of Swift types.
enum LiveSession {
    /// `schemagen migrate on build-7 (pid 4242)`: what `pg_stat_activity` shows of a run.
    static func applicationName(_ command: String) -> String {
        "schemagen \(command) on \(ProcessInfo.processInfo.hostName) (pid \(getpid()))"
    }

    static func run<T>(url: DatabaseURL, command: String, _ body: (LiveDatabase) async throws -> T) async throws -> T {
        try await reportingFailures { try await LiveDatabase.withConnection(to: url, applicationName: applicationName(command), body) }
    }

    /// `body`, with a database failure (connecting, a statement) printed as a command prints
    /// it and turned into exit code 1.
    static func reportingFailures<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as DatabaseError {
            Workspace.printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}

extension DatabaseURL {
    /// A URL given as `--<option>` (or else in the environment variable), parsed; a malformed one
    /// is a usage error naming the option. nil when neither is given.
    static func argument(_ text: String?, environment variable: String? = nil, option: String) throws -> DatabaseURL? {
        guard let text = text ?? variable.flatMap({ ProcessInfo.processInfo.environment[$0] }), !text.isEmpty else { return nil }
        do {
            return try DatabaseURL(text)
        } catch {
            throw ValidationError("--\(option): \(error)")
        }
    }
}
