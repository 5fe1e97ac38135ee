import Foundation
import PostgresNIO
import SchemaGen
import SchemaGenRuntime

extension RowBridge {
    /// Inserts a row: the columns `draft` sets are written, those it leaves nil take their
    /// database default. Returns the whole row as the database has it.
    public func insert<Draft: TableDraft>(_ draft: Draft) async throws -> Draft.Row {
        try await insert([draft])[0]
    }

    /// Inserts rows, at most `batchSize` to a statement, and returns them as the database has
    /// them, in order. A column a draft leaves nil takes its default (`DEFAULT`), or NULL when
    /// it has none. Every value is a parameter (see `ColumnBinder`), at most 65,535 of them to
    /// a statement, PostgreSQL's limit.
    ///
    /// ```sql
    /// INSERT INTO "public"."teams" AS t ("id", "name") VALUES ($1, $2), (DEFAULT, $3)
    ///     RETURNING t."id", t."name"
    /// ```
    public func insert<Draft: TableDraft>(_ drafts: [Draft], batchSize: Int = 5_000) async throws -> [Draft.Row] {
        let returning = "RETURNING " + RowDecoder<Draft.Row>.selectList(as: "t")
        var inserted: [Draft.Row] = []
        inserted.reserveCapacity(drafts.count)
        for statement in try Self.insertStatements(drafts, batchSize: batchSize, then: { _ in returning }) {
            inserted += try await rows(statement)
        }
        return inserted
    }

    /// Inserts rows without reading them back, at most `batchSize` to a statement, and returns
    /// how many were written: for loading many rows, where `insert` would send each row back
    /// and decode it. The statements are `insert`'s, without `RETURNING`.
    @discardableResult
    public func bulkInsert<Draft: TableDraft>(_ drafts: [Draft], batchSize: Int = 5_000) async throws -> Int {
        var written = 0
        for statement in try Self.insertStatements(drafts, batchSize: batchSize, then: { _ in "" }) {
            do {
                let query = PostgresQuery(unsafeSQL: statement.sql, binds: statement.binds)
                written += try await connection.query(query, logger: logger) { _ in }.get().rows ?? 0
            } catch {
                throw DatabaseError(error, context: SQLExcerpt.of(statement.sql))
            }
        }
        return written
    }

    /// Inserts a row, or, when a row with the same `onConflict` key exists, writes the draft's
    /// other columns over it. The key must be the primary key, a unique constraint or a unique
    /// index the schema declares (`Row.uniqueKeys`).
    ///
    /// ```sql
    /// INSERT INTO "public"."users" AS t ("email", "name") VALUES ($1, $2)
    ///     ON CONFLICT ("email") DO UPDATE SET "name" = EXCLUDED."name" RETURNING t."id", t."email", t."name"
    /// ```
    public func upsert<Draft: TableDraft>(_ draft: Draft, onConflict key: [any TableColumnReference<Draft.Row>]) async throws -> Draft.Row {
        let table = Draft.Row.table
        let keyColumns = key.map(\.name)
        guard Draft.Row.uniqueKeys.contains(where: { Set($0) == Set(keyColumns) }) else {
            let declared = Draft.Row.uniqueKeys.map { "(" + $0.joined(separator: ", ") + ")" }.joined(separator: ", ")
            throw RowBridgeError(message: "(\(keyColumns.joined(separator: ", "))) is not a unique key of \(table); declared: \(declared.isEmpty ? "none" : declared)")
        }
        let statements = try Self.insertStatements([draft], batchSize: 1) { columns in
            // With nothing else to write, the key is set to itself so that the row comes back.
            let written = columns.filter { !keyColumns.contains($0) }
            let updated = (written.isEmpty ? [keyColumns[0]] : written).map { "\(TableName.quote($0)) = EXCLUDED.\(TableName.quote($0))" }
            return "ON CONFLICT (\(keyColumns.map(TableName.quote).joined(separator: ", "))) DO UPDATE SET \(updated.joined(separator: ", ")) "
                + "RETURNING " + RowDecoder<Draft.Row>.selectList(as: "t")
        }
        return try await rows(statements[0])[0]
    }

    /// Writes `changes` to every row matching `filter` and returns the rows as they are now.
    /// A change that sets nothing writes nothing and returns the matching rows.
    ///
    /// ```sql
    /// UPDATE "public"."users" AS t SET "name" = $1, "bio" = NULL
    ///     WHERE t."id" = (jsonb_populate_record(NULL::"public"."users", $2::jsonb))."id"
    ///     RETURNING t."id", t."email", t."name", t."bio"
    /// ```
    public func update<Row: TableRow>(_ type: Row.Type, where filter: Filter<Row>, _ changes: Row.Changes) async throws -> [Row] {
        let binder = ColumnBinder(statement: BoundStatement(), for: Row.self)
        let written = try binder.bind(changes)
        guard !written.isEmpty else { return try await select(Row.self, where: filter) }
        var statement = binder.take()
        let condition = try statement.render(filter.condition, of: Row.table)
        let assignments = written.map { "\(TableName.quote($0.column)) = \($0.value)" }.joined(separator: ", ")
        statement.sql = "UPDATE \(Row.table.sql) AS t SET \(assignments) WHERE \(condition) RETURNING \(RowDecoder<Row>.selectList(as: "t"))"
        return try await rows(statement)
    }

    /// Writes `changes` to the row whose primary key is `id`; nil when there is none.
    public func update<Row: TableRow & Identifiable>(_ type: Row.Type, id: Row.ID, _ changes: Row.Changes) async throws -> Row? where Row.ID: Encodable & Sendable {
        try await update(Row.self, where: try Self.keyFilter(id), changes).first
    }

    /// Deletes every row matching `filter` and returns them as they were.
    ///
    /// ```sql
    /// DELETE FROM "public"."sessions" AS t WHERE t."expires_at" < (...)."expires_at" RETURNING t."id", t."expires_at"
    /// ```
    @discardableResult
    public func delete<Row: TableRow>(_ type: Row.Type, where filter: Filter<Row>) async throws -> [Row] {
        var statement = BoundStatement()
        let condition = try statement.render(filter.condition, of: Row.table)
        statement.sql = "DELETE FROM \(Row.table.sql) AS t WHERE \(condition) RETURNING \(RowDecoder<Row>.selectList(as: "t"))"
        return try await rows(statement)
    }

    /// Deletes the row whose primary key is `id` and returns it; nil when there was none.
    @discardableResult
    public func delete<Row: TableRow & Identifiable>(_ type: Row.Type, id: Row.ID) async throws -> Row? where Row.ID: Encodable & Sendable {
        try await delete(Row.self, where: try Self.keyFilter(id)).first
    }

    /// The statements that insert `drafts`, at most `batchSize` rows and 65,535 parameters to
    /// one, each ending in `clause` of the columns it writes: those any of its drafts writes,
    /// in the table's order.
    static func insertStatements<Draft: TableDraft>(
        _ drafts: [Draft], batchSize: Int, then clause: ([String]) -> String
    ) throws -> [BoundStatement] {
        let table = Draft.Row.table
        let order = RowDecoder<Draft.Row>.positions
        let defaulted = Set(Draft.Row.defaultedColumns)
        let binder = ColumnBinder(statement: BoundStatement(), for: Draft.Row.self)
        var statements: [BoundStatement] = []
        var rows: [[(column: String, value: String)]] = []

        func finish() {
            var statement = binder.take()
            var columns: [String] = []
            var seen: Set<String> = []
            for row in rows { for cell in row where seen.insert(cell.column).inserted { columns.append(cell.column) } }
            columns.sort { order[$0, default: .max] < order[$1, default: .max] }
            if columns.isEmpty {
                // Nothing to write but defaults: one row per draft.
                statement.sql = "INSERT INTO \(table.sql) AS t SELECT FROM generate_series(1, \(statement.bind(rows.count)))"
            } else {
                let values = rows.map { row in
                    // A row writing every column in the table's order, as most do, is its own list.
                    if row.count == columns.count, zip(row, columns).allSatisfy({ $0.column == $1 }) {
                        return "(" + row.map(\.value).joined(separator: ", ") + ")"
                    }
                    let given = Dictionary(row.map { ($0.column, $0.value) }, uniquingKeysWith: { _, last in last })
                    return "(" + columns.map { given[$0] ?? (defaulted.contains($0) ? "DEFAULT" : "NULL") }.joined(separator: ", ") + ")"
                }
                statement.sql = "INSERT INTO \(table.sql) AS t (\(columns.map(TableName.quote).joined(separator: ", "))) VALUES "
                    + values.joined(separator: ", ")
            }
            let tail = clause(columns)
            if !tail.isEmpty { statement.sql += " " + tail }
            statements.append(statement)
            rows = []
        }

        for draft in drafts {
            if !rows.isEmpty, rows.count >= max(batchSize, 1) || binder.statement.binds.count + Draft.Row.columnNames.count > 65_535 { finish() }
            rows.append(try binder.bind(draft))
        }
        if !rows.isEmpty { finish() }
        return statements
    }
}
