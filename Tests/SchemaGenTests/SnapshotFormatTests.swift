import Foundation
import ReferenceSchemas
import SchemaGen
import Testing

/// snapshot.json carries its format: an older one is read and upgraded, a newer one refused;
/// the expression forms it records are used only while they are still true.
@Suite struct SnapshotFormatTests {
    static let forms = ExpressionForms(tables: [
        ExpressionForms.Table(table: QualifiedName("orders"), columnTypes: ["id bigint", "status text"], forms: [
            ExpressionForms.Form(
                site: "check orders_status_check", declared: "status IN ('open', 'closed')",
                stored: "status = ANY (ARRAY['open'::text, 'closed'::text])"),
        ]),
    ])

    /// `orders` with a check written as declared, and a price column of `type`.
    static func orders(check: String = "status IN ('open', 'closed')", statusType: DataType = .text) -> SchemaDefinition {
        var table = TableDefinition(name: QualifiedName("orders"), columns: [
            ColumnDefinition(name: "id", type: .bigint, isNullable: false),
            ColumnDefinition(name: "status", type: statusType, isNullable: false),
        ])
        table.checks = [CheckDefinition(name: "orders_status_check", expression: check)]
        var schema = SchemaDefinition(name: "shop")
        schema.tables = [table]
        return schema
    }

    @Test func writesTheCurrentFormatAndReadsItBack() throws {
        let snapshot = SchemaSnapshot(schema: ReferenceSystems.all[0].resolve().definition, expressionForms: Self.forms)
        let text = try snapshot.encoded()
        #expect(text.contains("\"format\" : \(SchemaSnapshot.currentFormat),"))
        #expect(text.contains("\"expressionForms\" : ["))
        #expect(try SchemaSnapshot(decoding: text) == snapshot)
        // No forms, no key: a snapshot written without a server reads as before.
        #expect(try !SchemaSnapshot(schema: snapshot.schema).encoded().contains("expressionForms"))
    }

    /// `generate` takes a snapshot.json holding exactly the bytes of the declaration's snapshot
    /// for that snapshot, without decoding it: that holds only if every model reads back as itself.
    @Test(arguments: JSONWriterTests.schemas.indices)
    func everyModelReadsBackAsItself(_ index: Int) throws {
        let model = JSONWriterTests.schemas[index].resolve().definition
        for snapshot in [SchemaSnapshot(schema: model), SchemaSnapshot(schema: model, expressionForms: Self.forms)] {
            #expect(try SchemaSnapshot(decoding: snapshot.encoded()) == snapshot, "\(model.name)")
        }
    }

    @Test(arguments: [1, 2])
    func anOlderFormatIsRead(_ format: Int) throws {
        let schema = ReferenceSystems.all[1].resolve().definition
        let current = try SchemaSnapshot(schema: schema).encoded()
        let older = current.replacing("  \"format\" : \(SchemaSnapshot.currentFormat),\n", with: format == 1 ? "" : "  \"format\" : 2,\n")
        #expect(older != current)
        #expect(try SchemaSnapshot(decoding: older) == SchemaSnapshot(schema: schema))
    }

    @Test func aNewerFormatIsRefused() throws {
        let text = try SchemaSnapshot(schema: SchemaDefinition(name: "x")).encoded()
            .replacing("\"format\" : \(SchemaSnapshot.currentFormat)", with: "\"format\" : \(SchemaSnapshot.currentFormat + 1)")
        #expect(throws: SchemaSnapshot.UnsupportedFormat.self) { try SchemaSnapshot(decoding: text) }
    }

    @Test func formsAreTheExpressionsPostgreSQLWroteOtherwise() {
        let declared = Self.orders().catalogForm
        var stored = declared
        stored.tables[0].checks[0].expression = "status = ANY (ARRAY['open'::text, 'closed'::text])"
        #expect(ExpressionForms(declared: declared, stored: stored) == Self.forms)
        #expect(ExpressionForms(declared: declared, stored: declared).isEmpty)
    }

    @Test func aFormIsAppliedOnlyWhileItIsTrue() {
        let stored = "status = ANY (ARRAY['open'::text, 'closed'::text])"
        #expect(Self.forms.applied(to: Self.orders().catalogForm).tables[0].checks[0].expression == stored)
        // Another text, or the same text over a column of another type, is not what was printed.
        let rewritten = Self.orders(check: "status IN ('open', 'closed', 'held')").catalogForm
        #expect(Self.forms.applied(to: rewritten) == rewritten)
        let retyped = Self.orders(statusType: .varchar(20)).catalogForm
        #expect(Self.forms.applied(to: retyped) == retyped)
        #expect(Self.forms.kept(for: Self.orders().catalogForm) == Self.forms)
        #expect(Self.forms.kept(for: rewritten).isEmpty)
        #expect(Self.forms.kept(for: retyped).isEmpty)
    }

    @Test func generateKeepsTheFormsStillTrueAndDropsTheRest() throws {
        let declaration = Schema("shop") {
            Table("orders") {
                Column("id", .bigint).primaryKey()
                Column("status", .text).check("status IN ('open', 'closed')")
            }
        }
        let resolved = declaration.resolve()
        var recorded = SchemaSnapshot(schema: resolved.definition)
        let check = try #require(resolved.definition.tables.first?.checks.first)
        recorded.expressionForms = ExpressionForms(tables: [
            ExpressionForms.Table(table: QualifiedName("orders"), columnTypes: resolved.definition.catalogForm.tables[0].columns.map { "\($0.name) \($0.type.sql)" },
                                  forms: [ExpressionForms.Form(site: "check \(check.name)", declared: check.expression, stored: "printed"),
                                          ExpressionForms.Form(site: "check gone", declared: "x > 0", stored: "x > 0")]),
        ])
        let output = try MigrationGenerator(resolved: resolved, recorded: recorded, directory: MigrationDirectory(files: [:], sum: nil)).generate()
        let written = try SchemaSnapshot(decoding: try #require(output.files.first?.contents))
        #expect(written.expressionForms.tables.flatMap(\.forms).map(\.site) == ["check \(check.name)"])
    }

    /// The recorded snapshot is taken as the declaration's when its bytes are, and read when
    /// they differ: the same model in other bytes plans nothing and is written back as generated.
    @Test func generateReadsTheSnapshotWhenItsBytesDiffer() throws {
        let declaration = Schema("shop") {
            Table("orders") {
                Column("id", .bigint).primaryKey()
                Column("status", .text).check("status IN ('open', 'closed')")
            }
        }
        let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let validated = ValidatedSchema(declaration)
        let staging = FileWriter(root: root).staging()
        let first = try validated.generation(in: root) { file in try staging.add(file) }
        #expect(first.migration != nil)
        try staging.commit(removing: first.stale)
        let file = root.appending(path: "shop/\(SchemaSnapshot.fileName)")
        let generated = try String(contentsOf: file, encoding: .utf8)
        for recorded in [generated, generated.replacing("\n  ", with: "\n    ")] {
            try Data(recorded.utf8).write(to: file)
            let (again, files) = try GeneratedFile.collecting { sink in try validated.generation(in: root, into: sink) }
            #expect(again.migration == nil)
            #expect(files.first { $0.path == "shop/\(SchemaSnapshot.fileName)" }?.contents == generated)
        }
    }
}
