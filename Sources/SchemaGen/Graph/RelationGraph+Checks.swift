extension RelationGraph {
    /// Warnings the graph makes possible to give; `tables` is `schema`'s tables by name.
    func checks(_ schema: SchemaDefinition, tables: [QualifiedName: TableDefinition]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        func warn(_ code: DiagnosticCode, _ table: QualifiedName, column: String? = nil, object: String? = nil, _ message: String) {
            warnings.append(Diagnostic(.warning, code: code, schema: schema.name, table: table, column: column, object: object, message))
        }
        for junction in junctions where !junction.hasCompositeKey {
            let columns = (junction.left.columns + junction.right.columns).joined(separator: ", ")
            warn(.junctionWithoutKey, junction.table,
                 "junction of \(junction.left.referencedTable) and \(junction.right.referencedTable) has no primary key or unique constraint on (\(columns)): the same pair can be linked twice")
        }
        for table in schema.tables {
            for key in table.foreignKeys where !table.isIndexed(key.columns) {
                warn(.unindexedForeignKey, table.name, column: key.columns.first, object: key.name,
                     "foreign key columns (\(key.columns.joined(separator: ", "))) have no index: deleting a \(key.referencedTable) row scans the whole table")
            }
        }
        for closure in cascades {
            for blocked in closure.blocked where blocked.referenced != closure.table {
                warn(.cascadeBlocked, closure.table,
                     "deleting a row also deletes \(blocked.referenced) rows, which \(blocked.table).\(blocked.columns.joined(separator: ", ")) references without cascading: the delete fails while such rows are referenced (\(blocked.path.joined(separator: "; ")))")
            }
            // A cycle: deleting a row of this table deletes rows of a table that this table
            // itself references with ON DELETE CASCADE, so the deletes come back round to it.
            let cascadesTo = Set(tables[closure.table]?.foreignKeys.filter { $0.onDelete == .cascade }.map(\.referencedTable) ?? [])
            if let cycle = closure.deleted.first(where: { $0.table != closure.table && cascadesTo.contains($0.table) }) {
                warn(.cascadeCycle, closure.table, "cascading deletes go round in a cycle: \(cycle.path.joined(separator: "; "))")
            }
        }
        return warnings
    }
}

extension TableDefinition {
    /// Whether an index, the primary key or a unique constraint starts with `columns`, so that
    /// PostgreSQL can find the rows a foreign key check needs.
    func isIndexed(_ columns: [String]) -> Bool {
        let wanted = Set(columns)
        func leads(_ candidate: some Collection<String>) -> Bool {
            candidate.count >= columns.count && Set(candidate.prefix(columns.count)) == wanted
        }
        if let primaryKey, leads(primaryKey.columns) { return true }
        return uniques.contains { leads($0.columns) } || indexes.contains { $0.predicate == nil && leads($0.keys.lazy.map { $0.column ?? "" }) }
    }
}
