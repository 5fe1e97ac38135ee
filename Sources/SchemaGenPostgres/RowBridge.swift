import Foundation
import Logging
import PostgresNIO
import SchemaGen
import SchemaGenRuntime

/// Typed reads and writes of the structs `schemagen` generates, over a PostgresNIO connection.
/// Every value is bound as a parameter; no value is ever spliced into SQL.
/// - Rows are read in PostgreSQL's binary format, decoded by PostgresNIO straight into the
///   generated structs (`RowDecoder`); the few columns whose binary form is not their Swift
///   type's are read as text or JSON (`FetchableRow.columnEncodings`).
/// - A draft or a change binds each column it writes (`ColumnBinder`): numbers, `Bool`, `UUID`,
///   `Decimal` and `Data` in binary, strings, dates and enums as text for PostgreSQL to read as
///   the column's type, arrays and JSON through `jsonb_populate_record` of the table's row type.
/// - A filter's value is compared as its column's type: the field of the row that
///   `jsonb_populate_record` makes of it.
///
/// ```swift
/// let rows = RowBridge(connection: connection)
/// let ada = try await rows.insert(User.Draft(email: "ada@example.com", passwordHash: hash))
/// // INSERT INTO "public"."users" AS t ("email", "password_hash") VALUES ($1, $2)
/// //     RETURNING t."id", t."email", t."password_hash", t."role", t."name"
/// let admins = try await rows.select(User.self, where: User.Columns.role == "admin", orderBy: [User.Columns.name.ascending], limit: 20)
/// // SELECT t."id", t."email", t."password_hash", t."role", t."name" FROM "public"."users" AS t
/// //     WHERE t."role" = (jsonb_populate_record(NULL::"public"."users", $1::jsonb))."role"
/// //     ORDER BY t."name" LIMIT $2
/// let renamed = try await rows.update(User.self, id: ada.id, User.Changes { $0.name = "Ada L." })
/// let teams = try await rows.load(User.Relations.teams, for: [ada])   // [[Team]], one query
/// ```
public struct RowBridge: Sendable {
    public let connection: PostgresConnection
    let logger: Logger
    /// How many transactions enclose this bridge: nested ones are savepoints.
    let depth: Int

    public init(connection: PostgresConnection, logger: Logger = Logger(label: "schemagen.rows")) {
        self.init(connection: connection, logger: logger, depth: 0)
    }

    private init(connection: PostgresConnection, logger: Logger, depth: Int) {
        self.connection = connection
        self.logger = logger
        self.depth = depth
    }

    // MARK: Reads

    /// The rows of a table or view matching `filter`, in `orderBy`'s order, at most `limit`
    /// of them after skipping `offset`.
    public func select<Row: FetchableRow>(
        _ type: Row.Type, where filter: Filter<Row> = .all, orderBy: [Ordering<Row>] = [], limit: Int? = nil, offset: Int? = nil
    ) async throws -> [Row] {
        var statement = BoundStatement()
        let condition = try statement.render(filter.condition, of: Row.table)
        var sql = "SELECT \(RowDecoder<Row>.selectList(as: "t")) FROM \(Row.table.sql) AS t WHERE \(condition)"
        if !orderBy.isEmpty {
            sql += " ORDER BY " + orderBy.map { "t.\(TableName.quote($0.column))\($0.isDescending ? " DESC" : "")" }.joined(separator: ", ")
        }
        if let limit { sql += " LIMIT \(statement.bind(limit))" }
        if let offset { sql += " OFFSET \(statement.bind(offset))" }
        statement.sql = sql
        return try await rows(statement)
    }

    /// The row whose primary key is `id`, if there is one.
    public func find<Row: TableRow & Identifiable>(_ type: Row.Type, id: Row.ID) async throws -> Row? where Row.ID: Encodable & Sendable {
        try await select(Row.self, where: try Self.keyFilter(id), limit: 1).first
    }

    // MARK: Running statements

    /// Runs `statement`, whose columns are `RowDecoder<Row>.selectList`, and decodes each row.
    func rows<Row: FetchableRow>(_ statement: BoundStatement) async throws -> [Row] {
        let decoder = RowDecoder<Row>()
        return try await rows(statement, decoder.decode)
    }

    /// Runs `statement` and makes a value of each row's cells.
    func rows<Value>(_ statement: BoundStatement, _ decode: ([PostgresCell]) throws -> Value) async throws -> [Value] {
        var result: [Value] = []
        do {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: statement.sql, binds: statement.binds), logger: logger)
            for try await row in rows { result.append(try decode(Array(row))) }
        } catch let error as DecodingError {
            throw RowBridgeError(message: "a row does not decode as \(Value.self): \(error)")
        } catch {
            throw DatabaseError(error, context: SQLExcerpt.of(statement.sql))
        }
        return result
    }

    /// `primary key = id`, for a table whose key is one column.
    static func keyFilter<Row: TableRow & Identifiable>(_ id: Row.ID) throws -> Filter<Row> where Row.ID: Encodable & Sendable {
        guard Row.primaryKey.count == 1 else {
            throw RowBridgeError(message: "\(Row.table) has no single-column primary key; select its rows with a filter")
        }
        return Filter(.compare(column: Row.primaryKey[0], op: .equal, value: id))
    }

    // MARK: Transactions

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// Inside another transaction it is a savepoint, released or rolled back alone.
    ///
    /// ```swift
    /// try await rows.transaction { rows in
    ///     let team = try await rows.insert(Team.Draft(name: "Core"))
    ///     _ = try await rows.insert(TeamMember.Draft(userId: ada.id, teamId: team.id, role: "owner"))
    /// }
    /// ```
    public func transaction<Value>(_ body: (RowBridge) async throws -> Value) async throws -> Value {
        let savepoint = "schemagen_\(depth)"
        try await execute(depth == 0 ? "BEGIN" : "SAVEPOINT \(savepoint)")
        let value: Value
        do {
            value = try await body(RowBridge(connection: connection, logger: logger, depth: depth + 1))
        } catch {
            try? await execute(depth == 0 ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT \(savepoint)")
            throw error
        }
        try await execute(depth == 0 ? "COMMIT" : "RELEASE SAVEPOINT \(savepoint)")
        return value
    }

    private func execute(_ sql: String) async throws {
        do {
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).get()
        } catch {
            throw DatabaseError(error, context: sql)
        }
    }
}

public struct RowBridgeError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
