extension SchemaChange {
    /// What the change drops or changes from under the objects that use it: the table or view
    /// it drops (with a table's columns), the column it drops or retypes, the function or type
    /// it drops or builds again. PostgreSQL refuses such a change while an object uses it, so
    /// that object is dropped and created again around it, or named.
    var taken: Dependencies {
        switch self {
        case .dropTable(let table): Dependencies(relations: [table.name], columns: table.columns.map { ColumnPath(table.name, $0.name) })
        case .dropView(let view): Dependencies(relations: [view.name])
        case .dropColumn(let table, let column): Dependencies(columns: [ColumnPath(table, column.name)])
        case .alterColumnType(let table, let column, _, _), .alterCollation(let table, let column, _, _): Dependencies(columns: [ColumnPath(table, column)])
        case .rebuildEnum(let type, _, let uses): Dependencies(columns: uses.map { ColumnPath($0.table, $0.column) }, types: [type.name])
        case .dropEnum(let type): Dependencies(types: [type.name])
        case .dropDomain(let domain), .recreateDomain(let domain, _): Dependencies(types: [domain.name])
        case .dropCompositeType(let type), .recreateCompositeType(let type, _): Dependencies(types: [type.name])
        case .dropFunction(let function, _), .recreateFunction(let function, _): Dependencies(functions: [function.name])
        default: Dependencies()
        }
    }
}
