/// One partition of a partitioned table: its name and bound.
///
/// ```sql
/// CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
/// ```
public struct PartitionDefinition: Hashable, Sendable, Codable {
    public var name: QualifiedName
    public var bound: PartitionBound
    public var comment: String?

    public init(name: QualifiedName, bound: PartitionBound, comment: String? = nil) {
        self.name = name
        self.bound = bound
        self.comment = comment
    }
}
