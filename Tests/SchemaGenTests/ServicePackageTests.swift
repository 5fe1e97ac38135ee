import Foundation
import ReferenceSchemas
import SchemaGen
import SyntheticSchemas
import Testing

extension PostgresSuite {
    /// A package outside this repository declares its own schemas and gets the same commands,
    /// from the command plugin and from a three-line executable (the fixture under
    /// Tests/Fixtures/ServicePackage). Then `schemagen pull` writes the declarations of five
    /// databases into it, each made from a reference system's DDL: built and rendered again,
    /// they give that DDL back.
    ///
    /// The package, the plugin and the plugin's generator build in this repository's own build
    /// folder, `.build`, with its pins (`Package.resolved`): SwiftNIO, PostgresNIO and our modules
    /// are the objects this build already made, with the same flags, so only the fixture's own
    /// targets compile (a second build folder compiled all of them again: 7 minutes on a 2-core
    /// machine). The `swift test` running this test holds that folder's lock, and builds nothing
    /// until the tests end, so these builds pass `--ignore-lock`, and the plugin does the same
    /// for a generator built in the folder of the `swift package` running it.
    @Suite struct ServicePackageTests {
        @Test(.timeLimit(.minutes(15)))
        func outsidePackageBuildsPulledDeclarationsAndRunsTheCommands() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = FileManager.default.temporaryDirectory.appending(path: "schemagen-service-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.copyItem(at: packageRoot.appending(path: "Tests/Fixtures/ServicePackage"), to: folder)
            let template = try String(contentsOf: folder.appending(path: "Package.swift.template"), encoding: .utf8)
            try Data(template.replacing("SCHEMAGEN_PATH", with: packageRoot.path)
                .replacing("SCHEMAGEN_IDENTITY", with: packageRoot.lastPathComponent.lowercased()).utf8).write(to: folder.appending(path: "Package.swift"))
            let pins = packageRoot.appending(path: "Package.resolved")
            if FileManager.default.fileExists(atPath: pins.path) {
                try FileManager.default.copyItem(at: pins, to: folder.appending(path: "Package.resolved"))
            }
            let scratch = packageRoot.appending(path: ".build")
            /// `swift package schemagen` in the fixture, its generator built in the same folder.
            func plugin(_ arguments: [String], environment: [String: String] = [:], check: Bool = true) throws -> Shell.Result {
                try Shell.run("/usr/bin/env", [
                    "swift", "package", "--package-path", folder.path, "--scratch-path", scratch.path, "--ignore-lock",
                    "--allow-writing-to-package-directory", "schemagen", "--runner-scratch-path", scratch.path,
                ] + arguments, environment: environment, check: check)
            }
            /// `swift build` in the fixture.
            func build(_ arguments: [String] = []) throws {
                try Shell.run("/usr/bin/env", ["swift", "build", "--package-path", folder.path, "--scratch-path", scratch.path, "--ignore-lock"] + arguments)
            }
            let output = folder.appending(path: "Generated")

            // Without an executable: the plugin builds a generator from the target of
            // `BillingCatalog: SchemaCatalog` and runs `generate` in the package's folder.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "Generated/billing/Swift").path) == [".gitkeep"])
            let generatedByPlugin = try plugin(["generate", "billing"])
            #expect(generatedByPlugin.output.contains("created   Generated/billing/schema.sql"), "\(generatedByPlugin.output)")
            #expect(generatedByPlugin.output.contains("created   Generated/billing/Swift/Customer.swift"), "\(generatedByPlugin.output)")
            #expect(!generatedByPlugin.output.contains("Compiling"), "the generator's build log is shown only when it fails")
            let refusedPlugin = try plugin(["--catalog", "Missing", "list"], check: false)
            #expect(refusedPlugin.status != 0)
            #expect(refusedPlugin.error.contains("no type Missing conforms to SchemaCatalog"), "\(refusedPlugin.error)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.appending(path: "billing").path).sorted()
                    == ["Swift", "migrations", "relations.json", "relations.md", "relations.mmd", "schema.sql", "snapshot.json"], "a refusal writes nothing")

            // Pull each reference system from a database holding its DDL, and a database with
            // views, functions, triggers, policies and a sequence, and objects the DSL does not model.
            let sources = folder.appending(path: "Sources/BillingSchemas")
            var pulled: [String] = []
            for system in ReferenceSystems.all.map(\.name) {
                let typeName = "Pulled" + DeclarationRenderer.typeName(forSchema: system)
                try cluster.withDatabase { database in
                    try database.execute(try String(contentsOf: packageRoot.appending(path: "Generated/\(system)/schema.sql"), encoding: .utf8))
                    let result = try database.schemagen([
                        "pull", "--name", system, "--type-name", typeName, "--output", sources.appending(path: "\(typeName).swift").path,
                    ])
                    #expect(result.status == 0, "\(result.error)")
                    #expect(!result.error.contains("warning"))
                }
                pulled.append(typeName)
            }
            try cluster.withDatabase { database in
                try database.execute(Self.unmodeledObjects)
                let result = try database.schemagen(["pull", "--name", "extras", "--type-name", "PulledExtras"])
                #expect(result.status == 0)
                for warning in Self.expectedWarnings { #expect(result.error.contains("warning: skipped \(warning)"), "\(warning)") }
                #expect(result.error.components(separatedBy: "warning: skipped").count - 1 == Self.expectedWarnings.count)
                #expect(result.output.contains("static let notes: Table = Table(\"notes\") {"))
                for declared in ["View(\"recent_notes\"", "MaterializedView(\"note_count\"", "Function(\"touch\"", "Trigger(\"notes_touch\"",
                                 "RowLevelSecurity()", "Policy(\"notes_all\"", "SequenceGenerator(\"invoice_numbers\")",
                                 "Domain(\"positive_int\", .integer).check(\"VALUE > 0\", name: \"positive_int_check\")", "CompositeType(\"pair\""] {
                    #expect(result.output.contains(declared), "\(declared)")
                }
                try Data(result.output.utf8).write(to: sources.appending(path: "PulledExtras.swift"))
                pulled.append("PulledExtras")
            }
            // A declaration large enough to be written with typed arrays.
            let large = SyntheticSchema.declaration(tables: 150).resolve().definition
            try Data(DeclarationRenderer(typeName: "PulledLarge").render(large).utf8).write(to: sources.appending(path: "PulledLarge.swift"))
            pulled.append("PulledLarge")

            let main = folder.appending(path: "Sources/billing-schemagen/main.swift")
            let entry = try String(contentsOf: main, encoding: .utf8)
            try Data(entry.replacing("[Billing.schema, Broken.schema]", with: "[Billing.schema, Broken.schema, " + pulled.map { "\($0).schema" }.joined(separator: ", ") + "]").utf8).write(to: main)

            // The generator builds alone, as `swift run billing-schemagen` builds it.
            try build(["--product", "billing-schemagen"])
            let binary = scratch.appending(path: "debug/billing-schemagen").path

            for system in ReferenceSystems.all.map(\.name) {
                let original = try String(contentsOf: packageRoot.appending(path: "Generated/\(system)/schema.sql"), encoding: .utf8)
                let rendered = try Shell.run(binary, ["sql", system]).output
                #expect(Self.sameDDL(original, rendered), "\(system):\n\(rendered)")
                // A CHECK comes back as PostgreSQL prints it: both texts must build the same catalog.
                let catalogs = try [original, rendered].map { sql in try cluster.withDatabase { try $0.execute(sql); return try $0.introspect(as: system) } }
                #expect(CatalogComparison.differences(expected: catalogs[0], actual: catalogs[1]).isEmpty, "\(system)")
            }
            #expect(try Shell.run(binary, ["sql", "extras"]).output.contains("CREATE TABLE notes ("))
            #expect(try Shell.run(binary, ["sql", large.name]).output == DDLRenderer().render(large))

            let list = try Shell.run(binary, ["list"])
            #expect(list.output.contains("billing") && list.output.contains("broken"))

            let valid = try Shell.run(binary, ["validate", "billing"])
            #expect(valid.output.contains("1 schema (2 tables) valid"))

            let sql = try Shell.run(binary, ["sql", "billing"])
            #expect(sql.output.contains("CREATE SCHEMA billing;"))
            #expect(sql.output.contains("REFERENCES billing.customers (id) ON DELETE CASCADE"))

            let broken = try Shell.run(binary, ["validate", "broken"], check: false)
            #expect(broken.status == 1)
            #expect(broken.error.contains("Broken.swift:12:"))
            #expect(broken.error.contains("table \"sessions\", column \"account_id\""))
            #expect(broken.error.contains("[set-null-not-null]"))
            #expect(broken.error.contains("Broken.swift:13:"))
            #expect(broken.error.contains("[unknown-column]"))
            #expect(broken.error.contains("2 errors; nothing was written."))

            let refused = try Shell.run(binary, ["generate", "--output", output.path], check: false)
            #expect(refused.status == 1)
            #expect(!FileManager.default.fileExists(atPath: output.appending(path: "broken/schema.sql").path))
            let generated = try Shell.run(binary, ["generate", "billing", "--output", output.path])
            #expect(generated.output.contains("Everything was up to date."), "the plugin wrote what the executable writes: \(generated.output)")
            #expect(FileManager.default.fileExists(atPath: output.appending(path: "billing/schema.sql").path))

            // The service migrates its own database with the same executable.
            try cluster.withDatabase { database in
                let migrated = try Shell.run(binary, ["migrate", "billing", "--output", output.path], environment: ["DATABASE_URL": database.url])
                #expect(migrated.output.contains("Applying 0001_initial.sql"))
                let check = try Shell.run(binary, ["check", "billing", "--output", output.path], environment: ["DATABASE_URL": database.url], check: false)
                #expect(check.status == 0, "\(check.output)")
                // ... and seeds it, once: through the plugin, from BillingCatalog's seeds, then the
                // executable finds the same seed already run.
                let seeded = try plugin(["seed", "billing"], environment: ["DATABASE_URL": database.url])
                #expect(seeded.output.contains("house_customer: ran, 1 row written"), "\(seeded.output)")
                #expect(try Shell.run(binary, ["seed", "billing"], environment: ["DATABASE_URL": database.url]).output.contains("house_customer: unchanged"))
                #expect(try database.value("SELECT email FROM billing.customers") == "house@example.com")

                // With Generated/ written, the whole package builds: the generated module and the
                // service, which writes and reads rows of the generated types.
                try build()
                let service = try Shell.run(scratch.appending(path: "debug/billing-service").path, [], environment: ["DATABASE_URL": database.url])
                #expect(service.output == "ada@example.com: 2 invoices, totals 12.5, 0; over 10: 1\n", "\(service.output)")
                #expect(try database.value("SELECT count(*) FROM billing.invoices") == "2")
            }
        }

        /// Line for line the same, except that a CHECK may come back as PostgreSQL prints it
        /// (`rating >= 1 AND rating <= 5` for `rating BETWEEN 1 AND 5`): the same constraint.
        static func sameDDL(_ original: String, _ rendered: String) -> Bool {
            let a = original.split(separator: "\n", omittingEmptySubsequences: false)
            let b = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            return a.count == b.count && zip(a, b).allSatisfy { left, right in
                left == right || (left.contains(" CHECK (") && left.prefix { $0 != "(" } == right.prefix { $0 != "(" })
            }
        }

        static let unmodeledObjects = """
            CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, updated_at timestamptz);
            CREATE VIEW recent_notes AS SELECT id, body FROM notes;
            CREATE MATERIALIZED VIEW note_count AS SELECT count(*) FROM notes;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
            CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch();
            ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
            CREATE POLICY notes_all ON notes USING (true);
            CREATE SEQUENCE invoice_numbers;
            CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
            CREATE TYPE pair AS (a integer, b integer);
            CREATE TYPE price_range AS RANGE (subtype = numeric);
            CREATE RULE notes_keep AS ON DELETE TO notes DO INSTEAD NOTHING;
            """

        static let expectedWarnings = ["range type public.price_range", "rule notes_keep on public.notes"]
    }
}
