import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

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

extension ScratchDatabase {
    /// A scratch database for `command`, its failures printed as a command prints them.
    static func with<T>(server: DatabaseURL, command: String, _ body: (LiveDatabase) async throws -> T) async throws -> T {
        try await LiveSession.reportingFailures { try await with(server: server, applicationName: LiveSession.applicationName(command), body) }
    }
}

extension ScratchVerification {
    /// ``problems(server:applicationName:plan:wanted:options:setUp:)`` for `command`, its
    /// failures printed as `LiveSession` prints them.
    static func problems(
        server: DatabaseURL, command: String, plan: MigrationPlan, wanted: SchemaDefinition, options: PlanOptions,
        setUp: (LiveDatabase) async throws -> Void
    ) async throws -> [String] {
        try await LiveSession.reportingFailures {
            try await problems(server: server, applicationName: LiveSession.applicationName(command), plan: plan, wanted: wanted, options: options, setUp: setUp)
        }
    }
}
