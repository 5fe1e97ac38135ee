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
        /// The statements that insert the rows, built when the seed runs, and the rows as JSON,
        /// for the checksum.
        case rows(@Sendable () throws -> (statements: [BoundStatement], json: String))
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
        Seed(schema: schema, name: name, content: .rows {
            let encoder = RowCoding.encoder
            let json = try rows.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n")
            return (try RowBridge.insertStatements(rows, batchSize: 5_000, then: { _ in "ON CONFLICT DO NOTHING" }), json)
        })
    }

    /// The statements the seed runs, and the text its checksum is of.
    private func statements() throws -> (statements: [BoundStatement], content: String) {
        func parsed(_ text: String) -> ([BoundStatement], String) {
            let statements = SQLScanner.statements(in: text)
            return (statements.map { BoundStatement(sql: $0) }, statements.joined(separator: "\n"))
        }
        switch content {
        case .sql(let text):
            return parsed(text)
        case .file(let path):
            do {
                return parsed(try String(contentsOf: URL(filePath: path), encoding: .utf8))
            } catch {
                throw DatabaseError(message: "cannot read \(path): \(error.localizedDescription)", context: "seed \(name)")
            }
        case .rows(let rows):
            let (statements, json) = try rows()
            return (statements, statements.map(\.sql).joined(separator: "\n") + "\n" + json)
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
            let (statements, content) = try seed.statements()
            let checksum = SHA256.hex(content)
            let recorded = try await database.value(
                "SELECT checksum FROM schemagen.seeds WHERE schema_name = \(schema) AND name = \(seed.name)", context: "reading \(Migrator.seedTable)")
            if recorded == checksum {
                progress("  \(seed.name): unchanged since it ran; skipped")
                continue
            }
            var rows = 0
            try await database.transaction {
                for statement in statements {
                    rows += try await database.affectedRows(PostgresQuery(unsafeSQL: statement.sql, binds: statement.binds), context: "seed \(seed.name)") ?? 0
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
