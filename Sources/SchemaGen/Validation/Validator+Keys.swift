extension Validator {
    /// Primary keys, uniques, checks and indexes name existing columns and make sense.
    func checkKeysAndIndexes(of table: TableDefinition, into diagnostics: inout [Diagnostic]) {
        let columns = Set(table.columns.map(\.name))
        func checkColumns(_ names: [String], of what: String, object: String, at path: SourcePath, mayBeEmpty: Bool = false) {
            if names.isEmpty, !mayBeEmpty {
                diagnostics.append(diagnostic(.emptyColumnList, table: table.name, object: object, at: path, "\(what) names no column"))
            }
            for name in names where !columns.contains(name) {
                diagnostics.append(diagnostic(
                    .unknownColumn, table: table.name, column: name, object: object, at: path,
                    "\(what) \"\(object)\" names column \"\(name)\", which the table does not have\(suggestion(for: name, in: table))"))
            }
            for name in names.repeated {
                diagnostics.append(diagnostic(
                    .repeatedColumn, table: table.name, column: name, object: object, at: path,
                    "\(what) \"\(object)\" lists column \"\(name)\" more than once"))
            }
        }
        if let key = table.primaryKey {
            checkColumns(key.columns, of: "primary key", object: key.name, at: .constraint(table.name, key.name))
        }
        for unique in table.uniques {
            checkColumns(unique.columns, of: "unique constraint", object: unique.name, at: .constraint(table.name, unique.name))
        }
        for check in table.checks where check.expression.trimmingWhitespace.isEmpty {
            diagnostics.append(diagnostic(
                .emptyCheck, table: table.name, object: check.name, at: .constraint(table.name, check.name),
                "check constraint has no expression"))
        }
        for index in table.indexes {
            let path = SourcePath.index(table.name, index.name)
            checkColumns(index.keys.compactMap(\.column), of: "index", object: index.name, at: path, mayBeEmpty: true)
            if index.keys.isEmpty {
                diagnostics.append(diagnostic(.emptyColumnList, table: table.name, object: index.name, at: path, "index has no key"))
            }
            for name in index.include where !columns.contains(name) {
                diagnostics.append(diagnostic(
                    .unknownColumn, table: table.name, column: name, object: index.name, at: path,
                    "index \"\(index.name)\" includes column \"\(name)\", which the table does not have\(suggestion(for: name, in: table))"))
            }
            if index.isUnique, index.method != .btree {
                diagnostics.append(diagnostic(
                    .uniqueIndexMethod, table: table.name, object: index.name, at: path,
                    "a unique index must use btree; \(index.method.rawValue) does not support uniqueness"))
            }
            if index.nullsNotDistinct, !index.isUnique {
                diagnostics.append(diagnostic(
                    .nullsNotDistinct, table: table.name, object: index.name, at: path,
                    "NULLS NOT DISTINCT applies to unique indexes only"))
            }
            if !index.include.isEmpty, ![.btree, .gist, .spgist].contains(index.method) {
                diagnostics.append(diagnostic(
                    .indexInclude, table: table.name, object: index.name, at: path,
                    "\(index.method.rawValue) indexes do not support INCLUDE"))
            }
            if index.method == .hash, index.keys.count > 1 {
                diagnostics.append(diagnostic(
                    .hashIndexColumns, table: table.name, object: index.name, at: path,
                    "a hash index covers exactly one key"))
            }
        }
    }

    /// `; did you mean "createdAt"?` when another column's name is close.
    /// `; did you mean "email"?` when `table` has a column close to `name` (or `name` is
    /// the Swift property of one).
    func suggestion(for name: String, in table: TableDefinition) -> String {
        if let column = table.columns.first(where: { $0.propertyName == name && $0.name != name }) {
            return "; did you mean \"\(column.name)\"?"
        }
        return NameSuggestion.phrase(for: name, among: table.columns.map(\.name))
    }

    /// `; did you mean "users"?` when the schema has a table close to `name`.
    func suggestion(forTable name: QualifiedName) -> String {
        let candidates = schema.tables.map(\.name).filter { $0.schema == name.schema }.map(\.name)
        return NameSuggestion.phrase(for: name.name, among: candidates)
    }

    func checkLogicalReferences(of table: TableDefinition, into diagnostics: inout [Diagnostic]) {
        for (position, reference) in table.logicalReferences.enumerated() {
            let path = SourcePath.logicalReference(table.name, position)
            guard case .table(let targetName, let columns) = reference.target else { continue }
            guard let target = schema.table(named: targetName) else {
                diagnostics.append(diagnostic(
                    .unknownTable, table: table.name, column: reference.columns.first, at: path,
                    "documented reference to table \"\(targetName)\", which is not declared in schema \(schema.name)\(suggestion(forTable: targetName))"))
                continue
            }
            for column in columns where target.column(named: column) == nil {
                diagnostics.append(diagnostic(
                    .unknownColumn, table: table.name, column: reference.columns.first, at: path,
                    "documented reference to \"\(targetName)\".\"\(column)\", which does not exist\(suggestion(for: column, in: target))"))
            }
        }
    }
}
