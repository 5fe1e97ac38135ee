/// How the planner writes a migration.
public struct PlanOptions: Hashable, Sendable {
    /// Build and drop indexes of existing tables with `CONCURRENTLY`, each in a step of its own
    /// outside any transaction, so that writes to the table are not blocked while it builds.
    public var concurrentIndexes: Bool
    /// Plan for a busy database (implies `concurrentIndexes`): see ``Planner``. nil writes the
    /// shortest plan.
    public var online: OnlineTimeouts?

    public init(concurrentIndexes: Bool = false, online: OnlineTimeouts? = nil) {
        self.concurrentIndexes = concurrentIndexes || online != nil
        self.online = online
    }

    /// The timeouts each step of an online plan sets first, so that a statement waiting for a
    /// lock behind a long transaction gives up instead of queueing every client behind it.
    public struct OnlineTimeouts: Hashable, Sendable {
        /// `lock_timeout` of every step.
        public var lockTimeout: String
        /// `statement_timeout` of steps that only change the catalog.
        public var statementTimeout: String
        /// `statement_timeout` of steps that build indexes or validate constraints, which take
        /// no lock that blocks reads or writes but may run long.
        public var longStatementTimeout: String

        public init(lockTimeout: String = "5s", statementTimeout: String = "1min", longStatementTimeout: String = "6h") {
            self.lockTimeout = lockTimeout
            self.statementTimeout = statementTimeout
            self.longStatementTimeout = longStatementTimeout
        }
    }
}
