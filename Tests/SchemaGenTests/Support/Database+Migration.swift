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
                for statement in step.statements { try cluster.psql(database: name, ["-c", statement]) }
            }
        }
    }
}
