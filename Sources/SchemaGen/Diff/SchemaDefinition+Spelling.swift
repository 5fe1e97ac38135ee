extension SchemaDefinition {
    /// The schema with each expression (check, default, generation, index key and predicate)
    /// that means the same as its counterpart in `other` under ``SQLExpression/canonical(_:)``
    /// spelled as `other` spells it, so that a declaration (`rating BETWEEN 1 AND 5`) and a
    /// catalog (`rating >= 1 AND rating <= 5`) diff into nothing.
    ///
    /// ```swift
    /// let plan = Planner().plan(Differ(from: live, to: declared.adoptingSpelling(of: live)).diff())
    /// ```
    public func adoptingSpelling(of other: SchemaDefinition) -> SchemaDefinition {
        let others = other.tablesByName
        var schema = self
        schema.tables = tables.map { table in
            guard let counterpart = others[table.name] else { return table }
            return table.adoptingSpelling(of: counterpart)
        }
        return schema
    }
}

extension TableDefinition {
    func adoptingSpelling(of other: TableDefinition) -> TableDefinition {
        var table = self
        table.checks = checks.map { check in
            var check = check
            if let twin = other.checks.first(where: { $0.name == check.name }) { check.expression = Self.spelling(check.expression, twin.expression) }
            return check
        }
        table.columns = columns.map { column in
            guard let twin = other.column(named: column.name) else { return column }
            var column = column
            if case .expression(let mine)? = column.defaultValue, case .expression(let theirs)? = twin.defaultValue {
                column.defaultValue = .expression(Self.spelling(mine, theirs))
            }
            if let mine = column.generatedExpression, let theirs = twin.generatedExpression {
                column.generatedExpression = Self.spelling(mine, theirs)
            }
            return column
        }
        table.indexes = indexes.map { index in
            guard let twin = other.indexes.first(where: { $0.name == index.name }) else { return index }
            var index = index
            if let mine = index.predicate, let theirs = twin.predicate { index.predicate = Self.spelling(mine, theirs) }
            if index.keys.count == twin.keys.count {
                index.keys = zip(index.keys, twin.keys).map { key, theirs in
                    guard case .expression(let a) = key.target, case .expression(let b) = theirs.target else { return key }
                    var key = key
                    key.target = .expression(Self.spelling(a, b))
                    return key
                }
            }
            return index
        }
        return table
    }

    /// `theirs` when it means `mine`, else `mine`.
    private static func spelling(_ mine: String, _ theirs: String) -> String {
        mine == theirs || SQLExpression.canonical(mine) != SQLExpression.canonical(theirs) ? mine : theirs
    }
}
