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
