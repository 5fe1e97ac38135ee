import Foundation
import SchemaGen
import Testing

/// The SQL the DocC articles show is the SQL their declarations render.
@Suite struct DocumentationTests {
    enum Examples {
        static let customers = Table("customers") {
            Column("id", .bigint).primaryKey().identity()
            Column("email", .text).notNull().unique()
        }

        static let users = Table("users") {
            Column("id", .bigint).primaryKey().identity()
            Column("email", .text).notNull().unique()
            Column("created_at", .timestamptz).notNull().defaultNow()
        }

        static let status = Enum("post_status", values: ["draft", "published"])

        static let posts = Table("posts") {
            Column("id", .bigint).primaryKey().identity()
            Column("user_id", .bigint).notNull().references(users.id, onDelete: .cascade)
            Column("status", .enum(status)).notNull().default("draft")
        }

        static let schema = Schema("docs") { customers; users; status; posts }
    }

    static let catalog = packageRoot.appending(path: "Sources/SchemaGen/SchemaGen.docc")

    /// The SQL blocks of an article.
    static func sqlBlocks(of article: String) throws -> [String] {
        let text = try String(contentsOf: catalog.appending(path: article), encoding: .utf8)
        return text.components(separatedBy: "```sql\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    @Test(arguments: ["SchemaGen.md", "DeclaringASchema.md"])
    func articlesShowTheRenderedDDL(_ article: String) throws {
        let rendered = DDLRenderer().render(Examples.schema.resolve().definition)
        let blocks = try Self.sqlBlocks(of: article)
        #expect(!blocks.isEmpty)
        for block in blocks where !block.contains("RENAME") {
            for line in block.split(separator: "\n") {
                #expect(rendered.contains(line), "\(article): not rendered: \(line)\n\(rendered)")
            }
        }
    }

    @Test func renameArticleShowsTheMigration() throws {
        let before = Schema("docs") { Table("users") { Column("id", .bigint).primaryKey(); Column("name", .text) } }
        let after = Schema("docs") { Table("users") { Column("id", .bigint).primaryKey(); Column("full_name", .text).renamed(from: "name") } }
        let output = try MigrationGenerator(
            resolved: after.resolve(), recorded: SchemaSnapshot(schema: before.resolve().definition), directory: MigrationDirectory(files: [:], sum: nil)
        ).generate()
        let migration = try #require(output.migration).render(schema: "docs")
        let shown = try #require(try Self.sqlBlocks(of: "DeclaringASchema.md").first { $0.contains("RENAME") })
        #expect(migration.contains(shown), "\(migration)")
    }
}
