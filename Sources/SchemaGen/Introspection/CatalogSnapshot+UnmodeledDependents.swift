extension CatalogSnapshot {
    /// The objects of kinds the model does not describe that a change of `diff` pulls from under
    /// them, as `pg_depend` records it: a rule reading a column the plan drops or retypes, an
    /// aggregate calling a function it drops, a trigger on a view it builds again. PostgreSQL
    /// refuses such a change (no statement says `CASCADE`), or drops the object with it unseen;
    /// so the plan is refused, each object named with what it uses:
    ///
    /// ```
    /// error: rule protect on public.docs uses column public.docs.n, which the plan drops or changes:
    /// PostgreSQL refuses without CASCADE, or drops it along. Change or drop the rule by hand first,
    /// then plan again [unmodeled-dependent]
    /// ```
    public func unmodeledDependents(of diff: SchemaDiff, schema: String) -> [Diagnostic] {
        guard !unmodeledDependencies.isEmpty else { return [] }
        var relations: Set<QualifiedName> = [], columns: Set<ColumnPath> = [], functions: Set<QualifiedName> = [], types: Set<QualifiedName> = []
        for change in diff.changes {
            switch change {
            case .dropTable(let table):
                relations.insert(table.name)
                columns.formUnion(table.columns.map { ColumnPath(table.name, $0.name) })
            case .dropView(let view): relations.insert(view.name)
            case .dropColumn(let table, let column): columns.insert(ColumnPath(table, column.name))
            case .alterColumnType(let table, let column, _, _), .alterCollation(let table, let column, _, _): columns.insert(ColumnPath(table, column))
            case .rebuildEnum(let type, _, let uses):
                types.insert(type.name)
                columns.formUnion(uses.map { ColumnPath($0.table, $0.column) })
            case .dropEnum(let type): types.insert(type.name)
            case .dropDomain(let domain), .recreateDomain(let domain, _): types.insert(domain.name)
            case .dropCompositeType(let type), .recreateCompositeType(let type, _): types.insert(type.name)
            case .dropFunction(let function, _), .recreateFunction(let function, _): functions.insert(function.name)
            default: break
            }
        }
        return unmodeledDependencies.sorted { $0.key.description < $1.key.description }.flatMap { object, uses in
            let taken = uses.relations.filter(relations.contains).map { "\($0.qualifiedText)" }
                + uses.columns.filter(columns.contains).map { "column \($0.table.qualifiedText).\($0.column)" }
                + uses.functions.filter(functions.contains).map { "function \($0.qualifiedText)" }
                + uses.types.filter(types.contains).map { "type \($0.qualifiedText)" }
            return taken.map { what in
                Diagnostic(.error, code: .unmodeledDependent, schema: schema, object: object.description,
                           "\(object) uses \(what), which the plan drops or changes: PostgreSQL refuses without CASCADE, or drops it along. "
                               + "Change or drop the \(object.kind) by hand first, then plan again")
            }
        }
    }
}
