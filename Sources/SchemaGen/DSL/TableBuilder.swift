/// Collects the columns, keys, constraints, indexes, triggers, policies and partitions of a ``Table`` body.
///
/// One component type and one concrete `buildExpression` per element, so that each line of a
/// long table type-checks on its own.
@resultBuilder
public enum TableBuilder {
    public static func buildExpression(_ column: Column) -> [TableElement] { [.column(column)] }
    /// A reusable group of columns, such as a `timestamps()` helper.
    public static func buildExpression(_ columns: [Column]) -> [TableElement] { columns.map(TableElement.column) }
    /// A reusable group of columns with their keys, checks and indexes.
    public static func buildExpression(_ elements: [TableElement]) -> [TableElement] { elements }
    public static func buildExpression(_ key: PrimaryKey) -> [TableElement] { [.primaryKey(key)] }
    public static func buildExpression(_ unique: Unique) -> [TableElement] { [.unique(unique)] }
    public static func buildExpression(_ check: Check) -> [TableElement] { [.check(check)] }
    public static func buildExpression(_ key: ForeignKey) -> [TableElement] { [.foreignKey(key)] }
    public static func buildExpression(_ index: Index) -> [TableElement] { [.index(index)] }
    public static func buildExpression(_ exclusion: Exclude) -> [TableElement] { [.exclusion(exclusion)] }
    public static func buildExpression(_ trigger: Trigger) -> [TableElement] { [.trigger(trigger)] }
    public static func buildExpression(_ policy: Policy) -> [TableElement] { [.policy(policy)] }
    public static func buildExpression(_ security: RowLevelSecurity) -> [TableElement] { [.rowLevelSecurity(security)] }
    public static func buildExpression(_ partitioning: PartitionBy) -> [TableElement] { [.partitionBy(partitioning)] }
    public static func buildExpression(_ partition: Partition) -> [TableElement] { [.partition(partition)] }

    public static func buildBlock() -> [TableElement] { [] }
    public static func buildPartialBlock(first: [TableElement]) -> [TableElement] { first }
    public static func buildPartialBlock(accumulated: [TableElement], next: [TableElement]) -> [TableElement] {
        accumulated + next
    }
    public static func buildOptional(_ elements: [TableElement]?) -> [TableElement] { elements ?? [] }
    public static func buildEither(first: [TableElement]) -> [TableElement] { first }
    public static func buildEither(second: [TableElement]) -> [TableElement] { second }
    public static func buildArray(_ groups: [[TableElement]]) -> [TableElement] { groups.flatMap { $0 } }
}
