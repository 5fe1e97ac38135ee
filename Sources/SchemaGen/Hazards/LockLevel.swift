/// The table lock a statement takes, from the weakest that matters to the strongest.
public enum LockLevel: Hashable, Sendable {
    case shareUpdateExclusive
    case share
    case shareRowExclusive
    case accessExclusive

    public var sql: String {
        switch self {
        case .shareUpdateExclusive: "SHARE UPDATE EXCLUSIVE"
        case .share: "SHARE"
        case .shareRowExclusive: "SHARE ROW EXCLUSIVE"
        case .accessExclusive: "ACCESS EXCLUSIVE"
        }
    }

    var kind: HazardKind {
        switch self {
        case .shareUpdateExclusive: .shareUpdateExclusiveLock
        case .share: .shareLock
        case .shareRowExclusive: .shareRowExclusiveLock
        case .accessExclusive: .accessExclusiveLock
        }
    }

    var blocks: String {
        switch self {
        case .shareUpdateExclusive: "blocks schema changes and VACUUM, not reads or writes"
        case .share, .shareRowExclusive: "blocks writes, not reads"
        case .accessExclusive: "blocks reads and writes"
        }
    }

    /// The lock hazard on `table`, held for `duration` ("briefly", "while the index is built").
    func hazard(on table: QualifiedName, _ duration: String) -> Hazard {
        Hazard(kind, "\(sql) on \"\(table)\", held \(duration): \(blocks)")
    }
}
