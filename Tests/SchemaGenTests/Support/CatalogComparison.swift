import SchemaGen

/// Compares a declared model with the model read back from a database's catalog.
///
/// Both sides are brought to the form the catalog can express (Swift-only settings and
/// documented references dropped, defaults normalised), rendered as DDL and compared line by
/// line, so a difference reads as the SQL that differs. PostgreSQL rewrites expressions
/// (`a BETWEEN 1 AND 5` comes back as `(a >= 1) AND (a <= 5)`), so check, index, predicate and
/// generated expressions are compared by presence here and asserted literally in focused tests.
enum CatalogComparison {
    /// Lines only the declaration has (`-`) and lines only the catalog has (`+`); empty when equal.
    static func differences(declared: SchemaDefinition, catalog: SchemaDefinition) -> [String] {
        compare(canonical(declared), canonical(catalog))
    }

    /// Two catalogs compared exactly (expressions as PostgreSQL wrote them both times), except for
    /// the order of columns, which a migration cannot change.
    static func differences(expected: SchemaDefinition, actual: SchemaDefinition) -> [String] {
        func prepared(_ schema: SchemaDefinition) -> SchemaDefinition {
            var schema = schema
            schema.name = "compared"
            for index in schema.tables.indices { schema.tables[index].columns.sort { $0.name < $1.name } }
            return schema
        }
        return compare(prepared(expected), prepared(actual))
    }

    private static func compare(_ expectedSchema: SchemaDefinition, _ actualSchema: SchemaDefinition) -> [String] {
        let expected = lines(of: expectedSchema)
        let actual = lines(of: actualSchema)
        let missing = expected.filter { !actual.contains($0) }.map { "- \($0)" }
        let unexpected = actual.filter { !expected.contains($0) }.map { "+ \($0)" }
        return missing + unexpected
    }

    private static func lines(of schema: SchemaDefinition) -> [String] {
        DDLRenderer().render(schema).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
    }

    /// PostgreSQL writes operator defaults in parentheses: `(CURRENT_DATE + 30)`.
    private static func unparenthesized(_ value: DefaultValue) -> DefaultValue {
        guard case .expression(let text) = value else { return value }
        return .expression(SQLExpression.unparenthesized(text))
    }

    static func canonical(_ schema: SchemaDefinition) -> SchemaDefinition {
        var schema = schema.catalogForm
        schema.name = "compared"
        schema.tables = schema.tables.map { table in
            var table = table
            table.columns = table.columns.map { column in
                var column = column
                column.defaultValue = column.defaultValue.map(unparenthesized)
                column.generatedExpression = column.generatedExpression.map { _ in expression }
                return column
            }
            table.checks = table.checks.map { CheckDefinition(name: $0.name, expression: expression) }.sorted { $0.name < $1.name }
            table.uniques.sort { $0.name < $1.name }
            table.foreignKeys.sort { $0.name < $1.name }
            table.indexes = table.indexes.map { index in
                var index = index
                index.keys = index.keys.map { key in
                    var key = key
                    if key.column == nil { key.target = .expression(expression) }
                    return key
                }
                index.predicate = index.predicate.map { _ in expression }
                return index
            }.sorted { $0.name < $1.name }
            return table
        }.sorted { $0.name < $1.name }
        schema.enums.sort { $0.name < $1.name }
        // A declaration leaves an extension's schema and version to PostgreSQL: any is equal.
        schema.extensions = schema.extensions.map { ExtensionDefinition(name: $0.name) }.sorted { $0.name < $1.name }
        schema.namespaces.sort()
        return schema
    }

    private static let expression = "<expression>"
}
