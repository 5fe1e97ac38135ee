/// What separates two schemas: the changes, those of them that can destroy data, and the
/// drop-and-add pairs that look like undeclared renames.
public struct SchemaDiff: Hashable, Sendable {
    public var changes: [SchemaChange] = []
    public var destructive: [DestructiveChange] = []
    /// A removed and an added object that look like a rename nobody declared, with the hint
    /// that would declare it.
    public var suspectedRenames: [SuspectedRename] = []
    /// Per partitioned table, its partitions with the name of each one's copy of each of the
    /// table's indexes: an online plan builds the copies one by one and attaches them, since
    /// PostgreSQL builds no index of a partitioned table `CONCURRENTLY`.
    public var partitionIndexes: [QualifiedName: [PartitionIndexes]] = [:]

    public var isEmpty: Bool { changes.isEmpty }

    /// A partition and the names of its indexes, by the name of the table's index each copies.
    public struct PartitionIndexes: Hashable, Sendable {
        public var partition: QualifiedName
        public var names: [String: String]
    }

    public struct SuspectedRename: Hashable, Sendable, CustomStringConvertible {
        /// `table "users" → "accounts"`.
        public var what: String
        /// The declaration that says it was a rename.
        public var hint: String
        /// The declaration that says it was not.
        public var allowance: String

        public var description: String {
            "\(what) looks like a rename. If it is one, declare it: \(hint). If not, allow the drop: \(allowance)."
        }
    }
}
