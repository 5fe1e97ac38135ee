import Foundation
import PostgresNIO
import SchemaGen
import SchemaGenRuntime

/// Rows a database starts with, declared beside the schemas and run by `schemagen seed` (and
/// after `reset`): SQL, or rows of the generated `Draft` structs.
///
/// ```swift
/// await SchemaGenCommand.main(schemas: [shop], seeds: [
///     .sql("currencies", schema: "shop", "INSERT INTO currencies (code) VALUES ('EUR'), ('USD') ON CONFLICT DO NOTHING;"),
///     .rows("plans", schema: "shop", [Plan.Draft(slug: "free", priceCents: 0)]),
/// ])
/// ```
///
/// Seeding is idempotent: each seed runs in a transaction with its checksum recorded in
/// `schemagen.seeds`, and runs again only when its content changed. Rows are inserted with
/// `ON CONFLICT DO NOTHING`, so a row whose key exists is left as it is; SQL that runs again
/// after a change should be written the same way.
public struct Seed: Sendable {
    public let schema: String
    public let name: String
    let content: Content

    enum Content: Sendable {
        case sql(String)
        case file(String)
        /// The table, and each row as the JSON of its non-nil properties with the columns it
        /// writes, encoded when the seed runs.
        case rows(table: TableName, rows: @Sendable () throws -> [(json: String, columns: [String])])
    }

    /// SQL statements (split where PostgreSQL would split them), run in one transaction.
    public static func sql(_ name: String, schema: String, _ text: String) -> Seed {
        Seed(schema: schema, name: name, content: .sql(text))
    }

    /// A file of SQL statements, read when the seed runs (a relative path from the working folder).
    public static func file(_ path: String, schema: String) -> Seed {
        Seed(schema: schema, name: path, content: .file(path))
    }

    /// Rows of a generated `Draft` struct: the properties left nil take the column default.
    public static func rows<Draft: TableDraft>(_ name: String, schema: String, _ rows: [Draft]) -> Seed {
        Seed(schema: schema, name: name, content: .rows(table: Draft.Row.table, rows: {
            let encoder = RowCoding.encoder
            return try rows.map { try RowBridge.encoded($0, with: encoder) }
        }))
    }

    /// The statements the seed runs, with their JSON argument for rows.
    private func statements() throws -> [(sql: String, json: String?)] {
        switch content {
        case .sql(let text):
            return SQLScanner.statements(in: text).map { ($0, nil) }
        case .file(let path):
            do {
                return SQLScanner.statements(in: try String(contentsOf: URL(filePath: path), encoding: .utf8)).map { ($0, nil) }
            } catch {
                throw DatabaseError(message: "cannot read \(path): \(error.localizedDescription)", context: "seed \(name)")
            }
        case .rows(let table, let rows):
            return try rows().map { RowBridge.insert($0.json, columns: $0.columns, into: table, then: "ON CONFLICT DO NOTHING") }
        }
    }

    /// Runs `seeds` of `schema` in order, each once per content; reports what each did.
    public static func run(_ seeds: [Seed], on database: LiveDatabase, schema: String, progress: (String) -> Void) async throws {
        let mine = seeds.filter { $0.schema == schema }
        guard !mine.isEmpty else {
            progress("\(schema): no seeds are declared")
            return
        }
        try await database.execute(Migrator.trackingTableDDL, context: "creating \(Migrator.trackingTable)")
        for seed in mine {
            let statements = try seed.statements()
            let checksum = SHA256.hex(statements.map { $0.sql + "\n" + ($0.json ?? "") }.joined(separator: "\n"))
            let recorded = try await database.value(
                "SELECT checksum FROM schemagen.seeds WHERE schema_name = \(schema) AND name = \(seed.name)", context: "reading \(Migrator.seedTable)")
            if recorded == checksum {
                progress("  \(seed.name): unchanged since it ran; skipped")
                continue
            }
            var rows = 0
            try await database.transaction {
                for statement in statements {
                    var binds = PostgresBindings()
                    if let json = statement.json { binds.append(json) }
                    rows += try await database.affectedRows(PostgresQuery(unsafeSQL: statement.sql, binds: binds), context: "seed \(seed.name)") ?? 0
                }
                try await database.execute("""
                    INSERT INTO schemagen.seeds (schema_name, name, checksum) VALUES (\(SQLLiteral.quote(schema)), \(SQLLiteral.quote(seed.name)), \(SQLLiteral.quote(checksum)))
                    ON CONFLICT (schema_name, name) DO UPDATE SET checksum = excluded.checksum, applied_at = now()
                    """, context: "recording seed \(seed.name)")
            }
            progress("  \(seed.name): \(recorded == nil ? "ran" : "changed, ran again"), \(rows) row\(rows == 1 ? "" : "s") written")
        }
    }
}
