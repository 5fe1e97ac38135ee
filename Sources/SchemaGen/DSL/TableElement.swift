/// One item of a ``Table`` body: what ``TableBuilder`` collects.
public enum TableElement: Sendable {
    case column(Column)
    case primaryKey(PrimaryKey)
    case unique(Unique)
    case check(Check)
    case foreignKey(ForeignKey)
    case index(Index)
    case exclusion(Exclude)
    case trigger(Trigger)
    case policy(Policy)
    case rowLevelSecurity(RowLevelSecurity)
    case partitionBy(PartitionBy)
    case partition(Partition)
}
