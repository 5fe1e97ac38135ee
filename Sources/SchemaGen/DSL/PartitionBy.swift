/// Makes the table whose body declares it a partitioned table: its rows live in its
/// ``Partition``s, chosen by the key.
///
/// ```swift
/// Table("events") {
///     Column("id", .bigint).notNull()
///     Column("created_at", .date).notNull()
///     PrimaryKey("id", "created_at")
///     PartitionBy(.range, "created_at")
///     Partition("events_2024", from: "2024-01-01", to: "2025-01-01")
///     Partition.default("events_other")
/// }
/// // CREATE TABLE "events" (...) PARTITION BY RANGE ("created_at");
/// // CREATE TABLE "events_2024" PARTITION OF "events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
/// // CREATE TABLE "events_other" PARTITION OF "events" DEFAULT;
/// ```
///
/// Keys are columns or expressions (`.expression("lower(region)")`), with a collation or an
/// operator class when needed. A primary key or unique constraint must hold every key column,
/// and no key may then be an expression. Keys, constraints, indexes, foreign keys and row
/// triggers declared on the table apply to every partition.
public struct PartitionBy: Sendable {
    let strategy: PartitionScheme.Strategy
    let keys: [IndexKey]
    let location: SourceLocation

    public init(
        _ strategy: PartitionScheme.Strategy, _ keys: IndexKey..., file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.strategy = strategy
        self.keys = keys
        location = SourceLocation(file: file, line: line, column: column)
    }
}
