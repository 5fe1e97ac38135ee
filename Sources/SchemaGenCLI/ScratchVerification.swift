import Foundation
import SchemaGen
import SchemaGenPostgres

/// `--verify <scratch URL>` of `generate` and `diff`: the plan proved on a throwaway database.
enum ScratchVerification {
    /// Builds the starting state with `setUp`, applies `plan`, and returns every way the result
    /// falls short of `wanted` (empty when the plan is proved).
    static func problems(
        server: DatabaseURL, command: String, plan: MigrationPlan, wanted: SchemaDefinition, options: PlanOptions,
        setUp: (LiveDatabase) async throws -> Void
    ) async throws -> [String] {
        try await ScratchDatabase.with(server: server, command: command) { database in
            try await setUp(database)
            do {
                return try await PlanVerifier(database: database, options: options).verify(plan, reaching: wanted).problems
            } catch let error as DatabaseError {
                return ["the plan fails: \(error)"]
            }
        }
    }
}
