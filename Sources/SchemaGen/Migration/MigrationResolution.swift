/// What a person recorded with `schemagen resolve` after repairing a migration by hand, kept in
/// `schemagen.migration_resolutions` and shown by `status`.
public struct MigrationResolution: Hashable, Sendable, Codable {
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// The migration's changes are in the database: it counts as applied.
        case applied
        /// The migration's changes are not in the database: it is pending again.
        case rolledBack = "rolled-back"
    }

    public var version: Int
    public var name: String
    public var outcome: Outcome
    public var reason: String
    /// The database role that recorded it.
    public var resolvedBy: String
    /// When, as PostgreSQL printed it.
    public var resolvedAt: String

    public init(version: Int, name: String, outcome: Outcome, reason: String, resolvedBy: String, resolvedAt: String) {
        self.version = version
        self.name = name
        self.outcome = outcome
        self.reason = reason
        self.resolvedBy = resolvedBy
        self.resolvedAt = resolvedAt
    }

    /// `resolved as rolled-back by alice at 2026-12-02 10:00:00+00: "dropped the half-built index by hand"`
    public var description: String {
        "resolved as \(outcome.rawValue) by \(resolvedBy) at \(resolvedAt): \"\(reason)\""
    }
}
