import Foundation
@testable import SchemaGen
import Testing

/// The types that write their own JSON write what their `Encodable` form writes. Each is held
/// with every property set (checked by reflection, so a property added to a type must be set
/// here, and then its `write(to:)` must write it), and each case of its enumerations.
@Suite struct JSONWritableTests {
    /// Paths of the optionals left nil and the arrays left empty in `value`, through the
    /// properties of the types that write themselves (a type written through `Codable` is
    /// complete by construction, so only its presence counts; an enumeration's cases are
    /// listed one by one instead).
    private static func unset(_ value: Any, at path: String) -> [String] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return [path] }
            return unset(wrapped, at: path)
        case .collection:
            if mirror.children.isEmpty { return [path + " (empty)"] }
            return mirror.children.flatMap { unset($0.value, at: path + "[]") }
        case .dictionary:
            return mirror.children.isEmpty ? [path + " (empty)"] : []
        case .struct:
            guard value is any JSONWritable else { return [] }
            return mirror.children.flatMap { unset($0.value, at: path + "." + ($0.label ?? "?")) }
        default:
            return []
        }
    }

    private static func expectComplete(_ value: some JSONWritable, _ label: String) throws {
        #expect(unset(value, at: label).isEmpty, "set every property of \(label): \(unset(value, at: label))")
        try JSONWriterTests.expectSameBytes(value, label)
    }

    static let table: TableDefinition = {
        let objects = SchemaObjectsSchema.schema.resolve().definition.tables
        var table = TableDefinition(name: QualifiedName("orders", schema: "shop"), comment: "Orders")
        var column = ColumnDefinition(
            name: "code", type: .varchar(20), isNullable: false, defaultValue: .literal("a\"b"), identity: identity,
            collation: "C", generatedExpression: "upper(name)", comment: "the code", swiftName: "orderCode",
            appDefault: .swift("Code.next()"), appOnUpdate: .now, jsonSwiftType: "Payload")
        column.storage = .external
        column.compression = "lz4"
        table.columns = [column]
        table.primaryKey = PrimaryKeyDefinition(
            name: "orders_pkey", columns: ["code"], include: ["note"], storageParameters: ["fillfactor": "90"], deferrable: .initiallyDeferred)
        table.uniques = [UniqueDefinition(
            name: "orders_code_key", columns: ["code"], nullsNotDistinct: true, include: ["note"],
            storageParameters: ["fillfactor": "80", "deduplicate_items": "off"], deferrable: .initiallyImmediate)]
        table.checks = [CheckDefinition(name: "orders_check", expression: "code <> ''", noInherit: true, notValid: true)]
        table.foreignKeys = [foreignKey]
        table.indexes = [IndexDefinition(
            name: "orders_lower_idx", isUnique: true, method: .gin,
            keys: [IndexKey(.expression("lower(code)"), collation: "C", operatorClass: "text_pattern_ops", operatorClassOptions: ["siglen": "32"], order: .descending, nulls: .first)],
            include: ["note"], predicate: "code IS NOT NULL", nullsNotDistinct: true, storageParameters: ["fastupdate": "off"])]
        table.exclusions = [ExclusionDefinition(
            name: "orders_code_excl", elements: [.init(IndexKey(.column("code"), operatorClass: "text_ops"), "=")], include: ["note"],
            predicate: "code <> ''", deferrable: .initiallyDeferred)]
        table.logicalReferences = [LogicalReference(columns: ["code"], target: .external("CMS item"), note: "kept in the CMS")]
        table.isJunction = true
        table.storageParameters = ["fillfactor": "70"]
        table.swiftName = "Order"
        table.triggers = objects.compactMap(\.triggers).first
        table.rowSecurity = RowSecurity(isEnabled: true, isForced: true)
        table.policies = objects.compactMap(\.policies).first
        table.partitioning = objects.compactMap(\.partitioning).first
        return table
    }()

    static let identity = Identity(.byDefault, start: 10, increment: -2, minValue: -100, maxValue: 100, cache: 5, cycle: true)

    static let foreignKey: ForeignKeyDefinition = {
        var key = ForeignKeyDefinition(
            name: "orders_code_fkey", columns: ["code"], referencedTable: QualifiedName("codes"), referencedColumns: ["id"],
            onDelete: .setNull, onDeleteColumns: ["code"], onUpdate: .cascade, deferrable: .initiallyImmediate, match: .full, notValid: true)
        key.relationName = "codeEntry"
        key.inverseName = "ordersByCode"
        return key
    }()

    @Test func everyPropertyOfATableIsWrittenAsEncodableWritesIt() throws {
        try Self.expectComplete(Self.table, "table")
        var schema = SchemaObjectsSchema.schema.resolve().definition
        schema.tables = [Self.table]
        schema.namespaces = ["shop"]
        schema.extensions = [ExtensionDefinition(name: "pgcrypto", schema: "extensions", version: "1.3")]
        schema.enums = [EnumDefinition(name: QualifiedName("mood"), values: ["happy", "sad"], comment: "moods")]
        // What the catalog says an object uses is read from a database, not recorded.
        schema.dependencies = [.table(QualifiedName("orders")): Dependencies()]
        try Self.expectComplete(schema, "schema")
    }

    /// A schema's tables are written on every core, 512 at a time: more than two slices' worth
    /// come out in order, as one array.
    @Test func tablesWrittenConcurrentlyAreInOrder() throws {
        var schema = SchemaDefinition(name: "many")
        schema.tables = (0..<1_100).map { number in
            var table = Self.table
            table.name = QualifiedName("t\(number)", schema: "shop")
            return table
        }
        try JSONWriterTests.expectSameBytes(schema, "1,100 tables")
    }

    @Test func everyCaseOfTheEnumerationsIsWrittenAsEncodableWritesIt() throws {
        let types: [DataType] = [
            .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .numeric, .numeric(precision: 10, scale: 2), .real, .doublePrecision,
            .boolean, .text, .varchar, .varchar(5), .char, .char(2), .uuid, .date, .time, .timetz, .time(precision: 3, withTimeZone: true),
            .timestamp, .timestamptz, .timestamp(precision: 6, withTimeZone: false), .interval, .json, .jsonb, .bytea, .inet, .cidr, .macaddr,
            .array(.array(.text)), .enumeration(QualifiedName("mood", schema: "app")), .custom("citext"),
        ]
        let literals: [SQLLiteral] = [.string("it's \\ \"quoted\"\n"), .integer(-7), .number("2.50"), .boolean(false), .array([.integer(1), .string("two"), .array([])])]
        let defaults: [DefaultValue] = literals.map { .literal($0) } + [.expression("now()")]
        let appDefaults: [AppDefault] = [.now, .uuid, .nanoid, .swift("UUID()")]
        let keys: [IndexKey.Target] = [.column("code"), .expression("lower(code)")]
        let targets: [LogicalReference.Target] = [.table(QualifiedName("codes"), columns: ["id"]), .external("S3 object")]
        for (index, value) in types.enumerated() { try Self.expectComplete(value, "type \(index)") }
        for (index, value) in defaults.enumerated() { try Self.expectComplete(value, "default \(index)") }
        for (index, value) in appDefaults.enumerated() { try Self.expectComplete(value, "app default \(index)") }
        for (index, value) in keys.enumerated() { try Self.expectComplete(value, "index key \(index)") }
        for (index, value) in targets.enumerated() { try Self.expectComplete(value, "reference target \(index)") }
        for action in ReferentialAction.allCases { try Self.expectComplete(action, "\(action)") }
        for method in IndexMethod.allCases { try Self.expectComplete(method, "\(method)") }
    }

    @Test func everyPropertyOfARelationGraphIsWrittenAsEncodableWritesIt() throws {
        var schema = SchemaObjectsSchema.schema.resolve().definition
        schema.tables.append(Self.table)
        var graph = RelationGraph(schema: schema)
        var relation = Relation(
            name: "codes", kind: .manyToMany, table: QualifiedName("orders"), target: QualifiedName("codes"), columns: ["code"],
            sourceColumns: ["code"], targetColumns: ["id"], foreignKey: "orders_code_fkey", through: QualifiedName("order_codes"), onDelete: .cascade)
        graph.tables = [RelationGraph.TableRelations(table: QualifiedName("orders"), relations: [relation])]
        relation.kind = .oneToOne
        graph.tables[0].relations.append(relation)
        graph.junctions = [Junction(table: QualifiedName("order_codes"), left: Self.foreignKey, right: Self.foreignKey, hasCompositeKey: true, isDeclared: true)]
        let effect = CascadeClosure.Effect(table: QualifiedName("lines"), columns: ["order_code"], referenced: QualifiedName("orders"), path: ["lines → orders"])
        var closure = graph.cascades.first ?? CascadeClosure(of: QualifiedName("orders"), incoming: [:])
        (closure.deleted, closure.setNull, closure.setDefault, closure.blocked) = ([effect], [effect], [effect], [effect])
        graph.cascades = [closure]
        graph.externalReferences = [RelationGraph.ExternalReference(table: QualifiedName("orders"), columns: ["code"], target: "CMS", note: "slugs")]
        graph.warnings = [Diagnostic(
            .warning, code: .unindexedForeignKey, schema: "shop", table: QualifiedName("orders"), column: "code", object: "orders_code_fkey",
            location: SourceLocation(file: "Schema.swift", line: 12, column: 5), "no index")]
        try Self.expectComplete(graph, "graph")
    }
}
