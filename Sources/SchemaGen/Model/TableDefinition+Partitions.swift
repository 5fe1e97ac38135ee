extension TableDefinition {
    /// Partition `partition` of this partitioned table as a table of its own: what
    /// `DETACH PARTITION` leaves, and what a table must hold to be attached as one.
    ///
    /// PostgreSQL clones onto a partition the parent's columns (with their defaults), checks,
    /// foreign keys (same names), keys and indexes (named after the partition, see
    /// `partitionIndexName(_:keys:include:label:isTaken:)`), and row triggers, which it
    /// creates when the partition is attached and drops when it is detached, so that they are
    /// left out here. Policies, row-level security and comments stay on the parent.
    /// `isTaken` says which relation names the namespace already holds.
    public func partitionTable(_ partition: PartitionDefinition, isTaken: (String) -> Bool) -> TableDefinition {
        var table = TableDefinition(name: partition.name, comment: partition.comment)
        table.columns = columns.map { column in
            var column = column
            column.comment = nil
            if column.type.isSerial {
                // The partition's column calls the parent's sequence without owning it.
                let sequence = QualifiedName(ObjectName.make(name.name, column.name, label: "seq"), schema: name.schema)
                column.type = column.type.storageType
                column.defaultValue = .expression("nextval(\(SQLLiteral.quote(SQLIdentifier.quote(sequence)))::regclass)")
            }
            return column
        }
        var taken: Set<String> = []
        func choose(_ keys: [IndexKey], _ include: [String], _ label: String) -> String {
            let chosen = Self.partitionIndexName(partition.name.name, keys: keys, include: include, label: label) { isTaken($0) || taken.contains($0) }
            taken.insert(chosen)
            return chosen
        }
        table.primaryKey = primaryKey.map { key in
            var key = key
            key.name = choose(key.columns.map { .column($0) }, key.include ?? [], "pkey")
            return key
        }
        table.uniques = uniques.map { unique in
            var unique = unique
            unique.name = choose(unique.columns.map { .column($0) }, unique.include ?? [], "key")
            return unique
        }
        table.indexes = indexes.map { index in
            var index = index
            index.name = choose(index.keys, index.include, "idx")
            return index
        }
        table.checks = checks.filter { $0.noInherit != true }
        table.foreignKeys = foreignKeys
        return table
    }

    /// The name PostgreSQL gives an index it builds on partition `partition` (`ChooseIndexName`
    /// in its source): `<partition>_pkey` for a primary key, `<partition>_<columns>_key` for a
    /// unique constraint, `<partition>_<columns>_idx` otherwise, where the columns are the key
    /// and included columns, and an expression is named after its function or cast (`lower`),
    /// or `expr`; numbered when the name is taken.
    static func partitionIndexName(
        _ partition: String, keys: [IndexKey], include: [String], label: String, isTaken: (String) -> Bool
    ) -> String {
        let columns = label == "pkey" ? nil : (keys.map { $0.column ?? SQLExpression.figuredName($0.target.sql) ?? "expr" } + include).joined(separator: "_")
        return ObjectName.unique(partition, columns, label: label, isTaken: isTaken)
    }
}

extension IndexKey.Target {
    /// The column or the expression as SQL text.
    var sql: String {
        switch self {
        case .column(let name): name
        case .expression(let text): text
        }
    }
}

extension TableDefinition {
    /// For a partition as ``partitionTable(_:isTaken:)`` makes it from `parent`: the names of its
    /// indexes (those of keys included) by the name of the parent's index each clones.
    func indexNamesByParent(of parent: TableDefinition) -> [String: String] {
        var names: [String: String] = [:]
        if let key = parent.primaryKey, let own = primaryKey { names[key.name] = own.name }
        for (theirs, own) in zip(parent.uniques, uniques) { names[theirs.name] = own.name }
        for (theirs, own) in zip(parent.indexes, indexes) { names[theirs.name] = own.name }
        return names
    }
}

extension SchemaDefinition {
    /// The names of the relations the model holds, which share one namespace per schema in
    /// PostgreSQL: tables, partitions, views, sequences (serial ones included), composite
    /// types, indexes and the indexes of keys.
    var relationNames: Set<QualifiedName> {
        var names: Set<QualifiedName> = []
        for table in tables {
            let schema = table.name.schema
            names.insert(table.name)
            names.formUnion((table.partitioning?.partitions ?? []).map(\.name))
            let indexes = table.indexes.map(\.name) + table.uniques.map(\.name) + (table.exclusions ?? []).map(\.name) + [table.primaryKey?.name].compactMap { $0 }
            names.formUnion(indexes.map { QualifiedName($0, schema: schema) })
            for column in table.columns where column.type.isSerial {
                names.insert(QualifiedName(ObjectName.make(table.name.name, column.name, label: "seq"), schema: schema))
            }
        }
        for view in views {
            names.insert(view.name)
            names.formUnion((view.indexes ?? []).map { QualifiedName($0.name, schema: view.name.schema) })
        }
        names.formUnion(sequences.map(\.name) + compositeTypes.map(\.name))
        return names
    }
}
