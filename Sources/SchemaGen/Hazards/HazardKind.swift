/// What can go wrong when a statement runs on a busy database with data in it. Each kind can
/// be forbidden, in the declaration (``MigrationSettings``) or with `--forbid-hazard <kind>`.
public enum HazardKind: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// `ACCESS EXCLUSIVE`: blocks reads and writes of the table while it is held.
    case accessExclusiveLock = "access-exclusive-lock"
    /// `SHARE ROW EXCLUSIVE`: blocks writes (and other schema changes) while it is held.
    case shareRowExclusiveLock = "share-row-exclusive-lock"
    /// `SHARE`: blocks writes while it is held (a plain `CREATE INDEX`).
    case shareLock = "share-lock"
    /// `SHARE UPDATE EXCLUSIVE`: blocks schema changes and VACUUM only; reads and writes go on.
    case shareUpdateExclusiveLock = "share-update-exclusive-lock"
    /// Every row is written again (and every index rebuilt) while the lock is held.
    case tableRewrite = "table-rewrite"
    /// Every row is read to check a constraint.
    case validationScan = "validation-scan"
    /// An index is built: time and I/O in proportion to the table.
    case indexBuild = "index-build"
    /// Rows or values are deleted for good.
    case dataDeleted = "data-deleted"
    /// Clients still running the previous code fail (renamed or dropped objects, removed values).
    case breaksClients = "breaks-clients"
    /// Fails if the existing data does not satisfy the new rule (NULLs, duplicates, orphans).
    case mayFail = "may-fail"

    public static func < (lhs: HazardKind, rhs: HazardKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
