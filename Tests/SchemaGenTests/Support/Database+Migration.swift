import SchemaGen

extension Database {
    /// Applies a migration the way `migrate` will: each transactional step in one transaction,
    /// each other step on its own.
    func apply(_ migration: Migration) throws {
        for step in migration.steps where !step.statements.isEmpty {
            // A step that is not transactional runs each statement in its own transaction.
            try session.run(step.statements, transaction: step.transactional)
        }
    }
}
