import Foundation
import ReferenceSchemas
import SchemaGen
import Testing

extension PostgresSuite {
    /// `schemagen check` against real databases: no drift after `migrate`, every hand alteration
    /// named, migrations replayed on a scratch database.
    @Suite struct CheckTests {
        /// The maintenance database of the test cluster, where `check` creates its scratch databases.
        static func scratchServer(_ cluster: PostgresCluster) -> String {
            "postgres://postgres@/postgres?host=\(cluster.socketFolder)"
        }

        @Test(arguments: ReferenceSystems.all.map(\.name))
        func aMigratedDatabaseHasNoDrift(_ system: String) throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", system]).status == 0)
                let result = try database.schemagen(["check", system, "--scratch-database-url", Self.scratchServer(cluster)])
                #expect(result.status == 0, "\(result.output)\(result.error)")
                #expect(result.output.contains("ok   generated files: Generated/\(system)"))
                #expect(result.output.contains("ok   migrations: 1 file, checksums intact, replayed to snapshot.json"))
                #expect(result.output.contains("ok   database: \(database.url)"))
                #expect(result.output.hasSuffix("All checks passed.\n"))
            }
        }

        @Test func everyHandAlterationIsNamed() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", "tanstack_blog"]).status == 0)
                let alterations: [(sql: String, expected: String)] = [
                    ("DROP TABLE verifications;", "missing: table public.verifications"),
                    ("CREATE TABLE scratchpad (id integer);", "unexpected: table public.scratchpad"),
                    ("ALTER TABLE users ADD COLUMN nickname text;", "unexpected: column public.users.nickname"),
                    ("ALTER TABLE posts DROP COLUMN excerpt;", "missing: column public.posts.excerpt"),
                    ("ALTER TABLE posts ALTER COLUMN body TYPE varchar(5000);", "changed: column public.posts.body: type is text declared, varchar(5000) in the database"),
                    ("ALTER TABLE posts ALTER COLUMN slug SET NOT NULL;", "changed: column public.posts.slug: nullability is NULL declared, NOT NULL in the database"),
                    ("ALTER TABLE posts ALTER COLUMN status SET DEFAULT 'published';", "changed: column public.posts.status: default is 'draft' declared, 'published' in the database"),
                    ("ALTER TABLE posts ALTER COLUMN created_at DROP DEFAULT;", "changed: column public.posts.created_at: default is now() declared, none in the database"),
                    ("ALTER TABLE media DROP CONSTRAINT media_pkey;", "missing: primary key media_pkey on public.media"),
                    ("ALTER TABLE users DROP CONSTRAINT users_username_key;", "missing: unique constraint users_username_key on public.users"),
                    ("ALTER TABLE comments DROP CONSTRAINT comments_post_id_fkey;", "missing: foreign key comments_post_id_fkey on public.comments"),
                    ("ALTER TABLE accounts DROP CONSTRAINT accounts_user_id_fkey, ADD CONSTRAINT accounts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;",
                     "changed: foreign key accounts_user_id_fkey on public.accounts: ON DELETE is CASCADE declared, SET NULL in the database"),
                    ("DROP INDEX posts_slug_idx;", "missing: index posts_slug_idx on public.posts"),
                    ("CREATE INDEX posts_title_idx ON posts (title);", "unexpected: index posts_title_idx on public.posts"),
                    ("DROP INDEX posts_status_idx; CREATE INDEX posts_status_idx ON posts (status DESC);",
                     "changed: index posts_status_idx on public.posts: definition is CREATE INDEX posts_status_idx ON posts (status); declared, CREATE INDEX posts_status_idx ON posts (status DESC); in the database"),
                    ("ALTER TYPE system_role ADD VALUE 'guest';", "changed: enum public.system_role: values is user, admin, super_admin declared, user, admin, super_admin, guest in the database"),
                    ("CREATE TYPE mood AS ENUM ('ok');", "unexpected: enum public.mood"),
                    ("CREATE VIEW recent_posts AS SELECT id FROM posts;", "unexpected: view public.recent_posts"),
                    ("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';", "unexpected: function public.touch()"),
                    ("CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch();", "unexpected: trigger posts_touch on public.posts"),
                    ("CREATE POLICY posts_all ON posts USING (true);", "unexpected: policy posts_all on public.posts"),
                    ("CREATE SEQUENCE tickets;", "unexpected: sequence public.tickets"),
                ]
                for alteration in alterations { try database.execute(alteration.sql) }
                try database.execute("CREATE TYPE positive AS RANGE (subtype = integer);")

                let text = try database.schemagen(["check", "tanstack_blog"])
                #expect(text.status == 2)
                for alteration in alterations { #expect(text.output.contains(alteration.expected), "\(alteration.sql)") }
                #expect(text.output.contains("note: not compared: range type public.positive"), "\(text.output)")

                let json = try database.schemagen(["check", "tanstack_blog", "--format", "json"])
                #expect(json.status == 2)
                let report = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
                #expect(report?["ok"] as? Bool == false)
                let sections = (report?["schemas"] as? [[String: Any]])?.first?["sections"] as? [[String: Any]] ?? []
                let differences = sections.first { $0["title"] as? String == "database" }?["differences"] as? [[String: Any]] ?? []
                let rendered = differences.map { difference in
                    "\(difference["kind"]!): \(difference["object"]!)" + ((difference["detail"] as? String).map { ": \($0)" } ?? "")
                }
                #expect(Set(rendered) == Set(alterations.map(\.expected)))
            }
        }

        @Test func aReplayThatDoesNotReachTheSnapshotFails() throws {
            let cluster = try #require(PostgresCluster.current)
            let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-check-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: root) }
            try FileManager.default.copyItem(at: packageRoot.appending(path: "Generated"), to: root)
            // A migration edited and resealed by hand: the integrity file agrees, the replay does not.
            let folder = root.appending(path: "saas_starter/migrations")
            let file = folder.appending(path: "0001_initial.sql")
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data(text.replacing("    deleted_at    timestamp,\n", with: "    deleted_at    timestamp,\n    extra         integer,\n").utf8).write(to: file)
            #expect(try String(contentsOf: file, encoding: .utf8) != text)
            let files = try MigrationDirectory(reading: folder).files
            try Data(MigrationDirectory.renderSum(files).utf8).write(to: folder.appending(path: MigrationDirectory.sumFileName))

            let result = try Shell.run(SchemaGenBinary.url.path, [
                "check", "saas_starter", "--output", root.path, "--scratch-database-url", Self.scratchServer(cluster),
            ], check: false)
            #expect(result.status == 2)
            #expect(result.output.contains("FAIL migrations: 1 file, checksums intact, replay differs from snapshot.json"))
            #expect(result.output.contains("replay: unexpected: column public.users.extra"))
        }

        /// What the database recorded is checked too: a migration edited after it was applied
        /// (even with a resealed schemagen.sum), one stopped part-way, and an index left INVALID.
        @Test func recordedHistoryAndInvalidIndexesAreDrift() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                #expect(try database.schemagen(["migrate", "tanstack_blog"]).status == 0)
                #expect(try database.schemagen(["check", "tanstack_blog"]).status == 0)
                try database.execute("""
                    UPDATE schemagen.migrations SET checksum = 'edited' WHERE schema_name = 'tanstack_blog';
                    UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'posts_slug_idx'::regclass;
                    """)
                let result = try database.schemagen(["check", "tanstack_blog"])
                #expect(result.status == 2)
                #expect(result.output.contains("0001_initial.sql was changed after it was applied to this database"), "\(result.output)")
                #expect(result.output.contains("posts_slug_idx is INVALID: a CONCURRENTLY build was interrupted"), "\(result.output)")
                try database.execute("UPDATE schemagen.migrations SET steps_done = 0 WHERE schema_name = 'tanstack_blog';")
                let stopped = try database.schemagen(["check", "tanstack_blog"])
                #expect(stopped.output.contains("0001_initial stopped part-way: 0 of 1 steps recorded"), "\(stopped.output)")
            }
        }
    }
}
