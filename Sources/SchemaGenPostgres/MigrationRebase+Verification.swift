import SchemaGen

extension MigrationRebase {
    /// The rebase, proved on throwaway databases of `server`: main's chain replayed, this
    /// branch's migrations applied after it, the catalog compared with the declaration, and
    /// nothing left to plan. When the plain rebase fails that proof because a kept migration
    /// changes the schema itself (a generated migration edited by hand), the kept migrations are
    /// replayed after main's and this branch's other changes planned from what they reach; that
    /// order is returned when it proves. Nil, with the problems of the plain rebase, otherwise.
    public func verified(server: DatabaseURL, applicationName: String = "schemagen") async throws -> (output: Output?, problems: [String]) {
        let schema = resolved.definition.name
        let wanted = resolved.definition
        func proof(of output: Output) async throws -> [String] {
            try await ScratchVerification.problems(
                server: server, applicationName: applicationName, plan: MigrationPlan(steps: output.following.flatMap(\.steps)), wanted: wanted
            ) { database in
                _ = try await Migrator(database: database, schema: schema, directory: main).migrate { _ in }
            }
        }
        let plain = try rebase()
        let problems = try await proof(of: plain)
        guard !problems.isEmpty, plain.replanned != nil, !plain.kept.isEmpty else { return (problems.isEmpty ? plain : nil, problems) }

        let start: (catalog: SchemaDefinition, expected: SchemaDefinition)? = try await ScratchDatabase.with(server: server, applicationName: applicationName) { database in
            _ = try await Migrator(database: database, schema: schema, directory: main).migrate { _ in }
            do {
                for migration in plain.kept { try await database.run(migration.steps, context: migration.upFileName) }
            } catch is DatabaseError {
                return nil // A kept migration needs this branch's other changes first.
            }
            let catalog = try await database.introspect(as: schema).schema
            return (catalog, try await database.normalizingExpressions(of: wanted, comparedWith: catalog).schema)
        }
        guard let start else { return (nil, problems) }
        var after = try rebase(replanningFrom: start)
        guard try await proof(of: after).isEmpty else { return (nil, problems) }
        after.warnings.append("the kept migrations change the schema themselves: this branch's other changes are planned after them, "
            + "from what main's migrations and they reach on a scratch database")
        return (after, [])
    }
}
