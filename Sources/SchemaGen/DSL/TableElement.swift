/// One item of a ``Table`` body: what ``TableBuilder`` collects.
///
/// Each element is boxed (`indirect`): stored inline, every element would take the size of the
/// largest, a ``Column`` (456 bytes), in arrays that the builder grows by doubling; a
/// 10,000-table declaration took 102 MB that way.
public indirect enum TableElement: Sendable {
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
