import PostgresNIO
import SchemaGen

extension LiveDatabase {
    /// The declaration with its expressions as this server stores them (see `ExpressionProbe`):
    /// copies of its tables are made in this session's temporary schema inside a transaction
    /// that is always rolled back, so nothing is left behind and no existing object is touched.
    /// On a scratch database, `createsMissingTypes` first creates the extensions, schemas and
    /// enum types the declaration names (rolled back too). Given the `catalog` the declaration
    /// is compared with, only expressions written otherwise there are asked about; `recorded`
    /// forms (from `snapshot.json`) are used without asking.
    ///
    /// A server that cannot be asked (a read-only replica, a role without the TEMP privilege)
    /// is no error: the declaration is compared with the recorded forms applied, and `failures`
    /// says so.
    ///
    /// ```swift
    /// let (declared, failures) = try await database.normalizingExpressions(of: resolved.definition)
    /// let drift = SchemaComparison(expected: declared, actual: try await database.introspect(as: "app").schema)
    /// ```
    public func normalizingExpressions(
        of schema: SchemaDefinition, comparedWith catalog: SchemaDefinition? = nil, recorded: ExpressionForms = ExpressionForms(),
        createsMissingTypes: Bool = false
    ) async throws -> (schema: SchemaDefinition, failures: [String]) {
        let probe = ExpressionProbe(schema, comparedWith: catalog, recorded: recorded, createsMissingTypes: createsMissingTypes)
        guard !probe.isEmpty else { return (probe.schema, []) }
        let context = "asking PostgreSQL how it stores the declared expressions"
        try await execute("BEGIN", context: context)
        do {
            let failures: [(Int, String)]
            do {
                for statement in probe.statements { try await execute(statement, context: context) }
                failures = try await rows(PostgresQuery(unsafeSQL: ExpressionProbe.failuresSQL), context: context).compactMap { row in
                    guard let block = row.first.flatMap({ $0 }).flatMap({ Int($0) }) else { return nil }
                    return (block, (row.count > 1 ? row[1] : nil) ?? "")
                }
            } catch let error as DatabaseError where Self.refusesTemporaryTables(error) {
                try await execute("ROLLBACK", context: context)
                return (probe.schema, ["every table: this session cannot create temporary tables (\(error.message))"
                    + (recorded.isEmpty ? "" : "; the forms recorded in snapshot.json were used")])
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

    /// PostgreSQL's words for every expression of the declaration, to record in `snapshot.json`
    /// (on a scratch database: missing types are created, and everything is rolled back).
    public func expressionForms(of schema: SchemaDefinition) async throws -> (forms: ExpressionForms, failures: [String]) {
        let (stored, failures) = try await normalizingExpressions(of: schema, createsMissingTypes: true)
        return (ExpressionForms(declared: schema.catalogForm, stored: stored), failures)
    }

    /// A read-only transaction (a hot standby, `default_transaction_read_only`) or a role
    /// without the TEMP privilege on the database.
    private static func refusesTemporaryTables(_ error: DatabaseError) -> Bool {
        error.code == "25006" || error.code == "42501"
    }
}
