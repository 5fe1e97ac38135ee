import Foundation
import Logging
import NIOSSL
import PostgresNIO
import SchemaGen

/// One connection to a live database, for the commands that read or change it (`migrate`,
/// `check`, `pull`). Statements run one at a time, exactly as written; every failure becomes a
/// ``DatabaseError`` that names what was running and never the password.
///
/// ```swift
/// let database = try await LiveDatabase.connect(to: DatabaseURL("postgres://app@db/billing"))
/// let model = try await database.introspect(as: "billing").schema
/// try await database.close()
/// ```
public final class LiveDatabase: Sendable {
    public let url: DatabaseURL
    /// The open connection: `RowBridge(connection: database.connection)` reads and writes rows on it.
    public let connection: PostgresConnection
    let logger: Logger

    private init(url: DatabaseURL, connection: PostgresConnection, logger: Logger) {
        self.url = url
        self.connection = connection
        self.logger = logger
    }

    /// Connects as `application_name`, which `pg_stat_activity` shows to whoever waits on us.
    public static func connect(
        to url: DatabaseURL, applicationName: String = "schemagen", logger: Logger = Logger(label: "schemagen.database")
    ) async throws -> LiveDatabase {
        var configuration: PostgresConnection.Configuration
        do {
            switch url.endpoint {
            case .socket(let folder, let port):
                configuration = .init(
                    unixSocketPath: folder + "/.s.PGSQL.\(port)", username: url.user, password: url.password, database: url.database)
            case .tcp(let host, let port):
                configuration = .init(host: host, port: port, username: url.user, password: url.password, database: url.database, tls: try tls(for: url.sslMode))
            }
            configuration.options.additionalStartupParameters = [("application_name", applicationName)]
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return LiveDatabase(url: url, connection: connection, logger: logger)
        } catch {
            throw DatabaseError(error, context: "cannot connect to \(url)")
        }
    }

    private static func tls(for mode: DatabaseURL.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable:
            return .disable
        case .allow, .prefer, .require:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: configuration)
            return mode == .require ? .require(context) : .prefer(context)
        case .verifyCA, .verifyFull:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = mode == .verifyFull ? .fullVerification : .noHostnameVerification
            return .require(try NIOSSLContext(configuration: configuration))
        }
    }

    public func close() async {
        try? await connection.close()
    }

    /// Connects, runs `body`, and closes the connection whatever happens.
    ///
    /// ```swift
    /// let catalog = try await LiveDatabase.withConnection(to: url) { try await $0.introspect(as: "billing") }
    /// ```
    public static func withConnection<T>(
        to url: DatabaseURL, applicationName: String = "schemagen", _ body: (LiveDatabase) async throws -> T
    ) async throws -> T {
        let database = try await connect(to: url, applicationName: applicationName)
        do {
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    /// Runs one statement; `context` says what it was in the error.
    public func execute(_ sql: String, context: @autoclosure () -> String? = nil) async throws {
        do {
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
        } catch {
            throw DatabaseError(error, context: context() ?? SQLExcerpt.of(sql))
        }
    }

    /// Runs one statement with its bindings and returns the rows it wrote (inserted, updated,
    /// deleted), as its command tag says; nil for a statement that writes none.
    public func affectedRows(_ query: PostgresQuery, context: @autoclosure () -> String? = nil) async throws -> Int? {
        do {
            return try await connection.query(query, logger: logger) { _ in }.get().rows
        } catch {
            throw DatabaseError(error, context: context() ?? SQLExcerpt.of(query.sql))
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    public func transaction(_ body: () async throws -> Void) async throws {
        try await execute("BEGIN")
        do {
            try await body()
            try await execute("COMMIT")
        } catch {
            try? await execute("ROLLBACK")
            throw error
        }
    }

    /// Runs a plan's steps as `migrate` does, without recording them: each transactional step
    /// in a transaction of its own, the statements of any other step one by one.
    public func run(_ steps: [MigrationStep], context: String) async throws {
        for (number, step) in steps.enumerated() {
            let statements = { [self] in try await execute(step, context: "\(context), step \(number + 1)") }
            if step.transactional { try await transaction(statements) } else { try await statements() }
        }
    }

    /// Runs the statements of `step` one after the other (a batched step batch by batch); an
    /// error names the statement (`0002_x.sql, step 1, statement 3: CREATE ...`) after `context`.
    public func execute(_ step: MigrationStep, context: String) async throws {
        if let batch = step.batch, let statement = step.statements.first {
            return try await runBatches(of: statement, over: batch, after: nil, context: context)
        }
        for (index, statement) in step.statements.enumerated() {
            try await execute(statement, context: "\(context), statement \(index + 1): \(SQLExcerpt.of(statement))")
        }
    }

    /// Runs a query whose columns are all text (cast them in SQL) and returns its rows.
    public func rows(_ query: PostgresQuery, context: @autoclosure () -> String? = nil) async throws -> [[String?]] {
        do {
            var result: [[String?]] = []
            for try await row in try await connection.query(query, logger: logger) {
                result.append(try row.map { try $0.decode(String?.self) })
            }
            return result
        } catch {
            throw DatabaseError(error, context: context() ?? SQLExcerpt.of(query.sql))
        }
    }

    /// Whether the table `name` (`schemagen.migrations`) exists.
    public func hasTable(_ name: String) async throws -> Bool {
        var binds = PostgresBindings()
        binds.append(name)
        return try await value(PostgresQuery(unsafeSQL: "SELECT (to_regclass($1) IS NOT NULL)::text", binds: binds), context: "looking for \(name)") == "true"
    }

    /// The first column of the first row.
    public func value(_ query: PostgresQuery, context: @autoclosure () -> String? = nil) async throws -> String? {
        try await rows(query, context: context()).first?.first ?? nil
    }

    /// The database as the model, plus what the model does not cover: one catalog query,
    /// whatever the number of tables.
    public func introspect(as name: String) async throws -> CatalogSnapshot {
        for statement in CatalogQuery.setup { try await execute(statement, context: "reading the catalog") }
        let json = try await value(PostgresQuery(unsafeSQL: CatalogQuery.sql), context: "reading the catalog")
        for statement in CatalogQuery.teardown { try await execute(statement, context: "reading the catalog") }
        guard let json else {
            throw DatabaseError(message: "the catalog query returned nothing", context: "reading the catalog")
        }
        return try CatalogReader().snapshot(json: json, schemaName: name)
    }

}
