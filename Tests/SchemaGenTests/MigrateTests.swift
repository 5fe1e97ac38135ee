import Foundation
import ReferenceSchemas
@testable import SchemaGen
import Testing

extension PostgresSuite {
    /// `schemagen migrate`, `status` and `down` on a real database: tracking, refusals,
    /// concurrency and faults.
    @Suite struct MigrateTests {
        static let schema = "saas_starter"

        /// The reference migrations: up, status, down, and the catalog each time.
        @Test func migrateStatusAndDownTheReferenceMigrations() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                let dryRun = try database.schemagen(["migrate", Self.schema, "--dry-run"])
                #expect(dryRun.status == 0)
                #expect(dryRun.output.contains("-- 0001_initial.sql (would apply)") && dryRun.output.contains("CREATE TABLE users ("))
                #expect(try database.value("SELECT to_regclass('schemagen.migrations') IS NULL") == "t")

                let migrated = try database.schemagen(["migrate", Self.schema])
                #expect(migrated.status == 0, "\(migrated.error)")
                #expect(migrated.output.contains("Applying 0001_initial.sql") && migrated.output.contains("applied 1 migration"))
                let declared = try #require(ReferenceSystems.all.first { $0.name == Self.schema }).resolve().definition
                #expect(CatalogComparison.differences(declared: declared, catalog: try database.introspect()).isEmpty)
                #expect(try database.appliedMigrations() == ["1 initial 1/1"])
                let checksum = try database.value("SELECT checksum FROM schemagen.migrations")
                let file = try String(contentsOf: packageRoot.appending(path: "Generated/\(Self.schema)/migrations/0001_initial.sql"), encoding: .utf8)
                #expect(checksum == SHA256.hex(file))

                let status = try database.schemagen(["status", Self.schema])
                #expect(status.status == 0)
                #expect(status.output.contains("0001_initial  applied"))

                let again = try database.schemagen(["migrate", Self.schema])
                #expect(again.status == 0 && again.output.contains("nothing to apply"))

                let reverted = try database.schemagen(["down", Self.schema])
                #expect(reverted.status == 0, "\(reverted.error)")
                #expect(reverted.output.contains("reverted 0001_initial"))
                #expect(try database.introspect().tables.isEmpty)
                #expect(try database.appliedMigrations().isEmpty)
                #expect(try database.schemagen(["status", Self.schema]).output.contains("0001_initial  pending"))
            }
        }

        /// A routine with a SQL-standard body and a rule with several actions migrate up and down:
        /// the `;`s inside `BEGIN ATOMIC ... END` and inside parentheses end no statement.
        @Test func atomicBodiesAndRuleActionsMigrateWhole() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "bodies", steps: [.transaction(
                "CREATE TABLE t (n integer);",
                "CREATE TABLE log (n integer);",
                "CREATE FUNCTION total() RETURNS bigint LANGUAGE sql\nBEGIN ATOMIC\n  INSERT INTO log VALUES (0);\n  SELECT CASE WHEN count(*) > 0 THEN sum(n) END FROM t;\nEND;",
                "CREATE RULE t_log AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (NEW.n); INSERT INTO log VALUES (NEW.n + 1));")],
                down: [.transaction("DROP RULE t_log ON t;", "DROP FUNCTION total();", "DROP TABLE log;", "DROP TABLE t;")])
            try cluster.withDatabase { database in
                let migrated = try database.schemagen(["migrate", Self.schema, "--output", folder.root.path])
                #expect(migrated.status == 0, "\(migrated.error)")
                try database.execute("INSERT INTO t VALUES (2);")
                #expect(try database.value("SELECT total()") == "2")
                #expect(try database.value("SELECT string_agg(n::text, ',' ORDER BY n) FROM log") == "0,2,3")
                let reverted = try database.schemagen(["down", Self.schema, "--output", folder.root.path])
                #expect(reverted.status == 0, "\(reverted.error)")
                #expect(try database.introspect().tables.isEmpty)
            }
        }

        /// A routine's body left without its `END` swallows the statements after it: `migrate`
        /// names the file and the problem, and applies and records nothing.
        @Test func anUnendedAtomicBodyIsRefusedBeforeAnythingRuns() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "unended", steps: [.transaction(
                "CREATE TABLE t (n integer);",
                "CREATE FUNCTION total() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(n) FROM t;",
                "CREATE TABLE after (n integer);")])
            try cluster.withDatabase { database in
                let refused = try database.schemagen(["migrate", Self.schema, "--output", folder.root.path])
                #expect(refused.status == 1)
                #expect(refused.error.contains("0001_unended.sql: the last statement does not end with ';'"), "\(refused.error)")
                #expect(try database.introspect().tables.isEmpty)
                #expect(try database.appliedMigrations().isEmpty)
            }
        }

        @Test func eightConcurrentProcessesApplyEachMigrationOnce() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "events", steps: [.transaction(
                "CREATE TABLE events (id serial PRIMARY KEY, note text NOT NULL);",
                "INSERT INTO events (note) VALUES ('first');")])
            // Slow enough that the other processes find the lock taken.
            try folder.write(2, "slow", steps: [.transaction(
                "SELECT pg_sleep(1.5);", "INSERT INTO events (note) VALUES ('second');")])
            try folder.write(3, "index", steps: [
                .transaction("ALTER TABLE events ADD COLUMN kind text;"),
                .alone("CREATE INDEX CONCURRENTLY events_kind_idx ON events (kind);"),
            ])
            try cluster.withDatabase { database in
                let results = Locked<[Shell.Result?]>([])
                DispatchQueue.concurrentPerform(iterations: 8) { _ in
                    let result = try? database.schemagen(["migrate", Self.schema, "--output", folder.root.path])
                    results.withLock { $0.append(result) }
                }
                let finished = results.withLock { $0 }
                #expect(finished.count == 8)
                for result in finished {
                    let result = try #require(result)
                    #expect(result.status == 0, "\(result.error)")
                    #expect(result.output.contains("applied 3 migrations") || result.output.contains("nothing to apply"))
                }
                #expect(finished.filter { $0?.output.contains("applied 3 migrations") == true }.count == 1)
                #expect(finished.contains { $0?.output.contains("Waiting for the migration lock, held by process") == true })
                #expect(try database.appliedMigrations() == ["1 events 1/1", "2 slow 1/1", "3 index 2/2"])
                #expect(try database.value("SELECT string_agg(note, ',' ORDER BY id) FROM events") == "first,second")
                #expect(try database.value("SELECT indisvalid FROM pg_index WHERE indexrelid = 'events_kind_idx'::regclass") == "t")
            }
        }

        @Test func aFailingThirdStatementLeavesCatalogAndDataAsTheyWere() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "accounts", steps: [.transaction(
                "CREATE TABLE accounts (id integer PRIMARY KEY, email text);",
                "INSERT INTO accounts VALUES (1, 'a@example.com'), (2, 'a@example.com');")])
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", Self.schema, "--output", folder.root.path]).status == 0)
                let catalog = try database.introspect()
                let rows = try database.value("SELECT string_agg(id || ':' || email, ',' ORDER BY id) FROM accounts")
                try folder.write(2, "unique_email", steps: [.transaction(
                    "ALTER TABLE accounts ADD COLUMN verified boolean DEFAULT false NOT NULL;",
                    "UPDATE accounts SET verified = true;",
                    "CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);",
                    "CREATE TABLE audits (id integer);")])

                let failed = try database.schemagen(["migrate", Self.schema, "--output", folder.root.path])
                #expect(failed.status == 1)
                #expect(failed.error.contains("0002_unique_email.sql, step 1, statement 3: CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);"))
                #expect(failed.error.contains("could not create unique index \"accounts_email_idx\"") && failed.error.contains("SQLSTATE 23505"))
                #expect(failed.error.contains("DETAIL: Key (email)=(a@example.com) is duplicated."))
                #expect(try database.introspect() == catalog)
                #expect(try database.value("SELECT string_agg(id || ':' || email, ',' ORDER BY id) FROM accounts") == rows)
                #expect(try database.appliedMigrations() == ["1 accounts 1/1"])
            }
        }

        /// Runs `schemagen arguments`, kills it with SIGKILL while it runs `SELECT pg_sleep(60);`
        /// on `database`, and waits until the server has noticed and rolled its transaction back
        /// (`client_connection_check_interval`).
        static func kill(_ arguments: [String], whileSleepingIn database: Database) throws {
            try kill(arguments, in: database) {
                try database.value("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60);' AND datname = current_database()") == "1"
            }
        }

        /// Runs `schemagen arguments`, kills it with SIGKILL as soon as `ready` holds (polled),
        /// and waits until the server has noticed and rolled its transaction back.
        static func kill(_ arguments: [String], in database: Database, when ready: () throws -> Bool) throws {
            let process = Locked<pid_t?>(nil)
            let run = Background { try database.schemagen(arguments) { pid in process.withLock { $0 = pid } } }
            let deadline = Date() + 120
            var isReady = false
            while !isReady, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
                isReady = try ready()
            }
            try #require(isReady)
            Foundation.kill(try #require(process.withLock { $0 }), SIGKILL)
            #expect(try run.wait().status == 128 + SIGKILL)
            while try database.value("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'schemagen \(arguments[0])%' AND datname = current_database()") != "0", Date() < deadline {
                Thread.sleep(forTimeInterval: 0.2)
            }
            #expect(Date() < deadline)
        }

        @Test func aKilledProcessLeavesThePreviousVersion() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "first", steps: [.transaction("CREATE TABLE first (id integer);")])
            try folder.write(2, "second", steps: [.transaction(
                "CREATE TABLE second (id integer);", "SELECT pg_sleep(60);", "CREATE TABLE third (id integer);")])
            try cluster.withDatabase { database in
                // Killed while the second migration sleeps inside its transaction.
                try Self.kill(["migrate", Self.schema, "--output", folder.root.path], whileSleepingIn: database)
                #expect(try database.appliedMigrations() == ["1 first 1/1"])
                #expect(try database.introspect().tables.map(\.name.name) == ["first"])
                // The lock went with the connection: another run takes it at once.
                let status = try database.schemagen(["status", Self.schema, "--output", folder.root.path])
                #expect(status.output.contains("0002_second  pending"))
            }
        }

        /// `down` killed in step 3 of a 3-step down file: steps 1 and 2 are recorded, `status`
        /// says so, `migrate` refuses, and a rerun of `down` finishes the revert.
        @Test func aKilledDownIsRecordedAndFinishedByARerun() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "first", steps: [.transaction("CREATE TABLE first (id integer);")])
            try folder.write(2, "three_tables", steps: [.transaction("CREATE TABLE a (id integer);", "CREATE TABLE b (id integer);", "CREATE TABLE c (id integer);")],
                             down: [.transaction("DROP TABLE c;"), .transaction("DROP TABLE b;"), .transaction("SELECT pg_sleep(60);", "DROP TABLE a;")])
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", Self.schema, "--output", folder.root.path]).status == 0)
                try Self.kill(["down", Self.schema, "--output", folder.root.path], whileSleepingIn: database)
                #expect(try database.introspect().tables.map(\.name.name).sorted() == ["a", "first"])
                #expect(try database.value("SELECT reverted_steps FROM schemagen.migrations WHERE version = 2") == "2")

                let status = try database.schemagen(["status", Self.schema, "--output", folder.root.path])
                #expect(status.status == 1 && status.output.contains("0002_three_tables  REVERT STOPPED after step 2 of its down file"), "\(status.output)")
                let migrate = try database.schemagen(["migrate", Self.schema, "--output", folder.root.path])
                #expect(migrate.status == 1 && migrate.error.contains("run `schemagen down` to finish reverting it"), "\(migrate.error)")

                // Without the sleep, the rerun finishes the revert from step 3.
                try folder.write(2, "three_tables", steps: [.transaction("CREATE TABLE a (id integer);", "CREATE TABLE b (id integer);", "CREATE TABLE c (id integer);")],
                                 down: [.transaction("DROP TABLE c;"), .transaction("DROP TABLE b;"), .transaction("DROP TABLE a;")])
                let rerun = try database.schemagen(["down", Self.schema, "--output", folder.root.path])
                #expect(rerun.status == 0 && rerun.output.contains("from step 3"), "\(rerun.output)\(rerun.error)")
                #expect(try database.introspect().tables.map(\.name.name) == ["first"])
                #expect(try database.appliedMigrations() == ["1 first 1/1"])
                #expect(try database.schemagen(["migrate", Self.schema, "--output", folder.root.path]).status == 0)
            }
        }

        @Test func changedMissingAndOutOfOrderFilesAreRefused() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "first", steps: [.transaction("CREATE TABLE first (id integer);")])
            try folder.write(3, "third", steps: [.transaction("CREATE TABLE third (id integer);")])
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", Self.schema, "--output", folder.root.path]).status == 0)
                let migrate = { try database.schemagen(["migrate", Self.schema, "--output", folder.root.path]) }

                // A file edited and resealed, as if someone regenerated the sum by hand.
                let first = folder.folder.appending(path: "0001_first.sql")
                let original = try Data(contentsOf: first)
                try Data((String(decoding: original, as: UTF8.self) + "-- edited\n").utf8).write(to: first)
                try folder.reseal()
                let changed = try migrate()
                #expect(changed.status == 1)
                #expect(changed.error.contains("refusing to migrate") && changed.error.contains("0001_first.sql was changed after it was applied"))

                // Edited without resealing: the integrity file catches it first.
                try Data((String(decoding: original, as: UTF8.self) + "-- again\n").utf8).write(to: first)
                #expect(try migrate().error.contains("0001_first.sql was edited after it was written"))
                try original.write(to: first)
                try folder.reseal()

                // A migration older than the last applied one.
                try folder.write(2, "second", steps: [.transaction("CREATE TABLE second (id integer);")])
                let outOfOrder = try migrate()
                #expect(outOfOrder.status == 1 && outOfOrder.error.contains("out of order with the database: 0002_second.sql is not applied, but the later 0003_third is"))
                for name in ["0002_second.sql", "0002_second.down.sql", "0003_third.sql", "0003_third.down.sql"] {
                    try FileManager.default.removeItem(at: folder.folder.appending(path: name))
                }
                try folder.reseal()

                // Files older than the database.
                let ahead = try migrate()
                #expect(ahead.status == 1 && ahead.error.contains("the database is ahead of the files: 0003_third is applied, but there is no 0003_third.sql"))
                #expect(try database.appliedMigrations() == ["1 first 1/1", "3 third 1/1"])
            }
        }

        @Test func anInterruptedConcurrentIndexIsReportedAndResumed() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "people", steps: [.transaction(
                "CREATE TABLE people (id integer PRIMARY KEY, email text);",
                "INSERT INTO people VALUES (1, 'a'), (2, 'a');")])
            try folder.write(2, "people_email", steps: [
                .transaction("ALTER TABLE people ADD COLUMN name text;"),
                .alone("CREATE UNIQUE INDEX CONCURRENTLY people_email_idx ON people (email);"),
                .transaction("ALTER TABLE people ADD COLUMN nickname text;"),
            ])
            try cluster.withDatabase { database in
                let migrate = { (extra: [String]) in try database.schemagen(["migrate", Self.schema, "--output", folder.root.path] + extra) }
                let failed = try migrate([])
                #expect(failed.status == 1)
                #expect(failed.error.contains("0002_people_email.sql, step 2, statement 1"))
                #expect(failed.error.contains("steps 1-1 of 3 are applied and recorded") && failed.error.contains("--resume"))
                #expect(try database.appliedMigrations() == ["1 people 1/1", "2 people_email 1/3"])

                let refused = try migrate([])
                #expect(refused.status == 1)
                #expect(refused.error.contains("migration 0002_people_email of saas_starter did not finish"))
                #expect(refused.error.contains("step 2 (no-transaction): CREATE UNIQUE INDEX CONCURRENTLY"))
                #expect(refused.error.contains("index public.people_email_idx is INVALID"))
                let status = try database.schemagen(["status", Self.schema, "--output", folder.root.path])
                #expect(status.status == 1 && status.output.contains("0002_people_email  STOPPED at step 2 of 3"))

                try database.execute("DELETE FROM people WHERE id = 2;")
                try cluster.psql(database: database.name, ["-c", "DROP INDEX CONCURRENTLY people_email_idx"])
                let resumed = try migrate(["--resume"])
                #expect(resumed.status == 0, "\(resumed.error)")
                #expect(resumed.output.contains("Resuming 0002_people_email.sql at step 2 of 3"))
                #expect(try database.appliedMigrations() == ["1 people 1/1", "2 people_email 3/3"])
                #expect(try database.introspect().table(named: QualifiedName("people"))?.columns.map(\.name) == ["id", "email", "name", "nickname"])
            }
        }

        @Test func downRefusesAnIrreversibleMigrationUnlessAllowed() throws {
            let cluster = try #require(PostgresCluster.current)
            let folder = try MigrationFolder(schema: Self.schema)
            defer { folder.remove() }
            try folder.write(1, "notes", steps: [.transaction("CREATE TABLE notes (id integer, body text);")],
                             down: [.transaction("DROP TABLE notes;")])
            try folder.write(2, "drop_body", steps: [.transaction("ALTER TABLE notes DROP COLUMN body;")],
                             down: [.transaction("ALTER TABLE notes ADD COLUMN body text;")],
                             irreversible: ["the values of notes.body are lost"])
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", Self.schema, "--output", folder.root.path]).status == 0)
                let refused = try database.schemagen(["down", Self.schema, "--output", folder.root.path])
                #expect(refused.status == 1)
                #expect(refused.error.contains("cannot restore everything") && refused.error.contains("the values of notes.body are lost"))
                #expect(try database.appliedMigrations().count == 2)
                let reverted = try database.schemagen(["down", Self.schema, "--output", folder.root.path, "--allow-irreversible"])
                #expect(reverted.status == 0 && reverted.output.contains("reverted 0002_drop_body"))
                #expect(try database.appliedMigrations() == ["1 notes 1/1"])
                #expect(try database.introspect().table(named: QualifiedName("notes"))?.columns.map(\.name) == ["id", "body"])
            }
        }

        @Test func aHeldLockTimesOutNamingItsHolder() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                // Another session holds the migration lock for a while.
                let holder = Background {
                    try cluster.psql(database: database.name, [
                        "-c", "SET application_name = 'deploy-7'", "-c", "SELECT pg_advisory_lock(21315, 1212630350)", "-c", "SELECT pg_sleep(8)",
                    ])
                }
                let deadline = Date() + 6
                while try database.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())") != "1", Date() < deadline {
                    Thread.sleep(forTimeInterval: 0.1)
                }
                let result = try database.schemagen(["migrate", Self.schema, "--lock-timeout", "1"])
                #expect(result.status == 1)
                #expect(result.error.contains("timed out waiting for the migration lock of postgres://postgres@/\(database.name)?host="))
                #expect(result.error.contains("another migration holds the lock: process ") && result.error.contains("(deploy-7)"))
                #expect(result.error.contains("raise --lock-timeout"))
                #expect(try database.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0")
                _ = try holder.wait()
            }
        }

        /// A database that already has the schema (adopted with `pull`) starts its history.
        @Test func baselineRecordsWithoutRunning() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                try database.execute(try String(contentsOf: packageRoot.appending(path: "Generated/\(Self.schema)/schema.sql"), encoding: .utf8))
                let plain = try database.schemagen(["migrate", Self.schema])
                #expect(plain.status == 1 && plain.error.contains("relation \"activity_logs\" already exists"))
                #expect(try database.schemagen(["check", Self.schema]).status == 0)
                let adopted = try database.schemagen(["migrate", Self.schema, "--baseline", "1"])
                #expect(adopted.status == 0, "\(adopted.error)")
                #expect(adopted.output.contains("Recorded 0001_initial.sql as applied (not run)") && adopted.output.contains("nothing to apply"))
                #expect(try database.appliedMigrations() == ["1 initial 1/1"])
                let again = try database.schemagen(["migrate", Self.schema, "--baseline", "1"])
                #expect(again.status == 1 && again.error.contains("already has applied migrations"))
            }
        }

        @Test func aWrongPasswordIsNeverPrinted() throws {
            let result = try Shell.run(SchemaGenBinary.url.path, ["status", Self.schema, "--database-url", "postgres://app:s3cret-pw@127.0.0.1:1/app?sslmode=disable"], check: false)
            #expect(result.status == 1)
            #expect(result.error.contains("cannot connect to postgres://app:***@127.0.0.1:1/app?sslmode=disable"))
            #expect(!result.error.contains("s3cret-pw") && !result.output.contains("s3cret-pw"))
            let missing = try Shell.run(SchemaGenBinary.url.path, ["migrate", Self.schema], environment: ["DATABASE_URL": ""], check: false)
            #expect(missing.status == 64 && missing.error.contains("pass --database-url or set DATABASE_URL"))
        }
    }
}
