extension Validator {
    /// Foreign keys point at existing, unique columns of a matching type, with actions the
    /// columns allow.
    func checkForeignKeys(of table: TableDefinition, into diagnostics: inout [Diagnostic]) {
        for key in table.foreignKeys {
            let path = SourcePath.constraint(table.name, key.name)
            func report(_ code: DiagnosticCode, severity: Diagnostic.Severity = .error, column: String? = nil, _ message: String) {
                diagnostics.append(diagnostic(code, severity: severity, table: table.name, column: column ?? key.columns.first, object: key.name, at: path, message))
            }
            guard let target = schema.table(named: key.referencedTable) else {
                report(.unknownTable, "foreign key references table \"\(key.referencedTable)\", which is not declared in schema \(schema.name)\(suggestion(forTable: key.referencedTable))")
                continue
            }
            let local = key.columns.map { table.column(named: $0) }
            let remote = key.referencedColumns.map { target.column(named: $0) }
            for (name, column) in zip(key.columns, local) where column == nil {
                report(.unknownColumn, column: name, "foreign key column \"\(name)\" does not exist\(suggestion(for: name, in: table))")
            }
            for (name, column) in zip(key.referencedColumns, remote) where column == nil {
                report(.unknownColumn, "foreign key references \"\(target.name)\".\"\(name)\", which does not exist\(suggestion(for: name, in: target))")
            }
            guard !key.columns.isEmpty, key.columns.count == key.referencedColumns.count else {
                report(.foreignKeyArity, "foreign key has \(key.columns.count) columns but references \(key.referencedColumns.count)")
                continue
            }
            guard local.allSatisfy({ $0 != nil }), remote.allSatisfy({ $0 != nil }) else { continue }
            if !target.hasUniqueKey(on: Set(key.referencedColumns)) {
                report(.foreignKeyNotUnique,
                    "foreign key references \"\(target.name)\" (\(key.referencedColumns.joined(separator: ", "))), which is neither its primary key nor unique")
            }
            for (column, referenced) in zip(local.compactMap { $0 }, remote.compactMap { $0 }) {
                let mine = column.type.storageType.canonical
                let theirs = referenced.type.storageType.canonical
                if mine == theirs { continue }
                if mine.isCharacter, theirs.isCharacter {
                    report(.foreignKeyType, severity: .warning, column: column.name,
                        "type \(column.type.sql) differs from \(referenced.type.sql) of \"\(target.name)\".\"\(referenced.name)\"")
                } else {
                    report(.foreignKeyType, column: column.name,
                        "type \(column.type.sql) does not match \(referenced.type.sql) of \"\(target.name)\".\"\(referenced.name)\"")
                }
            }
            if let setting = key.onDeleteColumns {
                if ![.setNull, .setDefault].contains(key.onDelete) {
                    report(.foreignKeySetColumns, "columns to set (\(setting.joined(separator: ", "))) apply only to ON DELETE SET NULL or SET DEFAULT")
                }
                for name in setting where !key.columns.contains(name) {
                    report(.foreignKeySetColumns, column: name, "ON DELETE sets column \"\(name)\", which is not a column of this foreign key")
                }
            }
            for (action, event) in [(key.onDelete, "ON DELETE"), (key.onUpdate, "ON UPDATE")] {
                // ON DELETE SET NULL (a, b) sets only those columns.
                let setColumns = event == "ON DELETE" ? key.onDeleteColumns.map(Set.init) : nil
                for column in local.compactMap({ $0 }) where setColumns?.contains(column.name) ?? true {
                    if action == .setNull, !column.isNullable {
                        report(.setNullNotNull, column: column.name,
                            "\(event) SET NULL on a NOT NULL column: deleting the referenced row would fail; make the column nullable or use another action")
                    }
                    if action == .setDefault, column.defaultValue == nil, !column.type.isSerial {
                        report(.setDefaultWithoutDefault, column: column.name,
                            "\(event) SET DEFAULT on a column without a default; declare a default or use another action")
                    }
                }
            }
        }
    }
}

extension TableDefinition {
    /// Whether a primary key, unique constraint or plain unique index covers exactly `columns`,
    /// as PostgreSQL requires of a foreign key's target.
    func hasUniqueKey(on columns: Set<String>) -> Bool {
        if let primaryKey, Set(primaryKey.columns) == columns { return true }
        if uniques.contains(where: { Set($0.columns) == columns }) { return true }
        return indexes.contains { index in
            index.isUnique && index.predicate == nil && index.keys.allSatisfy { $0.column != nil }
                && Set(index.keys.compactMap(\.column)) == columns
        }
    }
}
