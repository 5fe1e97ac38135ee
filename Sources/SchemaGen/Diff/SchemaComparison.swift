import Foundation

/// Lists every difference between an expected schema (a declaration) and an actual one (a live
/// database's catalog): missing, unexpected and changed extensions, schemas, enums, tables,
/// columns, keys, checks, foreign keys and indexes. It is what `schemagen check` reports as drift.
///
/// It is a rendering of the differ's changes, not a second comparison: the objects it lists
/// are exactly those the plan from `actual` to `expected` would touch, each described field by
/// field. An object the plan rebuilds only because of another (a foreign key over a rebuilt
/// key) and that is the same on both sides is not listed. Both sides are compared as a catalog
/// holds them (``SchemaDefinition/catalogForm``); a declaration's expressions must first be
/// printed by PostgreSQL (``ExpressionProbe``). Tables and enums of PostgreSQL schemas the
/// expected side does not use are not compared.
///
/// ```swift
/// let drift = SchemaComparison(expected: declared, actual: live).differences
/// // [changed: column public.users.email: type is varchar(255) declared, text in the database]
/// ```
public struct SchemaComparison: Sendable {
    public let expected: SchemaDefinition
    public let actual: SchemaDefinition
    /// How the two sides are named in details: "declared" and "in the database".
    public var labels: (expected: String, actual: String)

    public init(expected: SchemaDefinition, actual: SchemaDefinition, labels: (expected: String, actual: String) = ("declared", "in the database")) {
        self.expected = expected.catalogForm
        self.actual = actual.catalogForm
        self.labels = labels
    }

    public var differences: [SchemaDifference] {
        let namespaces = Set(expected.namespaces + [QualifiedName.defaultSchema] + expected.tables.map(\.name.schema) + expected.enums.map(\.name.schema)
            + expected.sequences.map(\.name.schema) + expected.functions.map(\.name.schema) + expected.views.map(\.name.schema)
            + expected.domains.map(\.name.schema) + expected.compositeTypes.map(\.name.schema))
        var actual = actual
        actual.namespaces = actual.namespaces.filter(namespaces.contains)
        actual.enums = actual.enums.filter { namespaces.contains($0.name.schema) }
        actual.tables = actual.tables.filter { namespaces.contains($0.name.schema) }
        actual.sequences = actual.sequences.filter { namespaces.contains($0.name.schema) }
        actual.functions = actual.functions.filter { namespaces.contains($0.name.schema) }
        actual.views = actual.views.filter { namespaces.contains($0.name.schema) }
        actual.domains = actual.domains.filter { namespaces.contains($0.name.schema) }
        actual.compositeTypes = actual.compositeTypes.filter { namespaces.contains($0.name.schema) }
        let touched = TouchedObjects(Differ(from: actual, to: expected).diff().changes)
        var result: [SchemaDifference] = []
        result += compare(keyed(expected.extensions, by: \.name), keyed(actual.extensions, by: \.name), kind: "extension", touched: touched) { declared, live in
            let differs = declared.differs(from: live)
            return changes([Field("schema", differs.schema ? declared.schema! : "", differs.schema ? live.schema ?? "" : ""),
                            Field("version", differs.version ? declared.version! : "", differs.version ? live.version ?? "" : "")])
        }
        result += compare(keyed(expected.namespaces, by: { $0 }), keyed(actual.namespaces, by: { $0 }), kind: "schema", touched: touched) { _, _ in [] }
        result += compare(keyed(expected.enums, by: \.name), keyed(actual.enums, by: \.name), kind: "enum", touched: touched) { declared, live in
            changes([Field("values", declared.values.joined(separator: ", "), live.values.joined(separator: ", ")),
                     Field("comment", declared.comment ?? "none", live.comment ?? "none")])
        }
        let expectedTables = keyed(expected.tables, by: \.name)
        let actualTables = keyed(actual.tables, by: \.name)
        result += compare(expectedTables, actualTables, kind: "table", touched: touched) { declared, live in
            changes([Field("comment", declared.comment ?? "none", live.comment ?? "none"),
                     Field("row-level security", declared.rowSecurity.map(\.description) ?? "disabled", live.rowSecurity.map(\.description) ?? "disabled"),
                     Field("storage parameters", DDLStatement.parameterList(declared.storageParameters ?? [:]), DDLStatement.parameterList(live.storageParameters ?? [:]))])
        }
        for (name, declared) in expectedTables.sorted(by: { $0.key < $1.key }) {
            guard let live = actualTables[name] else { continue }
            result += compareTables(declared, live, touched: touched)
        }
        result += compare(keyed(expected.sequences, by: \.name), keyed(actual.sequences, by: \.name),
                          kind: "sequence", touched: touched) { a, b in
            changes([Field("definition", DDLStatement.createSequence(a), DDLStatement.createSequence(b)),
                     Field("owned by", a.ownedBy?.description ?? "none", b.ownedBy?.description ?? "none"),
                     Field("comment", a.comment ?? "none", b.comment ?? "none")])
        }
        result += compare(keyed(expected.functions, by: \.signature), keyed(actual.functions, by: \.signature),
                          kind: "function", touched: touched) { a, b in
            var (a, b) = (a, b)
            (a.comment, b.comment) = (nil, nil)
            return changes([Field("definition", DDLStatement.createFunction(a), DDLStatement.createFunction(b))])
        }
        result += compare(keyed(expected.domains, by: \.name), keyed(actual.domains, by: \.name), kind: "domain", touched: touched) { a, b in
            changes([Field("definition", DDLStatement.createDomain(a), DDLStatement.createDomain(b)),
                     Field("checks", a.checks.map { DDLStatement.addDomainCheck($0, to: a.name) }.joined(separator: " "),
                           b.checks.map { DDLStatement.addDomainCheck($0, to: b.name) }.joined(separator: " ")),
                     Field("comment", a.comment ?? "none", b.comment ?? "none")])
        }
        result += compare(keyed(expected.compositeTypes, by: \.name), keyed(actual.compositeTypes, by: \.name), kind: "composite type", touched: touched) { a, b in
            changes([Field("attributes", DDLStatement.createCompositeType(a), DDLStatement.createCompositeType(b)),
                     Field("comment", a.comment ?? "none", b.comment ?? "none")])
        }
        func compared(_ views: [ViewDefinition], materialized: Bool) -> [QualifiedName: ViewDefinition] {
            keyed(views.filter { $0.isMaterialized == materialized }, by: \.name)
        }
        for kind in ["view", "materialized view"] {
            let materialized = kind != "view"
            result += compare(compared(expected.views, materialized: materialized), compared(actual.views, materialized: materialized),
                              kind: kind, touched: touched) { a, b in
                changes([Field("query", a.query, b.query),
                         Field("options", DDLStatement.parameterList(a.options ?? [:]), DDLStatement.parameterList(b.options ?? [:])),
                         Field("indexes", (a.indexes ?? []).map { DDLStatement.createIndex($0, on: a.name) }.joined(separator: " "),
                               (b.indexes ?? []).map { DDLStatement.createIndex($0, on: b.name) }.joined(separator: " ")),
                         Field("triggers", Self.triggers(of: a), Self.triggers(of: b)),
                         Field("comment", a.comment ?? "none", b.comment ?? "none")])
            }
        }
        return result
    }

    /// A view's triggers as SQL, each with its comment.
    private static func triggers(of view: ViewDefinition) -> String {
        (view.triggers ?? []).map { trigger in
            DDLStatement.createTrigger(trigger, on: view.name).joined(separator: " ") + (trigger.comment.map { " COMMENT " + SQLLiteral.quote($0) } ?? "")
        }.joined(separator: " ")
    }

    private func compareTables(_ declared: TableDefinition, _ live: TableDefinition, touched: TouchedObjects) -> [SchemaDifference] {
        let table = declared.name.qualifiedText
        let touched = touched.within(declared.name)
        var result: [SchemaDifference] = []
        result += compare(keyed(declared.columns, by: \.name), keyed(live.columns, by: \.name), kind: "column", in: table, separator: ".", touched: touched) { a, b in
            changes([
                Field("type", a.type.sql, b.type.sql),
                Field("collation", a.collation ?? "default", b.collation ?? "default"),
                Field("storage", (a.storage ?? a.type.defaultStorage).rawValue, (b.storage ?? b.type.defaultStorage).rawValue),
                Field("compression", a.compression ?? "default", b.compression ?? "default"),
                Field("nullability", a.isNullable ? "NULL" : "NOT NULL", b.isNullable ? "NULL" : "NOT NULL"),
                Field("default", a.defaultValue?.sql ?? "none", b.defaultValue?.sql ?? "none", SQLExpression.canonical),
                Field("identity", a.identity.map(DDLStatement.identityClause) ?? "none", b.identity.map(DDLStatement.identityClause) ?? "none"),
                Field("generated as", a.generatedExpression ?? "none", b.generatedExpression ?? "none", SQLExpression.canonical),
                Field("comment", a.comment ?? "none", b.comment ?? "none"),
            ])
        }
        let keys = [declared.primaryKey, live.primaryKey]
        result += compare(
            keyed(keys[0].map { [$0] } ?? [], by: \.name), keyed(keys[1].map { [$0] } ?? [], by: \.name),
            kind: "primary key", on: table, touched: touched
        ) { a, b in changes([Field("definition", DDLStatement.primaryKeyClause(a), DDLStatement.primaryKeyClause(b))]) }
        result += compare(keyed(declared.uniques, by: \.name), keyed(live.uniques, by: \.name), kind: "unique constraint", on: table, touched: touched) { a, b in
            changes([Field("definition", DDLStatement.uniqueClause(a), DDLStatement.uniqueClause(b))])
        }
        result += compare(keyed(declared.exclusions ?? [], by: \.name), keyed(live.exclusions ?? [], by: \.name), kind: "exclusion constraint", on: table, touched: touched) { a, b in
            changes([Field("definition", DDLStatement.exclusionClause(a), DDLStatement.exclusionClause(b), SQLExpression.canonical)])
        }
        result += compare(keyed(declared.checks, by: \.name), keyed(live.checks, by: \.name), kind: "check constraint", on: table, touched: touched) { a, b in
            changes([Field("expression", a.expression, b.expression, SQLExpression.canonical),
                     Field("inheritance", a.noInherit == true ? "NO INHERIT" : "inherited", b.noInherit == true ? "NO INHERIT" : "inherited"),
                     Field("validation", a.notValid == true ? "NOT VALID" : "validated", b.notValid == true ? "NOT VALID" : "validated")])
        }
        result += compare(keyed(declared.foreignKeys, by: \.name), keyed(live.foreignKeys, by: \.name), kind: "foreign key", on: table, touched: touched) { a, b in
            changes([
                Field("key", "(\(a.columns.joined(separator: ", "))) REFERENCES \(a.referencedTable.qualifiedText) (\(a.referencedColumns.joined(separator: ", ")))",
                      "(\(b.columns.joined(separator: ", "))) REFERENCES \(b.referencedTable.qualifiedText) (\(b.referencedColumns.joined(separator: ", ")))"),
                Field("ON DELETE", a.onDeleteClause, b.onDeleteClause),
                Field("ON UPDATE", a.onUpdate.rawValue, b.onUpdate.rawValue),
                Field("deferrable", a.deferrable?.rawValue ?? "NOT DEFERRABLE", b.deferrable?.rawValue ?? "NOT DEFERRABLE"),
                Field("MATCH", (a.match ?? .simple).rawValue, (b.match ?? .simple).rawValue),
                Field("validation", a.notValid == true ? "NOT VALID" : "validated", b.notValid == true ? "NOT VALID" : "validated"),
            ])
        }
        result += compare(keyed(declared.indexes, by: \.name), keyed(live.indexes, by: \.name), kind: "index", on: table, touched: touched) { a, b in
            changes([Field("definition", DDLStatement.createIndex(a, on: declared.name), DDLStatement.createIndex(b, on: live.name), SQLExpression.canonical)])
        }
        result += compare(keyed(declared.triggers ?? [], by: \.name), keyed(live.triggers ?? [], by: \.name), kind: "trigger", on: table, touched: touched) { a, b in
            changes([Field("definition", DDLStatement.createTrigger(a, on: declared.name).joined(separator: " "),
                           DDLStatement.createTrigger(b, on: live.name).joined(separator: " ")),
                     Field("comment", a.comment ?? "none", b.comment ?? "none")])
        }
        result += compare(keyed(declared.policies ?? [], by: \.name), keyed(live.policies ?? [], by: \.name), kind: "policy", on: table, touched: touched) { a, b in
            changes([Field("definition", DDLStatement.createPolicy(a, on: declared.name), DDLStatement.createPolicy(b, on: live.name)),
                     Field("comment", a.comment ?? "none", b.comment ?? "none")])
        }
        result += compare(keyed(declared.partitioning?.partitions ?? [], by: \.name), keyed(live.partitioning?.partitions ?? [], by: \.name),
                          kind: "partition", on: table, touched: touched) { a, b in
            changes([Field("bound", a.bound.sql, b.bound.sql), Field("comment", a.comment ?? "none", b.comment ?? "none")])
        }
        return result
    }

    /// One compared property; `canonical` says which texts count as equal.
    private struct Field {
        var name: String
        var expected: String
        var actual: String
        var canonical: (String) -> String = { $0 }

        init(_ name: String, _ expected: String, _ actual: String, _ canonical: @escaping (String) -> String = { $0 }) {
            self.name = name
            self.expected = expected
            self.actual = actual
            self.canonical = canonical
        }
    }

    /// `type is varchar(255) declared, text in the database`; nothing when the field is equal.
    private func changes(_ fields: [Field]) -> [String] {
        fields.compactMap { field in
            field.canonical(field.expected) == field.canonical(field.actual)
                ? nil : "\(field.name) is \(field.expected) \(labels.expected), \(field.actual) \(labels.actual)"
        }
    }

    private func keyed<Value, Key: Hashable>(_ values: [Value], by key: (Value) -> Key) -> [Key: Value] {
        Dictionary(values.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Missing, unexpected and changed objects of one kind that the plan touches, sorted by
    /// name. A changed object none of whose fields differ, but which is not the same, is
    /// described by its whole definition.
    private func compare<Key: Comparable & CustomStringConvertible, Value: Encodable & Equatable>(
        _ expected: [Key: Value], _ actual: [Key: Value], kind: String, in table: String? = nil, separator: String = "", on owner: String? = nil,
        touched: TouchedObjects, detail: (Value, Value) -> [String]
    ) -> [SchemaDifference] {
        func label(_ key: Key) -> String {
            let name = (key as? QualifiedName)?.qualifiedText ?? key.description
            if let table { return "\(kind) \(table)\(separator)\(name)" }
            if let owner { return "\(kind) \(name) on \(owner)" }
            return "\(kind) \(name)"
        }
        var result: [SchemaDifference] = []
        for key in Set(expected.keys).union(actual.keys).sorted() where touched.contains(kind, "\(key)") {
            switch (expected[key], actual[key]) {
            case (_?, nil): result.append(.init(.missing, label(key)))
            case (nil, _?): result.append(.init(.unexpected, label(key)))
            case (let a?, let b?) where a != b:
                let details = detail(a, b)
                result += (details.isEmpty ? changes([Field("definition", Self.json(a), Self.json(b))]) : details).map { .init(.changed, label(key), detail: $0) }
            case (_?, _?): break
            case (nil, nil): break
            }
        }
        return result
    }
}

extension SchemaComparison {
    /// The model's own JSON of an object, for a difference no field names.
    fileprivate static func json(_ value: some Encodable) -> String {
        (try? JSONWriter.text(of: value, compact: true)) ?? "\(value)"
    }
}

extension QualifiedName {
    /// Always with its schema: `public.users`.
    public var qualifiedText: String { "\(schema).\(name)" }
}
