/// How `schemagen generate` plans this schema's migrations, listed in the ``Schema``.
///
/// ```swift
/// Schema("shop") {
///     users
///     MigrationSettings(online: true, forbidding: [.tableRewrite, .dataDeleted])
/// }
/// ```
///
/// `online` writes plans that keep a busy database readable and writable (see ``Planner``);
/// a plan with a hazard of a forbidden kind is refused, each statement and hazard named.
/// `--online`, `--forbid-hazard` and `--allow-hazard` change them for one run.
public struct MigrationSettings: Hashable, Sendable {
    public var online: Bool
    public var forbidden: Set<HazardKind>

    public init(online: Bool = false, forbidding forbidden: Set<HazardKind> = []) {
        self.online = online
        self.forbidden = forbidden
    }
}
