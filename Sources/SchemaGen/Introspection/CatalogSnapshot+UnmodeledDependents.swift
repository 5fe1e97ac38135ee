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
        let taken = diff.changes.map(\.taken)
        let relations = Set(taken.flatMap(\.relations)), columns = Set(taken.flatMap(\.columns))
        let functions = Set(taken.flatMap(\.functions)), types = Set(taken.flatMap(\.types))
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
