import Foundation
import PostgresNIO
import SchemaGenRuntime

extension RowBridge {
    /// Inserts a row: the columns `draft` sets are written, those it leaves nil take their
    /// database default. Returns the whole row as the database has it.
    public func insert<Draft: TableDraft>(_ draft: Draft) async throws -> Draft.Row {
        try await insert([draft])[0]
    }

    /// Inserts rows, at most `batchSize` to a statement, and returns them as the database has
    /// them, in order. Drafts that leave the same defaulted columns to the database share a
    /// statement: a column without a default that a draft leaves out is NULL, its default.
    ///
    /// ```sql
    /// INSERT INTO "public"."teams" AS t ("name")
    ///     SELECT "name" FROM jsonb_populate_recordset(NULL::"public"."teams", $1::jsonb)
    ///     RETURNING to_jsonb(t.*)::text
    /// ```
    public func insert<Draft: TableDraft>(_ drafts: [Draft], batchSize: Int = 5_000) async throws -> [Draft.Row] {
        let table = Draft.Row.table
        var inserted: [Draft.Row] = []
        inserted.reserveCapacity(drafts.count)
        for run in try Self.runs(of: drafts, defaulted: Set(Draft.Row.defaultedColumns), batchSize: batchSize) {
            var statement = BoundStatement()
            if run.columns.isEmpty {
                // Nothing to write but defaults: one row per draft.
                statement.sql = "INSERT INTO \(table.sql) AS t SELECT FROM generate_series(1, \(statement.bind(run.rows.count))) RETURNING to_jsonb(t.*)::text"
            } else {
                let list = run.columns.map(TableName.quote).joined(separator: ", ")
                let rows = statement.bind(json: "[" + run.rows.joined(separator: ",") + "]")
                statement.sql = "INSERT INTO \(table.sql) AS t (\(list)) SELECT \(list) FROM jsonb_populate_recordset(NULL::\(table.sql), \(rows)) RETURNING to_jsonb(t.*)::text"
            }
            inserted += try await rows(statement)
        }
        return inserted
    }

    /// Inserts a row, or, when a row with the same `onConflict` key exists, writes the draft's
    /// other columns over it. The key must be the primary key, a unique constraint or a unique
    /// index the schema declares (`Row.uniqueKeys`).
    ///
    /// ```sql
    /// INSERT INTO "public"."users" AS t ("email", "name") SELECT "email", "name" FROM jsonb_populate_record(...)
    ///     ON CONFLICT ("email") DO UPDATE SET "name" = EXCLUDED."name" RETURNING to_jsonb(t.*)::text
    /// ```
    public func upsert<Draft: TableDraft>(_ draft: Draft, onConflict key: [any TableColumnReference<Draft.Row>]) async throws -> Draft.Row {
        let table = Draft.Row.table
        let keyColumns = key.map(\.name)
        guard Draft.Row.uniqueKeys.contains(where: { Set($0) == Set(keyColumns) }) else {
            let declared = Draft.Row.uniqueKeys.map { "(" + $0.joined(separator: ", ") + ")" }.joined(separator: ", ")
            throw RowBridgeError(message: "(\(keyColumns.joined(separator: ", "))) is not a unique key of \(table); declared: \(declared.isEmpty ? "none" : declared)")
        }
        let (json, columns) = try Self.encoded(draft)
        var statement = BoundStatement()
        let list = columns.map(TableName.quote).joined(separator: ", ")
        let row = statement.bind(json: json)
        // With nothing else to write, the key is set to itself so that the row comes back.
        let written = columns.filter { !keyColumns.contains($0) }
        let updated = (written.isEmpty ? [keyColumns[0]] : written).map { "\(TableName.quote($0)) = EXCLUDED.\(TableName.quote($0))" }
        let source = columns.isEmpty ? "DEFAULT VALUES" : "(\(list)) SELECT \(list) FROM jsonb_populate_record(NULL::\(table.sql), \(row))"
        statement.sql = "INSERT INTO \(table.sql) AS t \(source) ON CONFLICT (\(keyColumns.map(TableName.quote).joined(separator: ", "))) "
            + "DO UPDATE SET \(updated.joined(separator: ", ")) RETURNING to_jsonb(t.*)::text"
        return try await rows(statement)[0]
    }

    /// Writes `changes` to every row matching `filter` and returns the rows as they are now.
    /// A change that sets nothing writes nothing and returns the matching rows.
    ///
    /// ```sql
    /// UPDATE "public"."users" AS t SET "name" = v."name", "bio" = v."bio"
    ///     FROM jsonb_populate_record(NULL::"public"."users", $1::jsonb) AS v
    ///     WHERE t."id" = (jsonb_populate_record(NULL::"public"."users", $2::jsonb))."id"
    ///     RETURNING to_jsonb(t.*)::text
    /// ```
    public func update<Row: TableRow>(_ type: Row.Type, where filter: Filter<Row>, _ changes: Row.Changes) async throws -> [Row] {
        let (json, columns) = try Self.encoded(changes)
        guard !columns.isEmpty else { return try await select(Row.self, where: filter) }
        var statement = BoundStatement()
        let values = statement.bind(json: json)
        let condition = try statement.render(filter.condition, of: Row.table)
        let assignments = columns.map { "\(TableName.quote($0)) = v.\(TableName.quote($0))" }.joined(separator: ", ")
        statement.sql = "UPDATE \(Row.table.sql) AS t SET \(assignments) FROM jsonb_populate_record(NULL::\(Row.table.sql), \(values)) AS v "
            + "WHERE \(condition) RETURNING to_jsonb(t.*)::text"
        return try await rows(statement)
    }

    /// Writes `changes` to the row whose primary key is `id`; nil when there is none.
    public func update<Row: TableRow & Identifiable>(_ type: Row.Type, id: Row.ID, _ changes: Row.Changes) async throws -> Row? where Row.ID: Encodable & Sendable {
        try await update(Row.self, where: try Self.keyFilter(id), changes).first
    }

    /// Deletes every row matching `filter` and returns them as they were.
    ///
    /// ```sql
    /// DELETE FROM "public"."sessions" AS t WHERE t."expires_at" < (...)."expires_at" RETURNING to_jsonb(t.*)::text
    /// ```
    @discardableResult
    public func delete<Row: TableRow>(_ type: Row.Type, where filter: Filter<Row>) async throws -> [Row] {
        var statement = BoundStatement()
        let condition = try statement.render(filter.condition, of: Row.table)
        statement.sql = "DELETE FROM \(Row.table.sql) AS t WHERE \(condition) RETURNING to_jsonb(t.*)::text"
        return try await rows(statement)
    }

    /// Deletes the row whose primary key is `id` and returns it; nil when there was none.
    @discardableResult
    public func delete<Row: TableRow & Identifiable>(_ type: Row.Type, id: Row.ID) async throws -> Row? where Row.ID: Encodable & Sendable {
        try await delete(Row.self, where: try Self.keyFilter(id)).first
    }

    /// The statement that inserts the row `json` encodes (its keys are the columns written; the
    /// others take their defaults), followed by `clause`, and the JSON to bind as `$1`, nil
    /// when there is no column to write. Seeds use it with `ON CONFLICT DO NOTHING`.
    static func insert(_ json: String, columns: [String], into table: TableName, then clause: String) -> (sql: String, json: String?) {
        guard !columns.isEmpty else { return ("INSERT INTO \(table.sql) DEFAULT VALUES \(clause)", nil) }
        let list = columns.map(TableName.quote).joined(separator: ", ")
        return ("INSERT INTO \(table.sql) (\(list)) SELECT \(list) FROM jsonb_populate_record(NULL::\(table.sql), $1::jsonb) \(clause)", json)
    }

    /// The JSON of a draft or a change, and its keys: the columns it writes.
    static func encoded(_ value: some Encodable, with encoder: JSONEncoder = RowCoding.encoder) throws -> (json: String, columns: [String]) {
        (String(decoding: try encoder.encode(value), as: UTF8.self), try EncodedKeys.of(value))
    }

    /// Consecutive drafts that write the same `defaulted` columns, at most `batchSize` to a run,
    /// with every column any of them writes.
    private static func runs<Draft: Encodable>(of drafts: [Draft], defaulted: Set<String>, batchSize: Int) throws -> [(columns: [String], rows: [String])] {
        var runs: [(defaults: Set<String>, columns: Set<String>, rows: [String])] = []
        let encoder = RowCoding.encoder
        for draft in drafts {
            let (json, keys) = try encoded(draft, with: encoder)
            let columns = Set(keys)
            let defaults = defaulted.subtracting(columns)
            if let last = runs.last, last.defaults == defaults, last.rows.count < max(batchSize, 1) {
                runs[runs.count - 1].columns.formUnion(columns)
                runs[runs.count - 1].rows.append(json)
            } else {
                runs.append((defaults, columns, [json]))
            }
        }
        return runs.map { ($0.columns.sorted(), $0.rows) }
    }
}
