import SchemaGen

/// Proves a plan on a scratch database before it reaches a real one: with the database at the
/// plan's starting state, it applies the plan, reads the catalog back, requires it to equal the
/// wanted schema, and plans again, requiring nothing more to do.
///
/// ```swift
/// try await scratch.run(Planner().plan(Differ(from: empty, to: old).diff()).steps, context: "building the start")
/// let verification = try await PlanVerifier(database: scratch).verify(plan, reaching: new)
/// if !verification.succeeded { print(verification.problems) }
/// ```
public struct PlanVerifier: Sendable {
    public let database: LiveDatabase
    public let options: PlanOptions

    public init(database: LiveDatabase, options: PlanOptions = PlanOptions()) {
        self.database = database
        self.options = options
    }

    public struct Verification: Sendable {
        /// What the catalog holds after the plan, against the wanted schema.
        public var differences: [SchemaDifference]
        /// What a new plan from the reached state would still do.
        public var remaining: MigrationPlan

        public var succeeded: Bool { differences.isEmpty && remaining.isEmpty }

        /// One line per problem.
        public var problems: [String] {
            differences.map(\.description) + remaining.steps.flatMap(\.statements).map { "planning again still gives: \(SQLExcerpt.of($0))" }
        }
    }

    public func verify(_ plan: MigrationPlan, reaching wanted: SchemaDefinition) async throws -> Verification {
        try await database.run(plan.steps, context: "applying the plan on the scratch database")
        let reached = try await database.introspect(as: wanted.name).schema
        // A declared schema's expressions as PostgreSQL stores them (a catalog's stay as they are).
        let wanted = try await database.normalizingExpressions(of: wanted, comparedWith: reached).schema
        return Verification(
            differences: SchemaComparison(expected: wanted, actual: reached, labels: ("wanted", "after the plan")).differences,
            remaining: Planner(options: options).plan(Differ.betweenCatalogs(from: reached, to: wanted).diff()))
    }
}
