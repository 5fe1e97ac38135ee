import Foundation
import SchemaGen
import SchemaGenPostgres
import Testing

/// The sixth schema (``SchemaObjectsSchema``) end to end, off and on a server.
@Suite struct SchemaObjectsSnapshotTests {
    static let model = SchemaObjectsSchema.schema.resolve()

    @Test func isValid() {
        let diagnostics = Self.model.diagnostics + Validator(schema: Self.model.definition, sources: Self.model.sources).validate()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func ddlMatchesSnapshot() throws {
        try assertSnapshot(DDLRenderer().render(Self.model.definition), named: "DDL/objects.sql")
    }

    @Test func swiftCompilesWithReadOnlyViewStructs() throws {
        #expect(try SwiftTypecheck.errors(of: SchemaObjectsSchema.schema) == nil)
        let files = SwiftCodeGenerator().files(for: Self.model.definition, graph: RelationGraph(schema: Self.model.definition))
        let view = try #require(files.first { $0.path.hasSuffix("/LargeDocument.swift") })
        #expect(view.contents.contains("public let amount: Decimal"), "a column of a domain has its base type's Swift type")
        #expect(view.contents.contains("public struct LargeDocument: FetchableRow, Hashable {"))
        #expect(view.contents.contains("public static let table = TableName(schema: \"public\", name: \"large_documents\")"))
        #expect(!files.contains { $0.path.hasSuffix("/BigAccount.swift") }, "a view without typed columns has no struct")
    }

    /// The relations page shows each table's triggers and who can read and write its rows,
    /// and each function's typed signature; the view's read-only struct is reviewed as written.
    @Test func relationsPageAndViewStructMatchSnapshots() throws {
        let model = Self.model.definition
        let graph = RelationGraph(schema: model)
        try assertSnapshot(RelationsMarkdownRenderer().render(model, graph: graph), named: "Relations/objects.md")
        let files = SwiftCodeGenerator().files(for: model, graph: graph)
        try assertSnapshot(try #require(files.first { $0.path.hasSuffix("/LargeDocument.swift") }).contents, named: "Swift/objects_LargeDocument.swift.txt")
    }

    /// Functions are created before the tables whose defaults call them; views after their
    /// tables, each after the view it reads; policies after row-level security.
    @Test func ddlOrdersObjectsByDependency() {
        let sql = DDLRenderer().render(Self.model.definition)
        func position(_ text: String) -> String.Index { sql.range(of: text)?.lowerBound ?? sql.endIndex }
        #expect(position("CREATE FUNCTION short_id") < position("CREATE TABLE documents"))
        #expect(position("CREATE DOMAIN amount") < position("CREATE TABLE documents"))
        #expect(position("CREATE TYPE address") < position("CREATE TABLE accounts"))
        #expect(position("CREATE SEQUENCE document_numbers") < position("CREATE TABLE documents"))
        #expect(position("CREATE TABLE documents") < position("CREATE FUNCTION account_total"), "a SQL-standard body is parsed when created")
        #expect(position("CREATE MATERIALIZED VIEW account_totals") < position("CREATE VIEW big_accounts"))
        #expect(position("ENABLE ROW LEVEL SECURITY") < position("CREATE POLICY"))
    }

    /// From a declaration, what a SQL-standard body reads is the names it mentions: a type
    /// change of a column it reads drops the function, and the view calling it, before the
    /// change and creates them again after it, each after what it uses; so for a function
    /// reading a view that is rebuilt. The DDL creates a function reading a view after it.
    @Test func declaredFunctionBodiesAreRebuiltAroundTheColumnsTheyRead() {
        func schema(_ type: DataType) -> SchemaDefinition {
            Schema("bodies") {
                Table("t") {
                    Column("id", .bigint).primaryKey()
                    Column("n", type)
                }
                Function("total", returns: .bigint, language: "sql", body: "BEGIN ATOMIC SELECT sum(n) FROM t; END", atomic: true)
                View("totals", as: "SELECT total() AS total")
                View("a_view", as: "SELECT id FROM t")
                Function("ids", returns: .bigint, language: "sql", body: "BEGIN ATOMIC SELECT count(*) FROM a_view; END", atomic: true)
            }.resolve().definition
        }
        let plan = Planner().plan(Differ(from: schema(.integer), to: schema(.bigint)).diff())
        let sql = plan.steps.flatMap(\.statements).joined(separator: "\n")
        func position(_ text: String) -> String.Index { sql.range(of: text)?.lowerBound ?? sql.endIndex }
        #expect(position("DROP VIEW totals;") < position("DROP FUNCTION total();"), "\(sql)")
        #expect(position("DROP FUNCTION total();") < position("ALTER TABLE t ALTER COLUMN n TYPE bigint"), "\(sql)")
        #expect(position("ALTER TABLE t ALTER COLUMN n TYPE bigint") < position("CREATE FUNCTION total()"), "\(sql)")
        #expect(position("CREATE FUNCTION total()") < position("CREATE VIEW totals"), "\(sql)")
        // A declared view naming the table is taken to read the column (its text does not say
        // otherwise), and the body reading the view is rebuilt around it.
        #expect(position("DROP FUNCTION ids();") < position("DROP VIEW a_view;"), "\(sql)")
        #expect(position("CREATE VIEW a_view") < position("CREATE FUNCTION ids()"), "\(sql)")
        let created = DDLRenderer().render(schema(.integer))
        #expect(created.range(of: "CREATE VIEW a_view")!.lowerBound < created.range(of: "CREATE FUNCTION ids()")!.lowerBound)
    }
}

extension PostgresSuite {
    @Suite struct SchemaObjectsTests {
        static let model = SchemaObjectsSchema.schema.resolve().definition
        /// Roles belong to the cluster, which tests share: two tests creating the role at once
        /// meet as a unique violation on `pg_authid`, not as `duplicate_object`.
        static let createRole = "DO $$BEGIN CREATE ROLE \(SchemaObjectsSchema.readerRole); EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;"

        /// `check` on a database built from the DDL: no drift, though PostgreSQL rewrote every
        /// view, policy and trigger condition in its own words.
        @Test func checkFindsNoDriftAfterTheDDL() async throws {
            let cluster = try #require(PostgresCluster.current)
            try await cluster.withDatabase { database in
                try database.execute(Self.createRole)
                try database.execute(DDLRenderer().render(Self.model))
                let live = try await LiveDatabase.connect(to: try DatabaseURL(database.url))
                do {
                    let stored = try await live.introspect(as: "objects")
                    #expect(stored.unmodeled.filter { !$0.isSetting }.isEmpty, "\(stored.unmodeled)")
                    let (normalized, failures) = try await live.normalizingExpressions(of: Self.model, comparedWith: stored.schema)
                    #expect(failures.isEmpty, "\(failures)")
                    #expect(SchemaComparison(expected: normalized, actual: stored.schema).differences.isEmpty,
                            "\(SchemaComparison(expected: normalized, actual: stored.schema).differences)")
                    // Drift in each kind is seen.
                    try database.execute("""
                        CREATE OR REPLACE FUNCTION short_id(length integer DEFAULT 8) RETURNS text LANGUAGE sql AS 'SELECT ''x''';
                        ALTER TABLE documents DISABLE TRIGGER documents_touch;
                        ALTER POLICY documents_readers ON documents USING (amount < 10);
                        CREATE OR REPLACE VIEW large_documents WITH (security_barrier) AS SELECT id, account_id, amount FROM documents WHERE amount > 5;
                        ALTER SEQUENCE document_numbers INCREMENT BY 2;
                        ALTER DOMAIN amount DROP NOT NULL;
                        ALTER TYPE address ADD ATTRIBUTE zip text;
                        ALTER TABLE accounts DISABLE ROW LEVEL SECURITY;
                        """)
                    let drifted = try await live.introspect(as: "objects").schema
                    let (renormalized, _) = try await live.normalizingExpressions(of: Self.model, comparedWith: drifted)
                    let labels = Set(SchemaComparison(expected: renormalized, actual: drifted).differences.map(\.object))
                    #expect(labels == [
                        "function public.short_id(integer)", "trigger documents_touch on public.documents", "policy documents_readers on public.documents",
                        "view public.large_documents", "sequence public.document_numbers", "domain public.amount", "composite type public.address",
                    ], "\(labels)")
                    await live.close()
                } catch {
                    await live.close()
                    throw error
                }
            }
        }

        /// Migrations from nothing, normal and online, reach what the DDL builds (catalog and
        /// pg_dump), plan nothing more, and the reverse migration leaves nothing behind.
        @Test(arguments: [false, true])
        func migrationsUpAndDown(online: Bool) throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { built in
                try built.execute(Self.createRole)
                try built.execute(DDLRenderer().render(Self.model))
                let wanted = try built.introspect()
                try cluster.withDatabase { migrated in
                    let options = PlanOptions(online: online ? PlanOptions.OnlineTimeouts() : nil)
                    let up = Planner(options: options).plan(Differ(from: SchemaDefinition(name: "objects"), to: Self.model).diff())
                    try migrated.apply(Migration(version: 1, name: "up", steps: up.steps))
                    let reached = try migrated.introspect()
                    #expect(CatalogComparison.differences(expected: wanted, actual: reached).isEmpty,
                            "\(CatalogComparison.differences(expected: wanted, actual: reached))")
                    #expect(Differ(from: reached, to: wanted).diff().isEmpty)
                    #expect(try migrated.schemaDump() == built.schemaDump())
                    let down = Planner(options: options).plan(Differ(from: Self.model, to: SchemaDefinition(name: "objects")).diff())
                    try migrated.apply(Migration(version: 2, name: "down", steps: down.steps))
                    let emptied = try migrated.introspect()
                    #expect(emptied.tables.isEmpty && emptied.views.isEmpty && emptied.functions.isEmpty && emptied.sequences.isEmpty, "\(emptied)")
                }
            }
        }

        /// `pull` writes the database back as a declaration (snapshot), whose model builds the
        /// same catalog again.
        @Test func pullRoundTrips() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { built in
                try built.execute(Self.createRole)
                try built.execute(DDLRenderer().render(Self.model))
                let pulled = try built.introspect(as: "objects")
                try assertSnapshot(DeclarationRenderer(typeName: "Objects").render(pulled), named: "Declarations/objects_pulled.swift.txt")
                try cluster.withDatabase { rebuilt in
                    try rebuilt.execute(Self.createRole)
                    try rebuilt.execute(DDLRenderer().render(pulled))
                    let again = try rebuilt.introspect(as: "objects")
                    #expect(CatalogComparison.differences(expected: pulled, actual: again).isEmpty, "\(CatalogComparison.differences(expected: pulled, actual: again))")
                    #expect(try rebuilt.schemaDump() == built.schemaDump())
                }
            }
        }
    }
}
