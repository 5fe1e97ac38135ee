import Foundation
import SchemaGen
import Testing

/// The README's example declaration renders the SQL the README shows.
@Suite struct ReadmeExampleTests {
    enum Shop {
        static let role = Enum("role", "member", "admin")

        static let users = Table("users") {
            Column("id", .serial).primaryKey()
            Column("email", .varchar(255)).notNull().unique()
            Column("role", .enum(role)).notNull().default("member")
            Column("created_at", .timestamptz).notNull().defaultNow()
        }

        static let orders = Table("orders") {
            Column("id", .bigint).primaryKey().identity()
            Column("user_id", .integer).notNull().references(users.id, onDelete: .cascade)
            Column("total", .numeric(precision: 12, scale: 2)).notNull().default(0)
            Index("orders_user_id_idx", on: "user_id")
        }

        static let schema: Schema = Schema("shop") { role; users; orders }
    }

    /// The second SQL block: the migration of the README's rename-and-add example.
    @Test func readmeShowsTheGeneratedMigration() throws {
        let readme = try String(contentsOf: packageRoot.appending(path: "README.md"), encoding: .utf8)
        let shown = try #require(readme.components(separatedBy: "```sql\n").dropFirst(2).first?.components(separatedBy: "```").first)
        let before = Schema("saas_starter") {
            Table("users") {
                Column("id", .serial).primaryKey()
                Column("email", .varchar(255)).notNull().unique()
            }
        }
        let after = Schema("saas_starter") {
            Table("users") {
                Column("id", .serial).primaryKey()
                Column("email_address", .varchar(255)).notNull().unique().renamed(from: "email")
                Column("nickname", .varchar(50)).notNull().default("")
            }
        }
        let output = try MigrationGenerator(
            resolved: after.resolve(), recorded: SchemaSnapshot(schema: before.resolve().definition), directory: MigrationDirectory(files: [:], sum: nil),
            options: MigrationGenerator.Options(name: "add_nickname")
        ).generate()
        let migration = try #require(output.migration)
        #expect(migration.identifier == "0001_add_nickname")
        #expect(migration.render(schema: "saas_starter").contains(shown))
    }

    @Test func readmeShowsTheRenderedSQL() throws {
        let readme = try String(contentsOf: packageRoot.appending(path: "README.md"), encoding: .utf8)
        let shown = try #require(readme.components(separatedBy: "```sql\n").dropFirst().first?.components(separatedBy: "```").first)
        let rendered = DDLRenderer().render(Shop.schema.resolve().definition)
        for line in shown.split(separator: "\n") where !line.hasPrefix("--") {
            #expect(rendered.contains(line), "README line not rendered: \(line)")
        }
    }
}
