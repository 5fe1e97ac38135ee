/// How the planner writes a migration.
public struct PlanOptions: Hashable, Sendable {
    /// Build and drop indexes of existing tables with `CONCURRENTLY`, each in a step of its own
    /// outside any transaction, so that writes to the table are not blocked while it builds.
    public var concurrentIndexes: Bool

    public init(concurrentIndexes: Bool = false) {
        self.concurrentIndexes = concurrentIndexes
    }
}
