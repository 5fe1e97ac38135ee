import SchemaGen
import SyntheticSchemas
import Testing

/// What `schemagen pull` writes, as Swift source: snapshots of the focused schemas' models
/// rendered as declarations. (The service package test compiles such declarations and checks
/// they give their DDL back.)
@Suite struct DeclarationSnapshotTests {
    @Test(arguments: FocusedSchemas.all.map(\.name))
    func declarationOfAFocusedSchema(_ name: String) throws {
        let schema = try #require(FocusedSchemas.all.first { $0.name == name })
        let model = schema.resolve().definition.catalogForm
        try assertSnapshot(DeclarationRenderer(typeName: DeclarationRenderer.typeName(forSchema: name)).render(model), named: "Declarations/\(name).swift.txt")
    }

    @Test func aLargeSchemaListsItsTablesInArrays() {
        let model = SyntheticSchema.declaration(tables: 120).resolve().definition
        let source = DeclarationRenderer(typeName: "Large").render(model)
        #expect(source.contains("    static let allTables: [Table] = [\n        accounts1,\n"))
        #expect(source.contains("    static let allEnums: [Enum] = [\n        status0,\n"))
        #expect(source.hasSuffix("    public static let schema: Schema = Schema(\"synthetic_120\") {\n        allEnums\n        allTables\n    }\n}\n"))
        let small = DeclarationRenderer(typeName: "Small").render(SyntheticSchema.declaration(tables: 20).resolve().definition)
        #expect(!small.contains("allTables") && small.contains("        orders0\n"))
    }
}
