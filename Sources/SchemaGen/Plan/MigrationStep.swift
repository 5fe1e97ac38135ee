/// A group of statements that runs as one unit: in a transaction, or, for statements that
/// PostgreSQL refuses inside one (`CREATE INDEX CONCURRENTLY`), on its own.
public struct MigrationStep: Hashable, Sendable {
    public var transactional: Bool
    public var statements: [String]
    /// Why the step is separate, written above it in the migration file.
    public var note: String?

    public init(transactional: Bool, statements: [String], note: String? = nil) {
        self.transactional = transactional
        self.statements = statements
        self.note = note
    }
}
