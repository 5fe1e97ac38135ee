/// What the objects of a schema use: as `pg_depend` records it for a schema read from a
/// catalog, derived from the declaration's text otherwise, where a name is a dependency
/// wherever it is mentioned, whatever the schema qualifying it: an over-approximation that may
/// rebuild an object more than needed, never less.
extension SchemaDefinition {
    /// What `object` uses as `pg_depend` records it, for a schema read from a catalog (where an
    /// object with nothing recorded uses nothing); nil for a declared schema.
    func recordedDependencies(of object: SourcePath) -> Dependencies? {
        dependencies.isEmpty ? nil : dependencies[object] ?? Dependencies()
    }

    /// The names of the relations, functions and types `object` uses: as recorded, or those
    /// its SQL mentions.
    func usedNames(by object: SourcePath, sql: @autoclosure () -> String) -> Set<String> {
        recordedDependencies(of: object)?.names ?? SQLExpression.mentionedNames(sql())
    }

    /// The names a view's query uses.
    func usedNames(by view: ViewDefinition) -> Set<String> {
        usedNames(by: .view(view.name), sql: view.query)
    }

    /// The names a function uses: its signature's types, and what a SQL-standard body reads
    /// and calls (another body is not parsed until it runs).
    func usedNames(by function: FunctionDefinition) -> Set<String> {
        usedNames(by: .function(function.signature), sql: function.usingSQL)
    }

    /// The views and functions, each after those of them it uses (ties: views by name, then
    /// functions by signature; a cycle is broken at its first): the order to create them in,
    /// and reversed, to drop them.
    public var viewsAndFunctionsInDependencyOrder: [SourcePath] {
        let nodes: [(path: SourcePath, name: String, uses: Set<String>)] =
            views.sorted { $0.name < $1.name }.map { (.view($0.name), $0.name.name, usedNames(by: $0)) }
            + functions.sorted { $0.signature < $1.signature }.map { (.function($0.signature), $0.name.name, usedNames(by: $0)) }
        var waiting = nodes.map { node in nodes.indices.filter { other in nodes[other].name != node.name && node.uses.contains(nodes[other].name) }.count }
        var ordered: [SourcePath] = []
        var placed = Array(repeating: false, count: nodes.count)
        for _ in nodes.indices {
            let next = nodes.indices.first { !placed[$0] && waiting[$0] == 0 } ?? nodes.indices.first { !placed[$0] }!
            placed[next] = true
            ordered.append(nodes[next].path)
            for other in nodes.indices where !placed[other] && nodes[other].name != nodes[next].name && nodes[other].uses.contains(nodes[next].name) {
                waiting[other] -= 1
            }
        }
        return ordered
    }

    /// The views, each after the views and functions its query uses.
    public var viewsInDependencyOrder: [ViewDefinition] {
        let byName = Dictionary(views.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return viewsAndFunctionsInDependencyOrder.compactMap { if case .view(let name) = $0 { byName[name] } else { nil } }
    }

    /// Whether the function must be created after the tables: a SQL-standard body is parsed
    /// when created, and a signature may name a table's row type. Such a function is created
    /// with the views, in ``viewsAndFunctionsInDependencyOrder``.
    func isCreatedLate(_ function: FunctionDefinition) -> Bool {
        if function.isAtomic { return true }
        let relations = Set((tables.map(\.name) + views.map(\.name)).map(\.name))
        return !usedNames(by: function).isDisjoint(with: relations)
    }
}

extension FunctionDefinition {
    /// The SQL that names what the function uses: its signature's own types, and a
    /// SQL-standard body (another body is not parsed until it runs).
    var usingSQL: String {
        let types = (arguments.map(\.type) + [returns].compactMap { $0 }).compactMap { type -> String? in
            if case .custom(let name) = type.arrayElement { name.split(separator: ".").map { SQLIdentifier.quote(String($0)) }.joined(separator: ".") } else { nil }
        }
        return ([isAtomic ? body : ""] + types).joined(separator: " ")
    }
}

extension DataType {
    /// The element of an array type; the type itself otherwise.
    var arrayElement: DataType {
        if case .array(let element) = self { element } else { self }
    }
}

extension SchemaDefinition {
    /// The schema with each serial column whose sequence is one of `sequences` written out as
    /// what `serial` makes: the integer type, a sequence owned by the column, and a `nextval`
    /// default. Two schemas are compared so when one holds as a sequence of its own what the
    /// other holds as a serial column's (a serial whose sequence was given options).
    func expandingSerials(named sequences: Set<QualifiedName>) -> SchemaDefinition {
        guard !sequences.isEmpty else { return self }
        var schema = self
        for tableIndex in schema.tables.indices {
            let table = schema.tables[tableIndex]
            for columnIndex in table.columns.indices where table.columns[columnIndex].type.isSerial {
                let column = table.columns[columnIndex]
                let name = QualifiedName(ObjectName.make(table.name.name, column.name, label: "seq"), schema: table.name.schema)
                guard sequences.contains(name), !schema.sequences.contains(where: { $0.name == name }) else { continue }
                schema.tables[tableIndex].columns[columnIndex].type = column.type.storageType
                schema.tables[tableIndex].columns[columnIndex].defaultValue = .expression("nextval(\(SQLLiteral.quote(SQLIdentifier.quote(name)))::regclass)")
                schema.sequences.append(SequenceDefinition(name: name, type: column.type.storageType, ownedBy: ColumnPath(table.name, column.name)))
            }
        }
        schema.sequences.sort { $0.name < $1.name }
        return schema
    }
}
