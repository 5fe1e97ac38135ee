import SchemaGen

extension Database {
    /// Applies a migration the way `migrate` will: each transactional step in one transaction,
    /// each other step on its own.
    func apply(_ migration: Migration) throws {
        for step in migration.steps where !step.statements.isEmpty {
            let sql = step.statements.joined(separator: "\n")
            if step.transactional {
                try execute(sql)
            } else {
                // One session, each statement in its own transaction, as `migrate` runs the step.
                try cluster.psql(database: name, step.statements.flatMap { ["-c", $0] })
            }
        }
    }
}
