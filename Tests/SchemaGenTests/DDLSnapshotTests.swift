import SchemaGen
import Testing

/// The DDL of each focused schema, compared with its reviewed snapshot.
@Suite struct DDLSnapshotTests {
    @Test(arguments: FocusedSchemas.all.map(\.name))
    func ddlMatchesSnapshot(_ name: String) throws {
        let schema = try #require(FocusedSchemas.all.first { $0.name == name })
        try assertSnapshot(DDLRenderer().render(schema.resolve().definition), named: "DDL/\(name).sql")
    }

    @Test(arguments: FocusedSchemas.all.map(\.name))
    func focusedSchemaIsValid(_ name: String) throws {
        let resolved = try #require(FocusedSchemas.all.first { $0.name == name }).resolve()
        let diagnostics = resolved.diagnostics + Validator(schema: resolved.definition, sources: resolved.sources).validate()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func renderingIsDeterministic() {
        let first = FocusedSchemas.all.map { DDLRenderer().render($0.resolve().definition) }
        let second = FocusedSchemas.all.map { DDLRenderer().render($0.resolve().definition) }
        #expect(first == second)
    }

    @Test func stringLiteralsAreEscaped() {
        #expect(SQLLiteral.string("it's").sql == "'it''s'")
        #expect(SQLLiteral.string("'; DROP TABLE users; --").sql == "'''; DROP TABLE users; --'")
        #expect(SQLLiteral.array(["a\"b", "c\\d", "e,f"]).sql == #"'{"a\"b","c\\d","e,f"}'"#)
        #expect(SQLLiteral.array([1, 2]).sql == "'{1,2}'")
        #expect(SQLLiteral.number("0.25").sql == "0.25")
    }
}
