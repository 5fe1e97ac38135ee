extension Differ {
    /// A table the other side holds as a partition: attached or detached rather than created
    /// or dropped. The schemas are adjusted so that the rest of the diff compares the table
    /// with what it becomes: a table to attach must first hold what PostgreSQL requires of a
    /// partition (the parent's columns, checks, keys, indexes and foreign keys, which PostgreSQL
    /// then adopts as the partition's clones), and a detached partition keeps its clones as
    /// its own objects.
    ///
    /// ```sql
    /// ALTER TABLE events DETACH PARTITION events_2023;   -- then events_2023 is changed as declared
    /// ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
    /// ```
    mutating func movePartitions(into diff: inout SchemaDiff) {
        // Most schemas have no partitioned table: nothing to look at.
        guard to.tables.contains(where: { $0.partitioning != nil }) || from.tables.contains(where: { $0.partitioning != nil }) else { return }
        let relationNames = to.relationNames.union(from.relationNames)
        func isTaken(_ schema: String) -> (String) -> Bool { { relationNames.contains(QualifiedName($0, schema: schema)) } }
        var attached: [TableDefinition] = []
        for table in to.tables {
            let previous = from.table(named: table.name)
            for partition in table.partitioning?.partitions ?? [] where from.table(named: partition.name) != nil {
                guard previous?.partitioning?.partitions.contains(where: { $0.name == partition.name }) != true else { continue }
                attached.append(table.partitionTable(partition, isTaken: isTaken(partition.name.schema)))
                let scanned = previous?.partitioning?.defaultPartition.map(\.name)
                diff.changes.append(.attachPartition(table.name, partition, scanned: partition.bound == .default ? nil : scanned))
                removePartition(partition.name, of: table.name, from: &to)
            }
        }
        var detached: [TableDefinition] = []
        for table in from.tables {
            for partition in table.partitioning?.partitions ?? [] where to.table(named: partition.name) != nil {
                guard to.table(named: table.name)?.partitioning?.partitions.contains(where: { $0.name == partition.name }) != true else { continue }
                detached.append(table.partitionTable(partition, isTaken: isTaken(partition.name.schema)))
                diff.changes.append(.detachPartition(table.name, partition))
                removePartition(partition.name, of: table.name, from: &from)
            }
        }
        to.tables = (to.tables + attached).sorted { $0.name < $1.name }
        from.tables = (from.tables + detached).sorted { $0.name < $1.name }
    }

    private func removePartition(_ name: QualifiedName, of table: QualifiedName, from schema: inout SchemaDefinition) {
        guard let index = schema.tables.firstIndex(where: { $0.name == table }) else { return }
        schema.tables[index].partitioning?.partitions.removeAll { $0.name == name }
    }

    /// Whether PostgreSQL must build the table again: a table cannot become partitioned, stop
    /// being so, or change its key in place.
    static func isRepartitioned(_ old: TableDefinition, _ new: TableDefinition) -> Bool {
        old.partitioning?.strategy != new.partitioning?.strategy || old.partitioning?.keys != new.partitioning?.keys
    }

    /// The partitions of a table created by the diff.
    func createPartitions(of table: TableDefinition, into diff: inout SchemaDiff) {
        for partition in table.partitioning?.partitions ?? [] {
            diff.changes.append(.createPartition(table.name, partition, scanned: nil))
            if let comment = partition.comment { diff.changes.append(.commentOnTable(partition.name, comment)) }
        }
    }

    /// Partitions of a table kept with the same key: created, dropped (their rows with them),
    /// given another bound (detached and attached again), or commented.
    func diffPartitions(_ previous: TableDefinition, _ table: TableDefinition, into diff: inout SchemaDiff) {
        let before = Dictionary((previous.partitioning?.partitions ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set((table.partitioning?.partitions ?? []).map(\.name))
        // A new partition is checked against the default partition as it stands when it is created.
        let scanned = previous.partitioning?.defaultPartition.flatMap { after.contains($0.name) ? $0.name : nil }
        for partition in previous.partitioning?.partitions ?? [] where !after.contains(partition.name) {
            diff.changes.append(.dropPartition(table.name, partition))
            diff.destructive.append(.dropTable(partition.name))
        }
        for partition in table.partitioning?.partitions ?? [] {
            guard let old = before[partition.name] else {
                diff.changes.append(.createPartition(table.name, partition, scanned: partition.bound == .default ? nil : scanned))
                if let comment = partition.comment { diff.changes.append(.commentOnTable(partition.name, comment)) }
                continue
            }
            if old.bound != partition.bound {
                diff.changes.append(.detachPartition(table.name, old))
                diff.changes.append(.attachPartition(table.name, partition, scanned: partition.bound == .default ? nil : scanned))
            }
            if old.comment != partition.comment { diff.changes.append(.commentOnTable(partition.name, partition.comment)) }
        }
    }

    /// The names PostgreSQL gives the partitions' copies of each index, for online plans; an
    /// entry for every partitioned table, since none takes `CONCURRENTLY`.
    func recordPartitionIndexes(into diff: inout SchemaDiff) {
        let partitioned = to.tables.filter { $0.partitioning != nil }
        guard !partitioned.isEmpty else { return }
        let names = to.relationNames
        for table in partitioned {
            guard let partitions = table.partitioning?.partitions else { continue }
            diff.partitionIndexes[table.name] = partitions.map { partition in
                let copy = table.partitionTable(partition) { names.contains(QualifiedName($0, schema: partition.name.schema)) }
                return SchemaDiff.PartitionIndexes(partition: partition.name, names: copy.indexNamesByParent(of: table))
            }
        }
    }
}
