import Foundation
import ReferenceSchemas
import SaasStarterModels
import SchemaGen
import SchemaGenPostgres
import Testing

extension PostgresSuite {
    /// The team workflow on a real database: hand-written migrations signed and checked, a
    /// batched backfill killed and resumed, `resolve`, `reset`, `push`, seeds, and `rebase`.
    @Suite struct WorkflowTests {
        static let schema = "saas_starter"

        /// A copy of the reference schema's generated folder, to change freely.
        static func copyOfGenerated() throws -> URL {
            let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-workflow-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: packageRoot.appending(path: "Generated/\(schema)"), to: root.appending(path: schema))
            return root
        }

        static func append(_ text: String, to file: URL) throws {
            try Data((try String(contentsOf: file, encoding: .utf8) + text).utf8).write(to: file)
        }

        @Test func aCustomMigrationIsWrittenEditedSignedCheckedAndApplied() throws {
            let cluster = try #require(PostgresCluster.current)
            let root = try Self.copyOfGenerated()
            defer { try? FileManager.default.removeItem(at: root) }
            let folder = root.appending(path: "\(Self.schema)/migrations")

            // A generated migration edited before it is applied, then signed: recorded as edited.
            try Self.append("INSERT INTO teams (name) VALUES ('Founders');\n", to: folder.appending(path: "0001_initial.sql"))
            #expect(try SchemaGenBinary.run("generate", Self.schema, "-o", root.path).error.contains("0001_initial.sql was edited after it was written"))
            #expect(try SchemaGenBinary.run("hash", Self.schema, "-o", root.path).output.contains("signed 0001_initial.sql as edited"))
            #expect(try String(contentsOf: folder.appending(path: "schemagen.sum"), encoding: .utf8).contains(" 0001_initial.sql edited\n"))

            let custom = try SchemaGenBinary.run("generate", Self.schema, "--custom", "--name", "Backfill names", "-o", root.path)
            #expect(custom.status == 0, "\(custom.error)")
            #expect(custom.output.contains("migration 0002_backfill_names, 0 statements") && custom.output.contains("`schemagen hash saas_starter`"))
            let up = folder.appending(path: "0002_backfill_names.sql")
            #expect(try String(contentsOf: up, encoding: .utf8).contains("started by `schemagen generate --custom`"))
            let sum = try String(contentsOf: folder.appending(path: "schemagen.sum"), encoding: .utf8)
            #expect(sum.contains(" 0002_backfill_names.sql hand-written\n") && sum.contains(" 0001_initial.sql edited\n") && sum.contains(" 0001_initial.down.sql\n"))
            let usage = try SchemaGenBinary.run("generate", "--custom", "-o", root.path)
            #expect(usage.status != 0 && usage.error.contains("--custom writes one migration"))

            // Edited, not yet signed: refused, saying how to sign.
            try Self.append("INSERT INTO teams (name) VALUES ('Seeded by a migration');\n", to: up)
            let unsigned = try SchemaGenBinary.run("check", Self.schema, "-o", root.path)
            #expect(unsigned.status == 2 && unsigned.output.contains("sign it with `schemagen hash saas_starter`"), "\(unsigned.output)")
            let signed = try SchemaGenBinary.run("hash", Self.schema, "-o", root.path)
            #expect(signed.status == 0 && signed.output.contains("signed 0002_backfill_names.sql as hand-written"), "\(signed.output)\(signed.error)")
            #expect(try SchemaGenBinary.run("hash", Self.schema, "-o", root.path).output.contains("Every migration file was already signed."))

            try cluster.withDatabase { database in
                // A data-only edit replays to the declaration, and moves the data.
                let checked = try SchemaGenBinary.run("check", Self.schema, "-o", root.path, "--scratch-database-url", database.url)
                #expect(checked.status == 0 && checked.output.contains("replayed to snapshot.json"), "\(checked.output)\(checked.error)")
                #expect(try database.schemagen(["migrate", Self.schema, "-o", root.path]).status == 0)
                #expect(try database.appliedMigrations() == ["1 initial 1/1", "2 backfill_names 1/1"])
                #expect(try database.value("SELECT string_agg(name, ',' ORDER BY id) FROM teams") == "Founders,Seeded by a migration")
                let second = up
                // An edit that changes the schema is caught by the replay, signed or not.
                try Self.append("ALTER TABLE users ADD COLUMN nickname text;\n", to: second)
                _ = try SchemaGenBinary.run("hash", Self.schema, "-o", root.path)
                let caught = try SchemaGenBinary.run("check", Self.schema, "-o", root.path, "--scratch-database-url", database.url)
                #expect(caught.status == 2 && caught.output.contains("replay: unexpected: column public.users.nickname"), "\(caught.output)")
                // ... and `migrate` refuses a file changed after it was applied.
                let refused = try database.schemagen(["migrate", Self.schema, "-o", root.path])
                #expect(refused.status == 1 && refused.error.contains("0002_backfill_names.sql was changed after it was applied"), "\(refused.error)")
            }

        }

        @Test func aMillionRowBackfillRunsInBatchesAndResumesAfterKill9() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "counters", steps: [.transaction(
                "CREATE TABLE counters (id bigint PRIMARY KEY, hits integer DEFAULT 0 NOT NULL);",
                "INSERT INTO counters (id) SELECT generate_series(1, 1000000);")])
            var backfill = MigrationStep.alone("UPDATE counters SET hits = hits + 1 WHERE id BETWEEN $1 AND $2;")
            backfill.batch = MigrationStep.Batch(table: "counters", column: "id", size: 20000)
            try folder.write(2, "count_once", steps: [backfill, .transaction("ALTER TABLE counters ADD CONSTRAINT counted_once CHECK (hits = 1);")])
            let text = try String(contentsOf: folder.folder.appending(path: "0002_count_once.sql"), encoding: .utf8)
            #expect(text.contains("-- schemagen:step no-transaction\n-- schemagen:batch counters.id 20000\nUPDATE counters"))

            try cluster.withDatabase { database in
                let arguments = ["migrate", Self.schema, "--output", folder.root.path]
                // Killed once 200,000 keys are done, in the middle of the backfill.
                try MigrateTests.kill(arguments, in: database) {
                    (Int((try? database.value("SELECT batch_position FROM schemagen.migrations WHERE version = 2")) ?? "") ?? 0) >= 200_000
                }
                // Exactly the recorded batches are in: each committed with its position.
                let done = try #require(Int(try database.value("SELECT batch_position FROM schemagen.migrations WHERE version = 2")))
                #expect(done >= 200_000 && done < 1_000_000 && done % 20000 == 0, "\(done)")
                #expect(try database.value("SELECT count(*) FROM counters WHERE hits = 1") == String(done))
                #expect(try database.value("SELECT count(*) FROM counters WHERE hits = 0") == String(1_000_000 - done))

                let status = try database.schemagen(["status", Self.schema, "--output", folder.root.path])
                #expect(status.output.contains("0002_count_once  STOPPED at step 1 of 2, its batches done up to key \(done)"), "\(status.output)")
                let refused = try database.schemagen(arguments)
                #expect(refused.status == 1 && refused.error.contains("run `schemagen migrate --resume`"), "\(refused.error)")

                let resumed = try database.schemagen(arguments + ["--resume"])
                #expect(resumed.status == 0, "\(resumed.error)")
                #expect(resumed.output.contains("Resuming 0002_count_once.sql at step 1 of 2, after key \(done) of its batches"), "\(resumed.output)")
                #expect(resumed.output.contains("batch 50 of 50 (100%), counters.id up to 1000000 of 1000000, \(1_000_000 - done) rows"), "\(resumed.output)")
                // Every row counted once: no batch ran twice, none was skipped.
                #expect(try database.value("SELECT count(*) FROM counters WHERE hits <> 1") == "0")
                #expect(try database.appliedMigrations() == ["1 counters 1/1", "2 count_once 2/2"])
                #expect(try database.value("SELECT batch_position IS NULL FROM schemagen.migrations WHERE version = 2") == "t")
            }
        }

        @Test func batchMarkersAndStraySQLAreCheckedWhenTheFileIsRead() throws {
            let header = "-- schemagen:step no-transaction\n"
            let good = try Migration.parse(header + "-- schemagen:batch billing.invoices.id 500\nUPDATE billing.invoices SET x = 1 WHERE id BETWEEN $1 AND $2;\n", fileName: "0002_x.sql")
            #expect(good.steps[0].batch == MigrationStep.Batch(table: "billing.invoices", column: "id", size: 500))
            #expect(good.render(schema: "s").contains("-- schemagen:batch billing.invoices.id 500\n"))
            let declared = try Migration.parse(header + "-- hazard data-deleted: old rows of \"events\" go\nDELETE FROM events WHERE at < now() - interval '1 year';\n", fileName: "0003_x.sql")
            #expect(declared.steps[0].hazards == [[Hazard(.dataDeleted, "old rows of \"events\" go")]])
            #expect(HazardPolicy(forbidden: [.dataDeleted]).violations(in: declared.steps).count == 1)
            for bad in [
                header + "-- schemagen:batch invoices 500\nUPDATE invoices SET x = 1;\n",
                header + "-- schemagen:batch invoices.id 0\nUPDATE invoices SET x = 1;\n",
                header + "-- schemagen:batch invoices.id 10\nUPDATE a SET x = 1;\nUPDATE b SET x = 1;\n",
                "-- schemagen:step transaction\n-- schemagen:batch invoices.id 10\nUPDATE invoices SET x = 1;\n",
                header + "UPDATE a SET x = 1;\n-- schemagen:batch invoices.id 10\nUPDATE invoices SET x = 1;\n",
                "-- A hand-written migration.\nUPDATE a SET x = 1;\n" + header,
                header + "-- hazard data-delted: old rows go\nDELETE FROM events;\n",
            ] {
                #expect(throws: MigrationFileError.self, "\(bad)") { try Migration.parse(bad, fileName: "0002_x.sql") }
            }
        }

        @Test func resolveRecordsAHandRepairEitherWay() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            let output = ["--output", folder.root.path]
            try folder.write(1, "items", steps: [.transaction("CREATE TABLE items (id integer PRIMARY KEY, code text);")])
            try folder.write(2, "unique_code", steps: [
                .transaction("INSERT INTO items VALUES (1, 'a'), (2, 'a');"),
                .alone("CREATE UNIQUE INDEX CONCURRENTLY items_code_key ON items (code);"),
            ])
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", Self.schema] + output).status == 1)
                // A person repairs it: the duplicate fixed, the index built.
                try database.execute("DROP INDEX items_code_key; UPDATE items SET code = 'b' WHERE id = 2; CREATE UNIQUE INDEX items_code_key ON items (code);")
                let noReason = try database.schemagen(["resolve", Self.schema, "--applied", "2"] + output)
                #expect(noReason.status != 0 && noReason.error.contains("--reason"))
                let both = try database.schemagen(["resolve", Self.schema, "--applied", "2", "--rolled-back", "2", "--reason", "x"] + output)
                #expect(both.status != 0 && both.error.contains("pass one of --applied"))
                let resolved = try database.schemagen(["resolve", Self.schema, "--applied", "2", "--reason", "deduplicated the codes and built the index by hand"] + output)
                #expect(resolved.status == 0 && resolved.output.contains("recorded 0002_unique_code as applied"), "\(resolved.error)")
                let status = try database.schemagen(["status", Self.schema] + output)
                #expect(status.status == 0 && status.output.contains("0002_unique_code  applied"), "\(status.output)")
                #expect(status.output.contains("resolved as applied by postgres at ") && status.output.contains(": \"deduplicated the codes and built the index by hand\""))
                #expect(try database.schemagen(["migrate", Self.schema] + output).output.contains("nothing to apply"))
                let again = try database.schemagen(["resolve", Self.schema, "--applied", "2", "--reason", "again"] + output)
                #expect(again.status == 1 && again.error.contains("0002_unique_code is already recorded as applied"), "\(again.error)")
                let early = try database.schemagen(["resolve", Self.schema, "--rolled-back", "1", "--reason", "no"] + output)
                #expect(early.status == 1 && early.error.contains("is not the last migration applied"), "\(early.error)")

                // Stopped at step 2; the person undoes step 1 and fixes the file, which runs again.
                try folder.write(3, "audit", steps: [
                    .transaction("CREATE TABLE audit (id integer);"), .alone("CREATE INDEX CONCURRENTLY audit_at_idx ON audit (at);"),
                ])
                #expect(try database.schemagen(["migrate", Self.schema] + output).status == 1)
                try database.execute("DROP TABLE audit;")
                let rolledBack = try database.schemagen(["resolve", Self.schema, "--rolled-back", "3", "--reason", "dropped audit; the index column is fixed"] + output)
                #expect(rolledBack.status == 0 && rolledBack.output.contains("it is pending again"), "\(rolledBack.error)")
                #expect(try database.appliedMigrations() == ["1 items 1/1", "2 unique_code 2/2"])
                try folder.write(3, "audit", steps: [
                    .transaction("CREATE TABLE audit (id integer);"), .alone("CREATE INDEX CONCURRENTLY audit_id_idx ON audit (id);"),
                ])
                #expect(try database.schemagen(["migrate", Self.schema] + output).status == 0)
                let final = try database.schemagen(["status", Self.schema] + output).output
                #expect(final.contains("0003_audit  applied") && final.contains("resolved as rolled-back by postgres"), "\(final)")
                #expect(try database.value("SELECT string_agg(version || ' ' || outcome, ',' ORDER BY resolved_at, version) FROM schemagen.migration_resolutions")
                    == "2 applied,3 rolled-back")
            }
        }

        @Test func resetRefusesADatabaseThatIsNotLocalOrNotMarked() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", Self.schema]).status == 0)
                try database.execute("INSERT INTO users (email, password_hash) VALUES ('ada@example.com', 'x');")
                let acl = try database.value("SELECT nspowner::regrole || ' ' || nspacl::text || ' ' || obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = 'public'")

                let unmarked = try database.schemagen(["reset", Self.schema])
                #expect(unmarked.status == 1, "\(unmarked.output)")
                #expect(unmarked.error.contains("not marked as a development database; mark it with ALTER DATABASE \(database.name) SET schemagen.environment = 'development';"), "\(unmarked.error)")
                #expect(try database.value("SELECT count(*) FROM users") == "1")
                let remote = try Shell.run(SchemaGenBinary.url.path, ["reset", Self.schema], environment: ["DATABASE_URL": "postgres://app:s3cret@db.example.com/app"], check: false)
                #expect(remote.status == 1 && remote.error.contains("db.example.com is not this machine") && !remote.error.contains("s3cret"), "\(remote.error)")

                try database.execute("ALTER DATABASE \(database.name) SET schemagen.environment = 'development';")
                let reset = try database.schemagen(["reset", Self.schema])
                #expect(reset.status == 0, "\(reset.error)")
                #expect(reset.output.contains("Dropped 1 schema of \(database.name)") && reset.output.contains("reset; applied 1 migration."), "\(reset.output)")
                #expect(try database.value("SELECT count(*) FROM users") == "0")
                #expect(try database.appliedMigrations() == ["1 initial 1/1"])
                let declared = try #require(ReferenceSystemsLookup.definition(Self.schema))
                #expect(CatalogComparison.differences(declared: declared, catalog: try database.introspect()).isEmpty)
                #expect(try database.value("SELECT nspowner::regrole || ' ' || nspacl::text || ' ' || obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = 'public'") == acl)
            }
        }

        @Test func pushShowsItsPlanRefusesADropAndAppliesTheRest() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                let created = try database.schemagen(["push", Self.schema])
                #expect(created.status == 0 && created.output.contains("CREATE TABLE users ("), "\(created.error)")
                #expect(created.output.contains("No migration was written"))
                #expect(try database.value("SELECT to_regclass('schemagen.migrations') IS NULL") == "t")

                try database.execute("CREATE TABLE scratch_notes (id integer); ALTER TABLE users DROP COLUMN deleted_at;")
                let refused = try database.schemagen(["push", Self.schema])
                #expect(refused.status == 1, "\(refused.output)")
                #expect(refused.output.contains("-- hazard data-deleted: every row of \"scratch_notes\" is deleted\n") && refused.output.contains("\nDROP TABLE scratch_notes;\n"), "\(refused.output)")
                #expect(refused.error.contains("Allow(.dropTable(\"scratch_notes\"))") && refused.error.contains("Nothing was pushed."), "\(refused.error)")
                #expect(try database.value("SELECT to_regclass('scratch_notes') IS NOT NULL AND NOT EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname = 'deleted_at')") == "t")
                let forbidden = try database.schemagen(["push", Self.schema, "--allow-destructive", "--forbid-hazard", "data-deleted"])
                #expect(forbidden.status == 1 && forbidden.error.contains("data-deleted"), "\(forbidden.error)")

                let pushed = try database.schemagen(["push", Self.schema, "--allow-destructive"])
                #expect(pushed.status == 0 && pushed.output.contains("ALTER TABLE users ADD COLUMN deleted_at timestamp;"), "\(pushed.error)")
                let declared = try #require(ReferenceSystemsLookup.definition(Self.schema))
                #expect(CatalogComparison.differences(declared: declared, catalog: try database.introspect()).isEmpty)
                #expect(try database.schemagen(["push", Self.schema]).output.contains("nothing to push"))
                let status = try database.schemagen(["status", Self.schema])
                #expect(status.output.contains("0001_initial  pending") && status.output.contains("Drift: the database matches the declaration (1 migration pending)"), "\(status.output)")
                // On a database `migrate` manages, a push says that it leaves the migrations behind.
                try cluster.withDatabase { managed in
                    #expect(try managed.schemagen(["migrate", Self.schema]).status == 0)
                    try managed.execute("ALTER TABLE users DROP COLUMN deleted_at;")
                    let bypass = try managed.schemagen(["push", Self.schema])
                    #expect(bypass.status == 0 && bypass.error.contains("warning: 1 migration is applied to this database: after a push its schema no longer follows them; `schemagen reset saas_starter` brings it back to the migrations [push-bypasses-history]"), "\(bypass.error)")
                }
            }
        }

        @Test func statusSaysWhetherTheDatabaseDrifted() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", Self.schema]).status == 0)
                #expect(try database.schemagen(["status", Self.schema]).output.contains("Drift: the database matches the declaration\n"))
                try database.execute("ALTER TABLE users ADD COLUMN nickname text; ALTER TABLE teams DROP COLUMN plan_name;")
                let drifted = try database.schemagen(["status", Self.schema])
                #expect(drifted.output.contains("Drift: the database differs from the declaration in 2 places; `schemagen check saas_starter --database-url ...` lists them"), "\(drifted.output)")
            }
        }

        @Test func seedsRunOncePerContentAndKeepExistingRows() async throws {
            let cluster = try #require(PostgresCluster.current)
            try await cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", Self.schema]).status == 0)
                let none = try database.schemagen(["seed", Self.schema])
                #expect(none.status == 0 && none.output.contains("no seeds are declared"))
                try await LiveDatabase.withConnection(to: try DatabaseURL(database.url)) { live in
                    func seed(_ seeds: [Seed]) async throws -> [String] {
                        var lines: [String] = []
                        try await Seed.run(seeds, on: live, schema: Self.schema) { lines.append($0) }
                        return lines
                    }
                    let ada = User.Draft(id: 1, name: "Ada", email: "ada@example.com", passwordHash: "x")
                    let teams = Seed.sql("teams", schema: Self.schema, "INSERT INTO teams (id, name) VALUES (1, 'Core') ON CONFLICT DO NOTHING;")
                    let first = try await seed([.rows("users", schema: Self.schema, [ada]), teams])
                    #expect(first == ["  users: ran, 1 row written", "  teams: ran, 1 row written"])
                    let second = try await seed([.rows("users", schema: Self.schema, [ada]), teams])
                    #expect(second == ["  users: unchanged since it ran; skipped", "  teams: unchanged since it ran; skipped"])
                    // Changed: runs again; the row whose key exists stays as it is.
                    let grace = User.Draft(id: 2, name: "Grace", email: "grace@example.com", passwordHash: "y")
                    let renamed = User.Draft(id: 1, name: "Renamed", email: "ada@example.com", passwordHash: "x")
                    let third = try await seed([.rows("users", schema: Self.schema, [renamed, grace])])
                    #expect(third == ["  users: changed, ran again, 1 row written"])
                    #expect(try database.value("SELECT string_agg(id || ':' || name, ',' ORDER BY id) FROM users") == "1:Ada,2:Grace")
                    // A failing seed leaves nothing behind.
                    await #expect(throws: DatabaseError.self) {
                        try await seed([.sql("broken", schema: Self.schema, "INSERT INTO teams (id, name) VALUES (2, 'Two'); INSERT INTO nowhere VALUES (1);")])
                    }
                    #expect(try database.value("SELECT count(*) FROM teams") == "1")
                    #expect(try database.value("SELECT count(*) FROM schemagen.seeds WHERE name = 'broken'") == "0")
                }
            }
        }
    }
}

/// The declared reference schemas, by name.
enum ReferenceSystemsLookup {
    static func definition(_ name: String) -> SchemaDefinition? {
        ReferenceSystems.all.first { $0.name == name }?.resolve().definition
    }
}

extension PostgresSuite.WorkflowTests {
    /// A migrations folder and snapshot as a branch holds them, changed as `generate` changes them.
    struct Branch {
        var files: [String: String] = [:]
        var sum: String?
        var snapshot: SchemaSnapshot?

        var directory: MigrationDirectory { MigrationDirectory(files: files, sum: sum) }

        mutating func generate(_ schema: Schema, options: MigrationGenerator.Options = .init()) throws {
            let output = try MigrationGenerator(resolved: schema.resolve(), recorded: snapshot, directory: directory, options: options).generate()
            apply(output.files)
        }

        mutating func apply(_ generated: [GeneratedFile], removing: [String] = []) {
            for file in generated {
                let name = String(file.path.split(separator: "/").last!)
                if name == SchemaSnapshot.fileName {
                    snapshot = try? SchemaSnapshot(decoding: file.contents)
                } else if name == MigrationDirectory.sumFileName {
                    sum = file.contents
                } else {
                    files[name] = file.contents
                }
            }
            for path in removing { files[String(path.split(separator: "/").last!)] = nil }
        }
    }

    static let customers = Table("customers") {
        Column("id", .integer).primaryKey()
        Column("email", .text).notNull()
    }
    static let customersWithNickname = Table("customers") {
        Column("id", .integer).primaryKey()
        Column("email", .text).notNull()
        Column("nickname", .text)
    }
    static let orders = Table("orders") {
        Column("id", .integer).primaryKey()
        Column("total_cents", .integer).notNull()
    }

    /// From one `0001_initial` (customers), main adds `customers.nickname` in
    /// `0002_add_customers_nickname` and the branch adds `orders` in `0002_create_orders`.
    static func divergedBranches() throws -> (main: Branch, branch: Branch) {
        var base = Branch()
        try base.generate(Schema("shop") { customers })
        var (main, branch) = (base, base)
        try main.generate(Schema("shop") { customersWithNickname })
        try branch.generate(Schema("shop") { customers; orders })
        return (main, branch)
    }

    /// `--custom` with changes no migration has yet: their planned SQL, marked hand-written, to
    /// patch; the snapshot moves on, so nothing is left to generate.
    @Test func aCustomMigrationCarriesThePendingChanges() throws {
        var branch = Branch()
        try branch.generate(Schema("shop") { Self.customers })
        let declaration = Schema("shop") { Self.customersWithNickname }
        try branch.generate(declaration, options: .init(name: "Nickname, patched", custom: true))
        let up = try #require(branch.files["0002_nickname_patched.sql"])
        #expect(up.contains("started by `schemagen generate --custom`") && up.contains("ALTER TABLE customers ADD COLUMN nickname text;"))
        #expect(try #require(branch.files["0002_nickname_patched.down.sql"]).contains("ALTER TABLE customers DROP COLUMN nickname;"))
        #expect(branch.directory.origins["0002_nickname_patched.sql"] == .handWritten)
        #expect(branch.directory.origins["0001_initial.sql"] == .generated)
        #expect(try MigrationGenerator(resolved: declaration.resolve(), recorded: branch.snapshot, directory: branch.directory).generate().migration == nil)
        // A custom migration is still refused what generate refuses: here a destructive change.
        #expect(throws: MigrationRefusal.self) {
            try branch.generate(Schema("shop") { Self.orders }, options: .init(name: "swap", custom: true))
        }
    }

    /// Main adds a column; the branch adds a table, then a hand-written migration that fills it.
    /// After the merge, `rebase` keeps main's files, plans the branch's table again after them,
    /// keeps the hand-written migration last, and the chain replays to the merged declaration.
    @Test func aTwoBranchMergeIsRebasedIntoAChainThatReplaysToTheMergedDeclaration() async throws {
        let cluster = try #require(PostgresCluster.current)
        var (main, branch) = try Self.divergedBranches()
        try branch.generate(Schema("shop") { Self.customers; Self.orders }, options: .init(name: "fill_orders", custom: true))
        branch.files["0003_fill_orders.sql"]! += "INSERT INTO orders (id, total_cents) VALUES (1, 1200), (2, 800);\n"
        branch.sum = try branch.directory.resigned().sum
        #expect(main.files.keys.sorted() == ["0001_initial.down.sql", "0001_initial.sql", "0002_add_customers_nickname.down.sql", "0002_add_customers_nickname.sql"])
        #expect(branch.files.keys.contains("0002_create_orders.sql") && branch.files.keys.contains("0003_fill_orders.sql"))

        // The merge: both branches' files, and schemagen.sum in conflict.
        var merged = branch
        merged.files.merge(main.files) { ours, _ in ours }
        merged.sum = "<<<<<<< HEAD\n" + branch.sum! + "=======\n" + main.sum! + ">>>>>>> main\n"
        let declaration = Schema("shop") { Self.customersWithNickname; Self.orders }
        #expect(!merged.directory.integrityProblems(of: "shop").isEmpty)

        // An edit nobody signed is refused.
        var unsigned = merged
        unsigned.files["0003_fill_orders.sql"]! += "DELETE FROM orders;\n"
        #expect(throws: MigrationRebase.Problem.self) {
            try MigrationRebase(resolved: declaration.resolve(), merged: unsigned.directory, main: main.directory, mainSnapshot: main.snapshot).rebase()
        }
        let rebase = try MigrationRebase(resolved: declaration.resolve(), merged: merged.directory, main: main.directory, mainSnapshot: main.snapshot).rebase()
        merged.apply(rebase.files, removing: rebase.removed)
        #expect(merged.files.keys.sorted() == [
            "0001_initial.down.sql", "0001_initial.sql", "0002_add_customers_nickname.down.sql", "0002_add_customers_nickname.sql",
            "0003_create_orders.down.sql", "0003_create_orders.sql", "0004_fill_orders.down.sql", "0004_fill_orders.sql",
        ])
        for name in main.files.keys { #expect(merged.files[name] == main.files[name]) }
        #expect(merged.files["0004_fill_orders.sql"] == branch.files["0003_fill_orders.sql"])
        #expect(merged.files["0003_create_orders.sql"]!.contains("CREATE TABLE orders ("))
        #expect(!merged.files["0003_create_orders.sql"]!.contains("nickname"))
        #expect(rebase.warnings.count == 1 && rebase.warnings[0].contains("0003_fill_orders was written or edited by hand: kept as it is, as 0004_fill_orders"))
        #expect(merged.directory.integrityProblems(of: "shop").isEmpty)
        #expect(merged.directory.origins["0004_fill_orders.sql"] == .handWritten && merged.directory.origins["0003_create_orders.sql"] == .generated)
        #expect(merged.snapshot?.schema == declaration.resolve().definition)
        // The files a person reviews: the re-planned and the kept migration, and the sum with its origins.
        try assertSnapshot(["0003_create_orders.sql", "0004_fill_orders.sql", "0004_fill_orders.down.sql"].map {
            "==> \($0) <==\n" + merged.files[$0]!
        }.joined(separator: "\n") + "\n==> schemagen.sum <==\n" + merged.sum!, named: "Migrations/rebased_branch.txt")
        // Planned again from the rebased snapshot: nothing left.
        #expect(try MigrationGenerator(resolved: declaration.resolve(), recorded: merged.snapshot, directory: merged.directory).generate().migration == nil)
        // A second rebase changes nothing.
        let again = try MigrationRebase(resolved: declaration.resolve(), merged: merged.directory, main: main.directory, mainSnapshot: main.snapshot).rebase()
        var twice = merged
        twice.apply(again.files, removing: again.removed)
        #expect(twice.files == merged.files && twice.sum == merged.sum)

        // The chain replays to the merged declaration: catalog and pg_dump equal.
        let declared = declaration.resolve().definition
        try await cluster.withDatabase { replayed in
            try await LiveDatabase.withConnection(to: try DatabaseURL(replayed.url)) { live in
                _ = try await Migrator(database: live, schema: "shop", directory: merged.directory).migrate { _ in }
            }
            #expect(CatalogComparison.differences(declared: declared, catalog: try replayed.introspect()).isEmpty)
            #expect(try replayed.value("SELECT sum(total_cents) FROM orders") == "2000")
            // The history is no part of the schema.
            try replayed.execute("DROP SCHEMA schemagen CASCADE;")
            try cluster.withDatabase { fresh in
                var direct = Branch()
                try direct.generate(declaration)
                try fresh.apply(try Migration.parse(direct.files["0001_initial.sql"]!, fileName: "0001_initial.sql"))
                #expect(try replayed.schemaDump() == fresh.schemaDump())
            }
        }
    }

    /// The branch edited its generated migration (a backfill appended) and signed it: kept as
    /// it is, it creates the table itself, so planning that table again after main's fails the
    /// proof. The verified rebase replays it after main's and plans what is left from there:
    /// nothing, so the chain is main's migrations and the edited one.
    @Test func aRebasedEditedMigrationIsPlannedAroundOnAScratchDatabase() async throws {
        let cluster = try #require(PostgresCluster.current)
        var (main, branch) = try Self.divergedBranches()
        branch.files["0002_create_orders.sql"]! += "INSERT INTO orders (id, total_cents) VALUES (1, 500);\n"
        let signing = try branch.directory.resigned()
        #expect(signing.edited == ["0002_create_orders.sql"] && signing.origins["0002_create_orders.sql"] == .edited)
        branch.sum = signing.sum
        var merged = branch
        merged.files.merge(main.files) { ours, _ in ours }
        let declaration = Schema("shop") { Self.customersWithNickname; Self.orders }
        let rebase = MigrationRebase(resolved: declaration.resolve(), merged: merged.directory, main: main.directory, mainSnapshot: main.snapshot)
        // Planned from main's snapshot alone, the table is created twice.
        let plain = try rebase.rebase()
        #expect(plain.following.map(\.identifier) == ["0003_create_orders", "0004_create_orders"])

        try await cluster.withDatabase { server in
            let (proved, problems) = try await rebase.verified(server: try DatabaseURL(server.url))
            let output = try #require(proved, "\(problems)")
            #expect(output.following.map(\.identifier) == ["0003_create_orders"])
            #expect(output.warnings.contains { $0.contains("planned after them") })
            merged.apply(output.files, removing: output.removed)
            #expect(merged.directory.integrityProblems(of: "shop").isEmpty)
            #expect(merged.directory.origins["0003_create_orders.sql"] == .edited)
            #expect(try MigrationGenerator(resolved: declaration.resolve(), recorded: merged.snapshot, directory: merged.directory).generate().migration == nil)
            try await LiveDatabase.withConnection(to: try DatabaseURL(server.url)) { live in
                _ = try await Migrator(database: live, schema: "shop", directory: merged.directory).migrate { _ in }
            }
            #expect(CatalogComparison.differences(declared: declaration.resolve().definition, catalog: try server.introspect()).isEmpty)
            #expect(try server.value("SELECT sum(total_cents) FROM orders") == "500")
        }
    }

    /// `schemagen rebase` reads main's files from git: a hand-written migration of each branch
    /// is numbered 0002; after the merge, this branch's becomes 0003 and `check` passes.
    @Test func rebaseReadsTheMainBranchFromGitAndProvesTheChain() throws {
        let cluster = try #require(PostgresCluster.current)
        let root = try Self.copyOfGenerated()
        defer { try? FileManager.default.removeItem(at: root) }
        func git(_ arguments: String...) throws -> Shell.Result {
            try Shell.run("/usr/bin/env", ["git", "-C", root.path, "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments, check: false)
        }
        func generate(_ name: String) throws {
            #expect(try SchemaGenBinary.run("generate", Self.schema, "--custom", "--name", name, "-o", root.path).status == 0)
        }
        #expect(try git("init", "-q", "-b", "main").status == 0)
        _ = try git("add", "-A")
        #expect(try git("commit", "-q", "-m", "base").status == 0)
        try generate("main_fix")
        _ = try git("add", "-A")
        _ = try git("commit", "-q", "-m", "main")
        _ = try git("checkout", "-q", "-b", "feature", "HEAD~1")
        try generate("feature_fix")
        let featureFix = root.appending(path: "\(Self.schema)/migrations/0002_feature_fix.sql")
        try Self.append("ALTER TABLE users ADD COLUMN nickname text;\n", to: featureFix)
        #expect(try SchemaGenBinary.run("hash", Self.schema, "-o", root.path).status == 0)
        _ = try git("add", "-A")
        _ = try git("commit", "-q", "-m", "feature")
        let merge = try git("merge", "-q", "main")
        #expect(merge.status != 0) // schemagen.sum conflicts
        _ = try git("add", "-A")
        _ = try git("commit", "-q", "-m", "merge")
        let broken = try SchemaGenBinary.run("check", Self.schema, "-o", root.path)
        #expect(broken.status == 2 && broken.output.contains("0002_feature_fix.sql and 0002_main_fix.sql share version 2"), "\(broken.output)")
        #expect(broken.output.contains("run `schemagen rebase saas_starter` (with `--onto origin/main` when main is only fetched)"))

        let bad = try SchemaGenBinary.run("rebase", Self.schema, "-o", root.path, "--onto", "no-such-branch")
        #expect(bad.status != 0 && bad.error.contains("git ls-tree"), "\(bad.error)")
        let rebased = try cluster.withDatabase { database in
            // The branch's hand-written migration changes the schema: the proof fails, nothing is written.
            let refused = try SchemaGenBinary.run("rebase", Self.schema, "-o", root.path, "--onto", "main", "--verify", database.url)
            #expect(refused.status == 1 && refused.error.contains("do not verify") && refused.error.contains("Nothing was written."), "\(refused.error)")
            #expect(refused.error.contains("nickname"), "\(refused.error)")
            #expect(FileManager.default.fileExists(atPath: featureFix.path))
            // Made data-only and signed again, it is proved and rebased.
            let text = try String(contentsOf: featureFix, encoding: .utf8)
            try Data(text.replacing("ALTER TABLE users ADD COLUMN nickname text;", with: "UPDATE users SET name = btrim(name);").utf8).write(to: featureFix)
            #expect(try SchemaGenBinary.run("hash", Self.schema, "-o", root.path).status == 0)
            return try SchemaGenBinary.run("rebase", Self.schema, "-o", root.path, "--onto", "main", "--verify", database.url)
        }
        #expect(rebased.status == 0, "\(rebased.error)")
        #expect(rebased.error.contains("warning: 0002_feature_fix was written or edited by hand: kept as it is, as 0003_feature_fix"), "\(rebased.error)")
        let folder = root.appending(path: "\(Self.schema)/migrations")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(names == ["0001_initial.down.sql", "0001_initial.sql", "0002_main_fix.down.sql", "0002_main_fix.sql", "0003_feature_fix.down.sql", "0003_feature_fix.sql"])
        let check = try SchemaGenBinary.run("check", Self.schema, "-o", root.path)
        #expect(check.status == 0, "\(check.output)")
    }
}
