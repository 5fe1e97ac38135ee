extension Differ {
    /// New and dropped enums; values renamed, added in place, or removed and reordered (which
    /// rebuilds the type and casts the columns that use it).
    func diffEnums(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        for type in to.enums {
            guard let previous = old.enumType(named: type.name) else {
                diff.changes.append(.createEnum(type))
                if let comment = type.comment { diff.changes.append(.commentOnEnum(type.name, comment)) }
                continue
            }
            for (new, former) in (renames.enumValues[type.name] ?? [:]).sorted(by: { $0.key < $1.key }) {
                diff.changes.append(.renameEnumValue(type.name, from: former, to: new))
            }
            if previous.values != type.values {
                if previous.values.isSubsequence(of: type.values) {
                    for (index, value) in type.values.enumerated() where !previous.values.contains(value) {
                        let before = type.values[(index + 1)...].first { previous.values.contains($0) }
                        diff.changes.append(.addEnumValue(type.name, value: value, before: before))
                    }
                } else {
                    rebuild(previous, into: type, diff: &diff)
                }
            }
            if previous.comment != type.comment { diff.changes.append(.commentOnEnum(type.name, type.comment)) }
        }
        for type in old.enums where to.enumType(named: type.name) == nil {
            diff.changes.append(.dropEnum(type))
        }
    }

    private func rebuild(_ previous: EnumDefinition, into type: EnumDefinition, diff: inout SchemaDiff) {
        let removed = previous.values.filter { !type.values.contains($0) }
        let added = type.values.filter { !previous.values.contains($0) }
        for value in removed {
            let change = DestructiveChange.removeEnumValue(type.name, value)
            diff.destructive.append(change)
            if let candidate = added.first, removed.count == added.count, !allowed.contains(change) {
                diff.suspectedRenames.append(.init(
                    what: "enum \"\(type.name)\": value '\(value)' removed and '\(candidate)' added",
                    hint: "Enum(\"\(type.name.name)\", ..., renamedValues: [\"\(candidate)\": \"\(value)\"])",
                    allowance: change.allowance))
            }
        }
        // Columns typed by the enum before and after; new columns are added with the new type.
        let columns = to.tables.flatMap { table in
            table.columns.compactMap { column -> SchemaChange.EnumColumn? in
                guard column.type.enumName == type.name,
                      let before = renamed(from).table(named: table.name)?.column(named: column.name), before.type.enumName == type.name
                else { return nil }
                let isArray = if case .array = column.type { true } else { false }
                return SchemaChange.EnumColumn(
                    table: table.name, column: column.name, isArray: isArray, hadDefault: before.defaultValue != nil, defaultValue: column.defaultValue)
            }
        }
        diff.changes.append(.rebuildEnum(from: previous, to: type, columns: columns))
    }
}

extension Differ {
    /// Indexes and checks whose expression or predicate reads a column of an enum being
    /// rebuilt compare it with literals of the old type, which PostgreSQL cannot carry over
    /// (`operator does not exist: status = status_old`): they are dropped before the rebuild
    /// and created again after it, unless the diff already replaces them.
    func rebuildEnumDependents(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        var columns: [QualifiedName: Set<String>] = [:]
        for change in diff.changes {
            guard case .rebuildEnum(_, _, let uses) = change else { continue }
            for use in uses { columns[use.table, default: []].insert(use.column) }
        }
        guard !columns.isEmpty else { return }
        var replaced: Set<String> = []
        for change in diff.changes {
            switch change {
            case .dropIndex(let table, let index): replaced.insert("\(table) \(index.name)")
            case .dropCheck(let table, let check): replaced.insert("\(table) \(check.name)")
            default: break
            }
        }
        for (name, used) in columns.sorted(by: { $0.key < $1.key }) {
            guard let before = old.table(named: name), let after = to.table(named: name) else { continue }
            func reads(_ expressions: [String]) -> Bool {
                expressions.contains { expression in used.contains { SQLExpression.references(expression, column: $0) } }
            }
            for index in before.indexes where !replaced.contains("\(name) \(index.name)") {
                guard reads([index.expressionSQL].compactMap { $0 }), let target = after.indexes.first(where: { $0.name == index.name }) else { continue }
                diff.changes += [.dropIndex(name, index), .createIndex(name, target)]
            }
            for check in before.checks where !replaced.contains("\(name) \(check.name)") {
                guard reads([check.expression]), let target = after.checks.first(where: { $0.name == check.name }) else { continue }
                diff.changes += [.dropCheck(name, check), .addCheck(name, target)]
            }
        }
    }
}

extension Array where Element: Equatable {
    /// Whether every element of `self` occurs in `other`, in the same order.
    func isSubsequence(of other: [Element]) -> Bool {
        var remaining = other[...]
        for element in self {
            guard let index = remaining.firstIndex(of: element) else { return false }
            remaining = remaining[(index + 1)...]
        }
        return true
    }
}
