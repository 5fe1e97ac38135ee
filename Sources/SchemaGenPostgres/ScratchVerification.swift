import SchemaGen

/// A plan proved on a throwaway database (``ScratchDatabase``), as `generate --verify` and
/// `diff --verify` do it.
///
/// ```swift
/// let problems = try await ScratchVerification.problems(server: scratch, plan: plan, wanted: declared) { database in
///     try await database.run(startingSteps, context: "building the start")
/// }
/// ```
public enum ScratchVerification {
    /// Builds the starting state with `setUp`, applies `plan`, and returns every way the result
    /// falls short of `wanted` (empty when the plan is proved).
    public static func problems(
        server: DatabaseURL, applicationName: String = "schemagen", plan: MigrationPlan, wanted: SchemaDefinition,
        options: PlanOptions = PlanOptions(), setUp: (LiveDatabase) async throws -> Void
    ) async throws -> [String] {
        try await ScratchDatabase.with(server: server, applicationName: applicationName) { database in
            try await setUp(database)
            do {
                return try await PlanVerifier(database: database, options: options).verify(plan, reaching: wanted).problems
            } catch let error as DatabaseError {
                return ["the plan fails: \(error)"]
            }
        }
    }
}
