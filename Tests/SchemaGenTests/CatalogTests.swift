import Foundation
import SchemaGen
import ReferenceSchemas
import Testing

extension PostgresSuite {
    /// Every reference and focused schema applies in one transaction on an empty database,
    /// and the catalog read back holds exactly the model: tables, columns, types, nullability,
    /// defaults, keys, foreign keys with their actions, indexes, enums, comments.
    @Suite struct CatalogTests {
        static let schemas = ReferenceSystems.all + FocusedSchemas.all

        @Test(arguments: schemas.map(\.name))
        func appliesAndMatchesCatalog(_ name: String) throws {
            let cluster = try #require(PostgresCluster.current)
            let model = try #require(Self.schemas.first { $0.name == name }).resolve().definition
            try cluster.withDatabase { database in
                let catalog = try database.apply(model)
                let differences = CatalogComparison.differences(declared: model, catalog: catalog)
                #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                #expect(catalog.tables.map(\.name) == model.tables.map(\.name))
                #expect(catalog.tables.flatMap(\.foreignKeys).map(\.onDelete) == model.tables.flatMap(\.foreignKeys).map(\.onDelete))
            }
        }

        /// The comparison is not vacuous: each hand-made change to the database shows up.
        @Test func comparisonSeesEveryAlteration() throws {
            let cluster = try #require(PostgresCluster.current)
            let model = SaasStarter.schema.resolve().definition
            let alterations = [
                "ALTER TABLE users ALTER COLUMN role DROP DEFAULT": "role",
                "ALTER TABLE users ALTER COLUMN name SET NOT NULL": "name",
                "ALTER TABLE teams ALTER COLUMN plan_name TYPE varchar(60)": "plan_name",
                "ALTER TABLE invitations DROP CONSTRAINT invitations_team_id_fkey, ADD CONSTRAINT invitations_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE": "ON DELETE CASCADE",
                "CREATE INDEX users_name_idx ON users (name)": "users_name_idx",
                "ALTER TABLE users DROP CONSTRAINT users_email_key": "users_email_key",
                "COMMENT ON COLUMN users.deleted_at IS NULL": "deleted_at",
            ]
            for (statement, mentioned) in alterations {
                try cluster.withDatabase { database in
                    _ = try database.apply(model)
                    try database.execute(statement)
                    let differences = CatalogComparison.differences(declared: model, catalog: try database.introspect())
                    #expect(differences.contains { $0.contains(mentioned) }, "\(statement): \(differences)")
                }
            }
        }

        /// PostgreSQL rewrites expressions; these are the forms the focused schemas must arrive in.
        @Test func expressionsArriveAsDeclared() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                let keys = try database.apply(FocusedSchemas.keys.resolve().definition)
                let children = try #require(keys.tables.first { $0.name.name == "children" })
                #expect(children.checks.map(\.expression) == ["quantity >= 0", "status = ANY (ARRAY['new'::text, 'done'::text])"])
            }
            try cluster.withDatabase { database in
                let indexes = try database.apply(FocusedSchemas.indexes.resolve().definition)
                let documents = try #require(indexes.tables.first { $0.name.name == "documents" })
                let byName = Dictionary(uniqueKeysWithValues: documents.indexes.map { ($0.name, $0) })
                #expect(byName["documents_email_lower_idx"]?.keys.first?.target == .expression("lower(email)"))
                #expect(byName["documents_live_title_idx"]?.predicate == "deleted_at IS NULL")
                #expect(byName["documents_address_idx"]?.keys.first?.operatorClass == "inet_ops")
            }
            try cluster.withDatabase { database in
                let defaults = try database.apply(FocusedSchemas.defaults.resolve().definition)
                #expect(defaults.tables[0].column(named: "email_lower")?.generatedExpression == "lower(email)")
            }
        }

        /// Literals survive the trip: a row made of defaults reads back as the Swift values.
        @Test func defaultLiteralsKeepTheirValue() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                _ = try database.apply(FocusedSchemas.defaults.resolve().definition)
                try database.execute("INSERT INTO with_defaults (email) VALUES ('A@B.C')")
                let row = try database.value("""
                    SELECT json_build_object('quote', quote, 'unicode', unicode, 'negative', negative, 'ratio', ratio,
                        'tags', tags, 'empty', empty_tags, 'numbers', numbers, 'feeling', feeling, 'counter', counter,
                        'settings', settings, 'lower', email_lower)::text FROM with_defaults
                    """)
                let decoded = try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any]
                #expect(decoded?["quote"] as? String == "it's a \"quote\" with \\ backslash")
                #expect(decoded?["unicode"] as? String == "naïve café ✓")
                #expect(decoded?["negative"] as? Int == -1)
                #expect(decoded?["ratio"] as? Double == 0.25)
                #expect(decoded?["tags"] as? [String] == ["a", "b c", "d,e", "quo\"te"])
                #expect(decoded?["empty"] as? [String] == [])
                #expect(decoded?["numbers"] as? [Int] == [1, 2, 3])
                #expect(decoded?["feeling"] as? String == "it's complicated")
                #expect(decoded?["counter"] as? Int == 100)
                #expect(decoded?["lower"] as? String == "a@b.c")
            }
        }

        /// Our quoting agrees with PostgreSQL's `quote_ident` on every keyword and on odd names.
        @Test func quotingAgreesWithQuoteIdent() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                let words = try database.value("SELECT string_agg(word, ' ' ORDER BY word) FROM pg_get_keywords()")
                    .split(separator: " ").map(String.init)
                let names = words + ["users", "Users", "first name", "say \"hi\"", "_x", "x1", "1x", "été", "a$b", "snake_case"]
                let array = "ARRAY[" + names.map(SQLLiteral.quote).joined(separator: ",") + "]"
                let theirs = try database.value("SELECT json_agg(quote_ident(n) ORDER BY o) FROM unnest(\(array)) WITH ORDINALITY u(n, o)")
                let decoded = try JSONDecoder().decode([String].self, from: Data(theirs.utf8))
                #expect(decoded == names.map(SQLIdentifier.quote))
            }
        }

        /// The default names we give constraints and indexes are the ones PostgreSQL would give.
        @Test func defaultNamesAgreeWithPostgres() throws {
            let cluster = try #require(PostgresCluster.current)
            let table = String(repeating: "t", count: 40)
            let column = String(repeating: "c", count: 40)
            let schema = Schema("names") {
                Table(table) {
                    Column("id", .integer).primaryKey()
                    Column(column, .integer).unique().references(ColumnReference(table: QualifiedName(table), column: "id"))
                }
            }
            let ours = schema.resolve().definition.tables[0]
            try cluster.withDatabase { database in
                let quoted = SQLIdentifier.quote(column)
                try database.execute("""
                    CREATE TABLE \(table) (id integer PRIMARY KEY, \(quoted) integer UNIQUE REFERENCES \(table) (id));
                    CREATE INDEX ON \(table) (\(quoted));
                    """)
                let theirs = try database.introspect().tables[0]
                #expect(theirs.primaryKey?.name == ours.primaryKey?.name)
                #expect(theirs.uniques.map(\.name) == ours.uniques.map(\.name))
                #expect(theirs.foreignKeys.map(\.name) == ours.foreignKeys.map(\.name))
                let index = Schema("i") { Table(table) { Column(column, .integer); Index(on: .column(column)) } }
                #expect(theirs.indexes.map(\.name) == index.resolve().definition.tables[0].indexes.map(\.name))
            }
        }
    }
}
