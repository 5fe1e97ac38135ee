extension SchemaDefinition {
    /// The schema as a database's catalog can express it, for comparing a declaration with an
    /// introspected database: Swift-only settings (names, app defaults, JSON types, relation
    /// names, logical references, junction marks) dropped, types in the form PostgreSQL stores
    /// (`char` is `char(1)`, `.custom("int4")` is `integer`), identity options at their defaults left out, literal defaults read as the catalog reader reads them, and
    /// serial and identity columns NOT NULL.
    public var catalogForm: SchemaDefinition {
        var schema = self
        schema.tables = tables.map { table in
            var table = table
            table.logicalReferences = []
            table.isJunction = nil
            table.swiftName = nil
            table.foreignKeys = table.foreignKeys.map(\.constraint)
            table.columns = table.columns.map { column in
                var stored = column
                stored.type = column.type.canonical
                stored.isNullable = column.isNullable && column.identity == nil && !column.type.isSerial
                stored.defaultValue = column.defaultValue.map { $0.normalized(for: column.type) }
                stored.identity = column.identity?.normalized(for: column.type)
                (stored.swiftName, stored.appDefault, stored.appOnUpdate, stored.jsonSwiftType) = (nil, nil, nil, nil)
                return stored
            }
            return table
        }
        return schema
    }
}
