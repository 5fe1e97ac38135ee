/// How a partitioned table divides its rows, and its partitions: `PARTITION BY RANGE
/// (created_at)` and one `CREATE TABLE ... PARTITION OF` per partition.
///
/// A partition holds the parent's columns, checks, keys, indexes, foreign keys and row
/// triggers, which PostgreSQL clones onto it; the model keeps them on the parent only (see
/// ``TableDefinition/partitionTable(_:isTaken:)`` for what a partition holds).
public struct PartitionScheme: Hashable, Sendable, Codable {
    public enum Strategy: String, Hashable, Sendable, Codable {
        case range = "RANGE"
        case list = "LIST"
        case hash = "HASH"
    }

    public var strategy: Strategy
    /// Columns or expressions, with a collation or operator class; never an order.
    public var keys: [IndexKey]
    /// By name.
    public var partitions: [PartitionDefinition]

    public init(strategy: Strategy, keys: [IndexKey], partitions: [PartitionDefinition] = []) {
        self.strategy = strategy
        self.keys = keys
        self.partitions = partitions
    }

    /// The plain columns of the key.
    public var keyColumns: [String] { keys.compactMap(\.column) }

    /// Whether a key is an expression, which rules out unique and primary keys.
    public var hasExpressionKey: Bool { keys.contains { $0.column == nil } }

    public var defaultPartition: PartitionDefinition? { partitions.first { $0.bound == .default } }
}
