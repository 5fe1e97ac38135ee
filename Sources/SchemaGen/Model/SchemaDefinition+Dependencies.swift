/// What the objects of a schema use, derived from the declaration's text: the names a view's
/// query, a function's signature or an expression mention. A name is a dependency wherever it
/// is mentioned, whatever the schema qualifying it: an over-approximation that may rebuild a
/// view more than needed, never less.
extension SchemaDefinition {
    /// The views, each after the views its query mentions (ties by name).
    public var viewsInDependencyOrder: [ViewDefinition] {
        var remaining = views.sorted { $0.name < $1.name }
        var ordered: [ViewDefinition] = []
        var placed: Set<QualifiedName> = []
        while !remaining.isEmpty {
            let index = remaining.firstIndex { view in
                remaining.allSatisfy { other in other.name == view.name || placed.contains(other.name) || !view.mentions(other.name) }
            } ?? 0
            let view = remaining.remove(at: index)
            ordered.append(view)
            placed.insert(view.name)
        }
        return ordered
    }

    /// Whether the function must be created after the tables and views: a SQL-standard body is
    /// parsed when created, and a signature may name a table's row type.
    func isCreatedLate(_ function: FunctionDefinition) -> Bool {
        if function.isAtomic { return true }
        let relations = Set((tables.map(\.name) + views.map(\.name)).map(\.name))
        let types = function.arguments.map(\.type) + [function.returns].compactMap { $0 }
        return types.contains { type in
            if case .custom(let name) = type.arrayElement { relations.contains(name) || relations.contains(String(name.split(separator: ".").last ?? "")) } else { false }
        }
    }
}

extension ViewDefinition {
    /// Whether the view uses `relation`: as `pg_depend` says for a view read from a catalog,
    /// by the names its query mentions otherwise.
    func mentions(_ relation: QualifiedName) -> Bool {
        if let dependencies { return dependencies.relations.contains(relation) }
        return mentionedNames.contains(relation.name)
    }

    /// The names of the relations, functions and types the view uses: from `pg_depend` for a
    /// view read from a catalog, from its query's text otherwise.
    var mentionedNames: Set<String> {
        guard let dependencies else { return SQLExpression.mentionedNames(query) }
        return Set((dependencies.relations + dependencies.functions + dependencies.types).map(\.name))
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
