import Foundation
@testable import SchemaGen
import SyntheticSchemas
import Testing

/// Migration files are split into statements the way PostgreSQL's lexer reads them, so no
/// literal, quoted name or comment can end a statement early or forge a step marker.
@Suite struct MigrationFileLexerTests {
    /// Pieces of SQL that hold `;`, line breaks, quotes and markers inside tokens.
    static let hostilePieces = [
        "'first;\nsecond'", "'it''s; fine'", "E'back\\\\slash\\'; quote'", "\"odd;\n\"\"name\"", "$$body;\n$$",
        "$fn$ SELECT ';'; $fn$", "$a$ $b$ ; $b$ $a$", "/* block; /* nested; */ still; */ 1", "'\n-- schemagen:step no-transaction\nDROP TABLE t;'",
        "'\n-- hazard data-deleted: forged'", "x$y", "$1", "'{\"a\": \";\"}'::jsonb", "'🙂;'", "'tab\t;'",
    ]

    /// A statement of random pieces, ending with `;`.
    static func statement(_ random: inout SeededGenerator) -> String {
        let count = Int.random(in: 1...4, using: &random)
        let pieces = (0..<count).map { _ in random.pick(hostilePieces) }
        let comment = random.chance(0.3) ? " -- trailing; comment" : ""
        return "SELECT " + pieces.joined(separator: ", ") + comment + "\n;"
    }

    @Test func renderedMigrationsParseBackToTheSameStatements() throws {
        var random = SeededGenerator(seed: 4242)
        for round in 0..<300 {
            var steps: [MigrationStep] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                var step = MigrationStep(transactional: random.chance(0.5), note: random.chance(0.3) ? "note with\na line break; -- schemagen:step no-transaction" : nil)
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    let hazards = random.chance(0.4) ? [Hazard(.dataDeleted, "drops \"a\nb\"\n-- schemagen:step no-transaction")] : []
                    step.append(Self.statement(&random), hazards: hazards)
                }
                steps.append(step)
            }
            let migration = Migration(version: 2, name: "hostile", steps: steps, irreversible: random.chance(0.3) ? ["data of\n-- schemagen:step transaction"] : [])
            let parsed = try Migration.parse(migration.render(schema: "s"), fileName: migration.upFileName)
            #expect(parsed == migration, "round \(round)")
            if parsed != migration { break }
        }
    }

    @Test(arguments: [
        ("SELECT 'a;\nb';", ["SELECT 'a;\nb';"]),
        ("SELECT 1; SELECT 2;", ["SELECT 1;", "SELECT 2;"]),
        ("SELECT $$;$$;\nSELECT \"x;\";", ["SELECT $$;$$;", "SELECT \"x;\";"]),
        ("SELECT 1 -- not the end;\n;", ["SELECT 1 -- not the end;\n;"]),
        ("SELECT E'\\';';", ["SELECT E'\\';';"]),
        ("SELECT 'a\\';", ["SELECT 'a\\';"]),
        ("SELECT /* ; /* ; */ ; */ 1;", ["SELECT /* ; /* ; */ ; */ 1;"]),
        // A routine's SQL-standard body ends its statements with `;`, as psql reads it.
        ("CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC SELECT 1; SELECT 2; END;\nSELECT 3;",
         ["CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC SELECT 1; SELECT 2; END;", "SELECT 3;"]),
        ("create or replace procedure p() language sql begin atomic select case when true then 1 end; end; call p();",
         ["create or replace procedure p() language sql begin atomic select case when true then 1 end; end;", "call p();"]),
        // A rule's actions, in parentheses.
        ("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2)); SELECT 1;",
         ["CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));", "SELECT 1;"]),
        // Elsewhere BEGIN and END are statements, and words only contain them.
        ("BEGIN; SELECT 1; END;", ["BEGIN;", "SELECT 1;", "END;"]),
        ("CREATE TABLE begin_end (\"end\" int, x_begin int); CREATE FUNCTION g() RETURNS int AS 'SELECT 1' LANGUAGE sql; END;",
         ["CREATE TABLE begin_end (\"end\" int, x_begin int);", "CREATE FUNCTION g() RETURNS int AS 'SELECT 1' LANGUAGE sql;", "END;"]),
    ])
    func statementsEndOnlyAtASemicolonOutsideTokens(_ body: String, _ statements: [String]) throws {
        let text = "-- schemagen:step transaction\n" + body + "\n"
        let migration = try Migration.parse(text, fileName: "0001_x.sql")
        #expect(migration.steps.flatMap(\.statements) == statements)
    }

    @Test func anUnclosedTokenIsAnError() {
        #expect(throws: MigrationFileError.self) { try Migration.parse("-- schemagen:step transaction\nSELECT 'open;\n", fileName: "0001_x.sql") }
        #expect(throws: MigrationFileError.self) { try Migration.parse("-- schemagen:step sideways\nSELECT 1;\n", fileName: "0001_x.sql") }
        // A routine's body without its END, or a parenthesis left open, runs to the end of the file.
        for open in ["CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1;\nSELECT 2;", "CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1;\nSELECT 2;"] {
            #expect { try Migration.parse("-- schemagen:step transaction\n\(open)\n", fileName: "0001_x.sql") } throws: { error in
                (error as? MigrationFileError)?.problem == "the last statement does not end with ';'"
            }
        }
    }

    /// A declaration whose literals hold what used to split statements migrates as declared.
    @Test func literalsWithSemicolonsAndMarkersStayWhole() throws {
        let schema = Schema("lexer") {
            Enum("mood", "a;\nb", "-- schemagen:step no-transaction")
            Table("t", comment: "x;\n-- schemagen:step no-transaction\nDROP TABLE t;") {
                Column("id", .bigint).primaryKey()
                Column("note", .text).default("first;\nsecond").comment("c;\n-- hazard data-deleted: x")
                Column("mood", .enumeration(QualifiedName("mood")))
            }
        }
        let output = try MigrationGenerator(resolved: schema.resolve(), recorded: nil, directory: MigrationDirectory(files: [:], sum: nil)).generate()
        let migration = try #require(output.migration)
        let file = try #require(output.files.first { $0.path.hasSuffix(migration.upFileName) })
        #expect(try Migration.parse(file.contents, fileName: migration.upFileName) == migration)
    }

    /// A migration creating a routine with a `BEGIN ATOMIC` body reads back as written: each
    /// statement of the body stays in the routine's, both ways.
    @Test func atomicRoutineBodiesStayWhole() throws {
        let schema = Schema("atomic") {
            Table("t") {
                Column("id", .bigint).primaryKey()
                Column("n", .integer)
            }
            Function("total", returns: .bigint, language: "sql", body: "BEGIN ATOMIC SELECT sum(n) FROM t; SELECT CASE WHEN true THEN 1 END; END", atomic: true)
        }
        let output = try MigrationGenerator(resolved: schema.resolve(), recorded: nil, directory: MigrationDirectory(files: [:], sum: nil)).generate()
        let migration = try #require(output.migration)
        for name in [migration.upFileName, migration.downFileName] {
            let file = try #require(output.files.first { $0.path.hasSuffix(name) })
            let parsed = try Migration.parse(file.contents, fileName: name)
            let statements = parsed.steps.flatMap(\.statements)
            #expect(statements.allSatisfy { !$0.contains("BEGIN ATOMIC") || $0.hasSuffix("END;") } && !statements.contains("END;"), "\(statements)")
        }
        #expect(try Migration.parse(try #require(output.files.first { $0.path.hasSuffix(migration.upFileName) }).contents, fileName: migration.upFileName) == migration)
    }
}
