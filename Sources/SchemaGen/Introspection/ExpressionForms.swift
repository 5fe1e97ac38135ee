/// PostgreSQL's words for a declaration's expressions, learned from a server once and recorded
/// in `snapshot.json`, so that comparing the declaration with a catalog later needs no server
/// to ask (a read-only replica, a role without the TEMP privilege, an offline check).
///
/// A form is used only while it is still true: the expression is written as it was when
/// PostgreSQL printed it, at the same place (a column's default, a check, an index key), in a
/// table whose columns still have the same types (`price > 0` is `price > 0::numeric` only
/// while `price` is numeric).
///
/// ```json
/// "expressionForms" : [
///   {
///     "columnTypes" : [ "id bigint", "status text" ],
///     "forms" : [
///       {
///         "declared" : "status IN ('open', 'closed')",
///         "site" : "check orders_status_check",
///         "stored" : "status = ANY (ARRAY['open'::text, 'closed'::text])"
///       }
///     ],
///     "table" : "orders"
///   }
/// ]
/// ```
public struct ExpressionForms: Hashable, Sendable, Codable {
    /// The forms of one table's expressions.
    public struct Table: Hashable, Sendable, Codable {
        public var table: QualifiedName
        /// `name type` of each column when the forms were printed.
        public var columnTypes: [String]
        public var forms: [Form]

        public init(table: QualifiedName, columnTypes: [String], forms: [Form]) {
            self.table = table
            self.columnTypes = columnTypes
            self.forms = forms
        }
    }

    /// One expression: where it is, as declared, and as PostgreSQL stores it.
    public struct Form: Hashable, Sendable, Codable {
        /// `default of <column>`, `generated <column>`, `check <name>`, `index <name> key <n>`,
        /// `index <name> predicate`, `exclusion <name> element <n>`, `exclusion <name> predicate`,
        /// `policy <name> using`, `policy <name> with check`, `trigger <name> when`,
        /// `partition key <n>`, `partition <name> bound`.
        public var site: String
        public var declared: String
        public var stored: String

        public init(site: String, declared: String, stored: String) {
            self.site = site
            self.declared = declared
            self.stored = stored
        }
    }

    public var tables: [Table]

    public init(tables: [Table] = []) {
        self.tables = tables
    }

    public var isEmpty: Bool { tables.isEmpty }

    /// The expressions `stored` writes otherwise than `declared`: the same schema in catalog
    /// form, before and after ``ExpressionProbe/normalized(reading:)``.
    public init(declared: SchemaDefinition, stored: SchemaDefinition) {
        tables = zip(declared.tables, stored.tables).compactMap { declared, stored in
            let printed = Dictionary(stored.expressions.map { ($0.site, $0.text) }, uniquingKeysWith: { first, _ in first })
            let forms = declared.expressions.compactMap { site, text in
                printed[site].flatMap { $0 == text ? nil : Form(site: site, declared: text, stored: $0) }
            }
            return forms.isEmpty ? nil : Table(table: declared.name, columnTypes: declared.columnTypes, forms: forms)
        }
    }

    /// `schema` (in catalog form) with each expression that still reads as recorded written as
    /// PostgreSQL stores it.
    public func applied(to schema: SchemaDefinition) -> SchemaDefinition {
        var schema = schema
        let recorded = Dictionary(tables.map { ($0.table, $0) }, uniquingKeysWith: { first, _ in first })
        for index in schema.tables.indices {
            guard let table = recorded[schema.tables[index].name], table.columnTypes == schema.tables[index].columnTypes else { continue }
            let forms = Dictionary(table.forms.map { ($0.site, $0) }, uniquingKeysWith: { first, _ in first })
            schema.tables[index].rewriteExpressions { site, text in
                guard let form = forms[site], form.declared == text else { return nil }
                return form.stored
            }
        }
        return schema
    }

    /// The forms still true of `schema` (in catalog form): what `generate` keeps in the next
    /// snapshot when no server was asked again. `schema` is not computed when there are none.
    public func kept(for schema: @autoclosure () -> SchemaDefinition) -> ExpressionForms {
        guard !tables.isEmpty else { return self }
        let current = schema().tablesByName
        return ExpressionForms(tables: tables.compactMap { table in
            guard let declared = current[table.table], declared.columnTypes == table.columnTypes else { return nil }
            let texts = Set(declared.expressions.map { "\($0.site)\u{0}\($0.text)" })
            let forms = table.forms.filter { texts.contains("\($0.site)\u{0}\($0.declared)") }
            return forms.isEmpty ? nil : Table(table: table.table, columnTypes: table.columnTypes, forms: forms)
        })
    }
}

extension TableDefinition {
    /// `name type` of each column, the context an expression is printed in.
    var columnTypes: [String] {
        columns.map { "\($0.name) \($0.type.canonical.sql)" }
    }

    /// Every expression of the table with the place it is at (see ``ExpressionForms/Form/site``).
    var expressions: [(site: String, text: String)] {
        var found: [(site: String, text: String)] = []
        var copy = self
        copy.rewriteExpressions { site, text in
            found.append((site, text))
            return nil
        }
        return found
    }

    /// Offers each expression to `rewrite`, which returns its new text or nil to keep it. A
    /// default is offered in SQL and read back as the catalog reader reads one.
    mutating func rewriteExpressions(_ rewrite: (_ site: String, _ text: String) -> String?) {
        for index in columns.indices {
            let column = columns[index]
            if let value = column.defaultValue, let text = rewrite("default of \(column.name)", value.sql) {
                columns[index].defaultValue = DefaultValue(catalogExpression: text, for: column.type)
            }
            if let expression = column.generatedExpression, let text = rewrite("generated \(column.name)", expression) {
                columns[index].generatedExpression = text
            }
        }
        for index in checks.indices {
            if let text = rewrite("check \(checks[index].name)", checks[index].expression) { checks[index].expression = text }
        }
        for index in indexes.indices {
            let name = indexes[index].name
            for key in indexes[index].keys.indices {
                guard case .expression(let expression) = indexes[index].keys[key].target else { continue }
                if let text = rewrite("index \(name) key \(key + 1)", expression) { indexes[index].keys[key].target = .expression(text) }
            }
            if let predicate = indexes[index].predicate, let text = rewrite("index \(name) predicate", predicate) {
                indexes[index].predicate = text
            }
        }
        for index in (exclusions ?? []).indices {
            let name = exclusions![index].name
            for element in exclusions![index].elements.indices {
                guard case .expression(let expression) = exclusions![index].elements[element].key.target else { continue }
                if let text = rewrite("exclusion \(name) element \(element + 1)", expression) {
                    exclusions![index].elements[element].key.target = .expression(text)
                }
            }
            if let predicate = exclusions![index].predicate, let text = rewrite("exclusion \(name) predicate", predicate) {
                exclusions![index].predicate = text
            }
        }
        for index in (policies ?? []).indices {
            let name = policies![index].name
            if let using = policies![index].using, let text = rewrite("policy \(name) using", using) { policies![index].using = text }
            if let check = policies![index].withCheck, let text = rewrite("policy \(name) with check", check) { policies![index].withCheck = text }
        }
        for index in (triggers ?? []).indices {
            if let when = triggers![index].when, let text = rewrite("trigger \(triggers![index].name) when", when) { triggers![index].when = text }
        }
        for key in (partitioning?.keys ?? []).indices {
            guard case .expression(let expression) = partitioning!.keys[key].target else { continue }
            if let text = rewrite("partition key \(key + 1)", expression) { partitioning!.keys[key].target = .expression(text) }
        }
        for index in (partitioning?.partitions ?? []).indices {
            let partition = partitioning!.partitions[index]
            if let text = rewrite("partition \(partition.name) bound", partition.bound.sql), let bound = PartitionBound(sql: text) {
                partitioning!.partitions[index].bound = bound
            }
        }
    }
}
