/// How `schemagen generate` plans this schema's migrations, listed in the ``Schema``.
///
/// ```swift
/// Schema("shop") {
///     users
///     MigrationSettings(online: true, forbidding: [.tableRewrite, .dataDeleted])
/// }
/// ```
///
/// `online` writes plans that keep a busy database readable and writable (see ``Planner``),
/// each step setting `timeouts` first; a plan with a hazard of a forbidden kind is refused, each
/// statement and hazard named. `--online`, `--forbid-hazard` and `--allow-hazard` change them
/// for one run.
///
/// ```swift
/// MigrationSettings(online: true, timeouts: .init(lockTimeout: "2s"))
/// // each transactional step starts with: SET LOCAL lock_timeout = '2s';
/// ```
public struct MigrationSettings: Hashable, Sendable {
    public var online: Bool
    public var forbidden: Set<HazardKind>
    /// The timeouts of online plans, also when `--online` asks for one.
    public var timeouts: PlanOptions.OnlineTimeouts

    public init(online: Bool = false, forbidding forbidden: Set<HazardKind> = [], timeouts: PlanOptions.OnlineTimeouts = PlanOptions.OnlineTimeouts()) {
        self.online = online
        self.forbidden = forbidden
        self.timeouts = timeouts
    }
}
