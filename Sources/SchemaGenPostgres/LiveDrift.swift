import SchemaGen

/// A live database against a declaration, compared in PostgreSQL's own words: what `check`
/// reports as drift and `status` sums up in one line.
///
/// ```swift
/// let drift = try await LiveDrift(database: database, declaration: checked.definition, recorded: forms)
/// drift.differences   // [table "users": column "nickname" is declared but not in the database, ...]
/// ```
public struct LiveDrift: Sendable {
    /// The database as read.
    public var catalog: CatalogSnapshot
    /// Every difference between the declaration and the database.
    public var differences: [SchemaDifference]
    /// The declaration's expressions PostgreSQL could not store a copy of: compared as written.
    public var comparedAsWritten: [String]

    /// Reads the database and compares it with `declaration`, whose expressions are first put
    /// in the words this server stores them in (`recorded` where it cannot).
    public init(database: LiveDatabase, declaration: SchemaDefinition, recorded: ExpressionForms = ExpressionForms()) async throws {
        catalog = try await database.introspect(as: declaration.name)
        let (expected, failures) = try await database.normalizingExpressions(of: declaration, comparedWith: catalog.schema, recorded: recorded)
        differences = SchemaComparison(expected: expected, actual: catalog.schema).differences
        comparedAsWritten = failures
    }

    /// `matches the declaration`, `differs from the declaration in 3 places`.
    public var verdict: String {
        differences.isEmpty ? "matches the declaration"
            : "differs from the declaration in \(differences.count) place\(differences.count == 1 ? "" : "s")"
    }
}
