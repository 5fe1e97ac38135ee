import Foundation
import SchemaGen
import SchemaGenPostgres
import Testing

extension PostgresSuite {
    /// Declared expressions compared with a catalog only after PostgreSQL printed them: the
    /// spellings it rewrites are no drift, and real changes (even of parentheses or casts) are.
    @Suite struct ExpressionProbeTests {
        static let declaration = Schema("probe") {
            Enum("ticket_status", "open", "closed")
            Table("tickets") {
                Column("id", .bigint).primaryKey()
                Column("status", .text).notNull().check("status IN ('open', 'closed')")
                Column("state", .enumeration(QualifiedName("ticket_status"))).check("state IN ('open', 'closed')", name: "tickets_state_check")
                Column("archived", .boolean).notNull().default(sql: "FALSE")
                Column("priority", .bigint).default(sql: "bigint '2'")
                Column("tags", .array(.text)).default(sql: "'{}'::text[]")
                Column("a", .boolean)
                Column("b", .boolean)
                Column("c", .boolean)
                Column("rating", .integer).check("rating BETWEEN 1 AND 5")
                Column("due", .timestamptz).default(sql: "'2030-01-01'::timestamp")
                Column("title", .text)
                Column("title_length", .integer).generated(as: "length(title) * 2")
                Check("(a OR b) AND c", name: "tickets_logic_check")
                Index("tickets_title_idx", on: .expression("lower(title)")).where("status IN ('open')")
                Column("during", .custom("tstzrange"))
                Exclude(using: .gist, ("during", "&&"), name: "tickets_during_excl", where: "status IN ('open')")
            }
        }

        private static func withLive<T>(_ body: (LiveDatabase, Database) async throws -> T) async throws -> T {
            let cluster = try #require(PostgresCluster.current)
            return try await cluster.withDatabase { database in
                let live = try await LiveDatabase.connect(to: try DatabaseURL(database.url))
                do {
                    let result = try await body(live, database)
                    await live.close()
                    return result
                } catch {
                    await live.close()
                    throw error
                }
            }
        }

        @Test func rewrittenSpellingsAreNoDrift() async throws {
            let declared = Self.declaration.resolve().definition
            try await Self.withLive { live, database in
                try database.execute(DDLRenderer().render(declared))
                let stored = try await live.introspect(as: "probe").schema
                let (normalized, failures) = try await live.normalizingExpressions(of: declared)
                #expect(failures.isEmpty)
                #expect(SchemaComparison(expected: normalized, actual: stored).differences.isEmpty)
                #expect(Differ.betweenCatalogs(from: stored, to: normalized).diff().isEmpty)
                // Nothing of the probe is left behind.
                #expect(try await live.introspect(as: "probe").schema == stored)
                #expect(try database.value("SELECT count(*) FROM pg_class WHERE relname LIKE 'schemagen_probe%'") == "0")
            }
        }

        /// PostgreSQL prints a bound in its own words (a timestamp with the session's time zone, a
        /// negative integer quoted) and an expression key its own way: no drift, while another
        /// bound is.
        @Test func partitionKeysAndBoundsAreComparedAsStored() async throws {
            let declared = Schema("probe") {
                Table("metrics") {
                    Column("at", .timestamptz).notNull()
                    Column("region", .text)
                    PartitionBy(.range, "at")
                    Partition("metrics_2024_01", from: "2024-01-01", to: "2024-02-01 12:00")
                }
                Table("accounts") {
                    Column("id", .integer)
                    Column("region", .text)
                    PartitionBy(.list, .expression("lower(region)"))
                    Partition("accounts_eu", in: "eu", "uk")
                }
                Table("readings") {
                    Column("value", .integer)
                    PartitionBy(.range, "value")
                    Partition("readings_negative", from: .minValue, to: -5)
                }
            }.resolve().definition
            try await Self.withLive { live, database in
                try database.execute(DDLRenderer().render(declared))
                let stored = try await live.introspect(as: "probe").schema
                #expect(!Differ.betweenCatalogs(from: stored, to: declared).diff().isEmpty, "as written, the bounds differ")
                let (normalized, failures) = try await live.normalizingExpressions(of: declared)
                #expect(failures.isEmpty)
                #expect(Differ.betweenCatalogs(from: stored, to: normalized).diff().isEmpty)
                #expect(normalized.table(named: QualifiedName("metrics"))?.partitioning?.partitions.first?.bound
                    == .range(from: ["'2024-01-01 00:00:00+00'"], to: ["'2024-02-01 12:00:00+00'"]))
                // Recorded in snapshot.json, the forms serve a check that cannot ask.
                let (learned, _) = try await live.expressionForms(of: declared)
                #expect(Differ.betweenCatalogs(from: stored, to: learned.applied(to: declared.catalogForm)).diff().isEmpty)

                try database.execute("ALTER TABLE accounts DETACH PARTITION accounts_eu; ALTER TABLE accounts ATTACH PARTITION accounts_eu FOR VALUES IN ('eu');")
                let changed = try await live.introspect(as: "probe").schema
                let changes = Differ.betweenCatalogs(from: changed, to: try await live.normalizingExpressions(of: declared, comparedWith: changed).schema).diff().changes
                #expect(changes.map(\.table) == [QualifiedName("accounts"), QualifiedName("accounts")], "\(changes)")
            }
        }

        @Test func realChangesAreDrift() async throws {
            let declared = Self.declaration.resolve().definition
            try await Self.withLive { live, database in
                try database.execute(DDLRenderer().render(declared))
                try database.execute("""
                    ALTER TABLE tickets DROP CONSTRAINT tickets_logic_check, ADD CONSTRAINT tickets_logic_check CHECK (a OR (b AND c));
                    ALTER TABLE tickets ALTER COLUMN due SET DEFAULT '2030-01-01';
                    """)
                let stored = try await live.introspect(as: "probe").schema
                let normalized = try await live.normalizingExpressions(of: declared).schema
                let differences = SchemaComparison(expected: normalized, actual: stored).differences.map(\.object)
                #expect(differences == ["column public.tickets.due", "check constraint tickets_logic_check on public.tickets"])
                let changes = Differ.betweenCatalogs(from: stored, to: normalized).diff().changes
                #expect(changes.count == 3, "\(changes)")
            }
        }

        @Test func aScratchDatabaseGetsTheTypesFirstAndFailuresAreNamed() async throws {
            var declared = Self.declaration.resolve().definition
            declared.tables[0].checks.append(CheckDefinition(name: "tickets_unknown_check", expression: "no_such_function(id)"))
            try await Self.withLive { live, _ in
                let (normalized, failures) = try await live.normalizingExpressions(of: declared, createsMissingTypes: true)
                #expect(failures.count == 1 && failures[0].hasPrefix("tickets: function no_such_function"), "\(failures)")
                #expect(normalized.tables[0].checks.contains { $0.expression == "no_such_function(id)" })
                let (withoutUnknown, none) = try await live.normalizingExpressions(of: Self.declaration.resolve().definition, createsMissingTypes: true)
                #expect(none.isEmpty)
                #expect(withoutUnknown.tables[0].checks.contains { $0.expression == "state = ANY (ARRAY['open'::ticket_status, 'closed'::ticket_status])" })
                #expect(withoutUnknown.tables[0].column(named: "archived")?.defaultValue == .literal(.boolean(false)))
            }
        }

        /// Forms learned once, recorded in snapshot.json, serve a session that may not create
        /// temporary tables (a read-only replica): no false drift, and a real change still shows.
        @Test func recordedFormsServeASessionThatCannotAsk() async throws {
            let declared = Self.declaration.resolve().definition
            try await Self.withLive { live, database in
                try database.execute(DDLRenderer().render(declared))
                let (learned, failures) = try await live.expressionForms(of: declared)
                #expect(failures.isEmpty)
                #expect(learned.tables.map(\.table.name) == ["tickets"])
                let recorded = try SchemaSnapshot(decoding: SchemaSnapshot(schema: declared, expressionForms: learned).encoded()).expressionForms
                #expect(recorded == learned)

                try await live.execute("SET default_transaction_read_only = on")
                let stored = try await live.introspect(as: "probe").schema
                let (asWritten, refusal) = try await live.normalizingExpressions(of: declared, comparedWith: stored)
                #expect(refusal.count == 1 && refusal[0].contains("cannot create temporary tables"), "\(refusal)")
                #expect(!SchemaComparison(expected: asWritten, actual: stored).differences.isEmpty)
                let (withForms, note) = try await live.normalizingExpressions(of: declared, comparedWith: stored, recorded: recorded)
                #expect(note.isEmpty, "the recorded forms leave nothing to ask: \(note)")
                #expect(SchemaComparison(expected: withForms, actual: stored).differences.isEmpty)

                try await live.execute("SET default_transaction_read_only = off")
                try database.execute("ALTER TABLE tickets DROP CONSTRAINT tickets_logic_check, ADD CONSTRAINT tickets_logic_check CHECK (a OR (b AND c))")
                let changed = try await live.introspect(as: "probe").schema
                try await live.execute("SET default_transaction_read_only = on")
                let (compared, _) = try await live.normalizingExpressions(of: declared, comparedWith: changed, recorded: recorded)
                #expect(SchemaComparison(expected: compared, actual: changed).differences.map(\.object) == ["check constraint tickets_logic_check on public.tickets"])
            }
        }

        @Test func onlyTablesWrittenOtherwiseThanTheirCounterpartAreCopied() {
            let declared = Self.declaration.resolve().definition
            #expect(!ExpressionProbe(declared).isEmpty)
            #expect(ExpressionProbe(declared, comparedWith: declared).isEmpty)
            #expect(ExpressionProbe(declared, comparedWith: SchemaDefinition(name: "empty")).isEmpty)
            var stored = declared
            stored.tables[0].checks[0].expression = "(" + stored.tables[0].checks[0].expression + ")"
            let probe = ExpressionProbe(declared, comparedWith: stored)
            #expect(!probe.isEmpty)
            #expect(probe.statements[1].contains("PARTITION BY LIST (schemagen_probe_partition_key);"))
        }
    }
}
