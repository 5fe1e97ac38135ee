import PostgresNIO
import SchemaGen

extension LiveDatabase {
    /// The declaration with its expressions as this server stores them (see ``ExpressionProbe``):
    /// copies of its tables are made in this session's temporary schema inside a transaction
    /// that is always rolled back, so nothing is left behind and no existing object is touched.
    /// On a scratch database, `createsMissingTypes` first creates the extensions, schemas and
    /// enum types the declaration names (rolled back too). Given the `catalog` the declaration
    /// is compared with, only expressions written otherwise there are asked about.
    ///
    /// ```swift
    /// let (declared, failures) = try await database.normalizingExpressions(of: resolved.definition)
    /// let drift = SchemaComparison(expected: declared, actual: try await database.introspect(as: "app").schema)
    /// ```
    public func normalizingExpressions(
        of schema: SchemaDefinition, comparedWith catalog: SchemaDefinition? = nil, createsMissingTypes: Bool = false
    ) async throws -> (schema: SchemaDefinition, failures: [String]) {
        let probe = ExpressionProbe(schema, comparedWith: catalog, createsMissingTypes: createsMissingTypes)
        guard !probe.isEmpty else { return (probe.schema, []) }
        let context = "asking PostgreSQL how it stores the declared expressions"
        try await execute("BEGIN", context: context)
        do {
            for statement in probe.statements { try await execute(statement, context: context) }
            let failures = try await rows(PostgresQuery(unsafeSQL: ExpressionProbe.failuresSQL), context: context).compactMap { row -> (Int, String)? in
                guard let block = row.first.flatMap({ $0 }).flatMap({ Int($0) }) else { return nil }
                return (block, (row.count > 1 ? row[1] : nil) ?? "")
            }
            for statement in CatalogQuery.setup { try await execute(statement, context: context) }
            let json = try await value(PostgresQuery(unsafeSQL: CatalogQuery.temporarySQL), context: context) ?? "{}"
            try await execute("ROLLBACK", context: context)
            let stored = try CatalogReader().read(json: json, schemaName: schema.name)
            return (probe.normalized(reading: stored), probe.failures(failures))
        } catch {
            try? await execute("ROLLBACK")
            throw error
        }
    }
}
