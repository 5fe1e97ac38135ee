import Foundation
import Logging
import PostgresNIO

/// Writes and reads rows of the structs `schemagen` generates, over a PostgresNIO connection,
/// with no code per table: values travel as JSON (`jsonb_populate_record` in, `to_jsonb` out).
///
/// ```swift
/// let rows = RowBridge(connection: connection)
/// let user = try await rows.insert(NewUser(email: "ada@example.com", passwordHash: hash), into: User.sqlTable, returning: User.self)
/// // INSERT INTO users (email, password_hash) SELECT email, password_hash
/// //     FROM jsonb_populate_record(NULL::users, $1::jsonb) RETURNING to_jsonb(users.*)
/// let admins = try await rows.select(User.self, from: User.sqlTable, where: "role = 'admin'")
/// ```
public struct RowBridge: Sendable {
    public let connection: PostgresConnection
    let logger: Logger

    public init(connection: PostgresConnection, logger: Logger = Logger(label: "schemagen.rows")) {
        self.connection = connection
        self.logger = logger
    }

    /// Inserts `value` (a generated `New…` struct): the columns it encodes are written, those
    /// it leaves nil take their database default. Returns the whole row as the database has it.
    public func insert<Value: Encodable, Row: Decodable>(_ value: Value, into table: String, returning: Row.Type) async throws -> Row {
        let insert = try Self.insert(String(decoding: try RowCoding.encoder.encode(value), as: UTF8.self), into: table, then: "RETURNING to_jsonb(\(table).*)::text")
        return try await single(insert.sql, json: insert.json)
    }

    /// The statement that inserts the row `json` encodes (its keys are the columns written; the
    /// others take their defaults), followed by `clause`, and the JSON to bind as `$1`, nil
    /// when there is no column to write.
    static func insert(_ json: String, into table: String, then clause: String) throws -> (sql: String, json: String?) {
        let columns = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]).keys.sorted()
        guard !columns.isEmpty else { return ("INSERT INTO \(table) DEFAULT VALUES \(clause)", nil) }
        let list = columns.map(Self.quote).joined(separator: ", ")
        return ("INSERT INTO \(table) (\(list)) SELECT \(list) FROM jsonb_populate_record(NULL::\(table), $1::jsonb) \(clause)", json)
    }

    /// Every row of `table` matching the SQL condition, decoded into a generated select struct.
    public func select<Row: Decodable>(_ type: Row.Type, from table: String, where condition: String = "true") async throws -> [Row] {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT to_jsonb(t.*)::text FROM \(table) t WHERE \(condition)"), logger: logger)
        var result: [Row] = []
        for try await text in rows.decode(String.self) {
            result.append(try RowCoding.decoder.decode(Row.self, from: Data(text.utf8)))
        }
        return result
    }

    private func single<Row: Decodable>(_ sql: String, json: String?) async throws -> Row {
        var binds = PostgresBindings()
        if let json { binds.append(json) }
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        for try await text in rows.decode(String.self) {
            return try RowCoding.decoder.decode(Row.self, from: Data(text.utf8))
        }
        throw RowBridgeError(message: "the statement returned no row: \(sql)")
    }

    /// A JSON key is a column name: quoted as PostgreSQL needs.
    private static func quote(_ column: String) -> String {
        "\"" + column.replacing("\"", with: "\"\"") + "\""
    }
}

public struct RowBridgeError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
