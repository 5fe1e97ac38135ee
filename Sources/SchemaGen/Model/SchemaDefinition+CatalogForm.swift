extension SchemaDefinition {
    /// The schema as a database's catalog can express it, for comparing a declaration with an
    /// introspected database: Swift-only settings (names, app defaults, JSON types, relation
    /// names, logical references, junction marks) dropped, types in the form PostgreSQL stores
    /// (`char` is `char(1)`), literal defaults read as the catalog reader reads them, and
    /// serial and identity columns NOT NULL.
    public var catalogForm: SchemaDefinition {
        var schema = self
        schema.extensions = extensions.map { ExtensionDefinition(name: $0.name) }
        schema.tables = tables.map { table in
            var table = table
            table.logicalReferences = []
            table.isJunction = nil
            table.foreignKeys = table.foreignKeys.map(\.constraint)
            table.columns = table.columns.map { column in
                ColumnDefinition(
                    name: column.name, type: column.type.canonical,
                    isNullable: column.isNullable && column.identity == nil && !column.type.isSerial,
                    defaultValue: column.defaultValue.map { $0.normalized(for: column.type) }, identity: column.identity, collation: column.collation,
                    generatedExpression: column.generatedExpression, comment: column.comment)
            }
            return table
        }
        return schema
    }
}
