import SchemaGen
import SyntheticSchemas
import Testing

/// The benchmarks' schemas are what BENCHMARKS.md says they are: valid, realistic, and the
/// edited version differs in about 5% of the tables.
@Suite struct SyntheticSchemaTests {
    @Test func aSyntheticSchemaIsValidAndShapedAsDocumented() {
        let resolved = SyntheticSchema.declaration(tables: 200).resolve()
        let model = resolved.definition
        let diagnostics = resolved.diagnostics + Validator(schema: model, sources: resolved.sources).validate()
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3))")
        #expect(model.tables.count == 200 && model.enums.count == 8)
        for table in model.tables {
            #expect((8...15).contains(table.columns.count), "\(table.name): \(table.columns.count) columns")
            #expect((2...4).contains(table.indexes.count), "\(table.name): \(table.indexes.count) indexes")
            for key in table.foreignKeys { #expect(key.referencedTable < table.name || model.table(named: key.referencedTable) != nil) }
        }
        #expect(model.tables.filter { !$0.foreignKeys.isEmpty }.count == 199)
        #expect(SyntheticSchema.declaration(tables: 200).resolve().definition == model)
    }

    @Test func theEditedVersionChangesAboutFivePercent() {
        let before = SyntheticSchema.declaration(tables: 400).resolve().definition
        let after = SyntheticSchema.edited(before, fraction: 0.05)
        let diff = Differ(from: before, to: after, allowed: []).diff()
        let touched = Set(diff.changes.map { "\($0)".prefix(60) }).count
        #expect(after.tables.count == 420)
        #expect((20...80).contains(touched), "\(touched) distinct changes")
        #expect(Differ(from: after, to: after).diff().changes.isEmpty)
    }
}
