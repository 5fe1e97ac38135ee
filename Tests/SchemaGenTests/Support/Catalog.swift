import SchemaGen

extension Database {
    /// The database's schema as the model, read with the one catalog query.
    func introspect(as name: String = "catalog") throws -> SchemaDefinition {
        try session.run(CatalogQuery.setup, transaction: false)
        defer { try? session.run(CatalogQuery.teardown, transaction: false) }
        return try CatalogReader().read(json: session.text(CatalogQuery.sql), schemaName: name)
    }

    /// Applies `schema`'s DDL in one transaction and returns what the catalog then holds.
    func apply(_ schema: SchemaDefinition) throws -> SchemaDefinition {
        try execute(DDLRenderer().render(schema))
        return try introspect(as: schema.name)
    }
}
