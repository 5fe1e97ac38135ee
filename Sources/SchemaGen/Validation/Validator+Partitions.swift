extension Validator {
    /// Partitioned tables, against the rules of PostgreSQL's `CREATE TABLE`: the key, each
    /// partition's bound (its form, its values, overlaps PostgreSQL would refuse), and what a
    /// partitioned table cannot hold.
    func checkPartitions(into diagnostics: inout [Diagnostic]) {
        for table in schema.tables {
            guard let scheme = table.partitioning else { continue }
            func report(_ message: String, at path: SourcePath? = nil, object: String? = nil) {
                diagnostics.append(diagnostic(.invalidPartition, table: table.name, object: object, at: path ?? .table(table.name), message))
            }
            checkKey(of: table, scheme, report: { report($0) })
            for partition in scheme.partitions {
                checkBound(of: partition, scheme) { report($0, at: .partition(table.name, partition.name), object: partition.name.name) }
            }
            checkOverlaps(scheme) { partition, message in report(message, at: .partition(table.name, partition.name), object: partition.name.name) }

            func checkUnique(_ kind: String, _ name: String, _ columns: [String], at path: SourcePath) {
                if scheme.hasExpressionKey {
                    report("\(kind) \(name) on a table partitioned by an expression: PostgreSQL allows no unique constraint there", at: path, object: name)
                } else if let missing = scheme.keyColumns.first(where: { !columns.contains($0) }) {
                    report("\(kind) \(name) must include the partition key column \"\(missing)\": uniqueness is enforced per partition", at: path, object: name)
                }
            }
            if let key = table.primaryKey { checkUnique("primary key", key.name, key.columns, at: .constraint(table.name, key.name)) }
            for unique in table.uniques { checkUnique("unique constraint", unique.name, unique.columns, at: .constraint(table.name, unique.name)) }
            for index in table.indexes where index.isUnique {
                checkUnique("unique index", index.name, index.keys.map { $0.column ?? "" }, at: .index(table.name, index.name))
            }
            for exclusion in table.exclusions ?? [] {
                report("exclusion constraint \(exclusion.name): PostgreSQL (before 17) refuses exclusion constraints on partitioned tables",
                       at: .constraint(table.name, exclusion.name), object: exclusion.name)
            }
            for key in table.foreignKeys where key.notValid == true {
                report("foreign key \(key.name) is NOT VALID, which PostgreSQL (before 18) refuses on a partitioned table",
                       at: .constraint(table.name, key.name), object: key.name)
            }
            for check in table.checks where check.noInherit == true {
                report("check \(check.name) is NO INHERIT, which a partitioned table refuses: its partitions must all hold it",
                       at: .constraint(table.name, check.name), object: check.name)
            }
            if !(table.storageParameters ?? [:]).isEmpty {
                report("a partitioned table has no storage of its own, so no storage parameters (WITH ...); PostgreSQL refuses them")
            }
            for trigger in table.triggers ?? [] where trigger.forEachRow && (trigger.oldTable != nil || trigger.newTable != nil) {
                report("row trigger \(trigger.name) with transition tables (REFERENCING): PostgreSQL refuses them on partitioned tables",
                       at: .trigger(table.name, trigger.name), object: trigger.name)
            }
        }
    }

    private func checkKey(of table: TableDefinition, _ scheme: PartitionScheme, report: (String) -> Void) {
        if scheme.keys.isEmpty { report("PartitionBy names no column or expression") }
        if scheme.strategy == .list, scheme.keys.count > 1 { report("a list partition key is one column or expression, not \(scheme.keys.count)") }
        for key in scheme.keys {
            if key.order != nil || key.nulls != nil { report("a partition key has no order or NULLS placement") }
            if let column = key.column, table.column(named: column) == nil {
                report("partition key column \"\(column)\" is not a column of \(table.name.name)")
            }
            if case .expression(let text) = key.target, text.trimmingWhitespace.isEmpty { report("a partition key expression is empty") }
        }
    }

    private func checkBound(of partition: PartitionDefinition, _ scheme: PartitionScheme, report: (String) -> Void) {
        switch (scheme.strategy, partition.bound) {
        case (.hash, .default):
            report("a hash-partitioned table has no default partition")
        case (_, .default):
            break
        case (.range, .range(let lower, let upper)):
            guard lower.count == scheme.keys.count, upper.count == scheme.keys.count else {
                return report("a range bound has one value per key column: \(scheme.keys.count), not \(lower.count) and \(upper.count)")
            }
            for values in [lower, upper] {
                if values.contains(where: { $0.uppercased() == "NULL" }) { report("a range bound cannot be NULL (use MINVALUE or MAXVALUE)") }
                if let first = values.firstIndex(where: { Self.isUnbounded($0) }),
                   values[first...].contains(where: { $0.uppercased() != values[first].uppercased() }) {
                    report("every value after \(values[first].uppercased()) in a range bound must also be \(values[first].uppercased())")
                }
            }
            if let order = Self.compare(lower, upper), order >= 0 {
                report("the range FROM (\(lower.joined(separator: ", "))) TO (\(upper.joined(separator: ", "))) is empty: the lower bound must be less than the upper")
            }
        case (.list, .list(let values)):
            if values.isEmpty { report("a list partition takes at least one value") }
            for value in values.repeated { report("the value \(value) is listed twice") }
        case (.hash, .hash(let modulus, let remainder)):
            if modulus < 1 { report("the modulus must be a positive integer, not \(modulus)") }
            if remainder < 0 || remainder >= max(modulus, 1) { report("the remainder must be at least 0 and less than the modulus \(modulus), not \(remainder)") }
        default:
            report("a \(scheme.strategy.rawValue) partitioned table takes \(Self.boundForm(scheme.strategy)), not \(partition.bound.sql)")
        }
    }

    /// Overlaps PostgreSQL refuses: two default partitions, a list value taken twice, hash
    /// partitions whose moduli do not divide each other or whose rows overlap, and integer
    /// ranges that overlap.
    private func checkOverlaps(_ scheme: PartitionScheme, report: (PartitionDefinition, String) -> Void) {
        let defaults = scheme.partitions.filter { $0.bound == .default }
        for extra in defaults.dropFirst() { report(extra, "a second default partition besides \(defaults[0].name.name)") }
        var taken: [String: PartitionDefinition] = [:]
        for partition in scheme.partitions {
            guard case .list(let values) = partition.bound else { continue }
            for value in Set(values).sorted() {
                if let owner = taken[value], owner != partition {
                    report(partition, "the value \(value) is also in partition \(owner.name.name)")
                } else {
                    taken[value] = partition
                }
            }
        }
        let hashed = scheme.partitions.compactMap { partition -> (PartitionDefinition, Int, Int)? in
            guard case .hash(let modulus, let remainder) = partition.bound, modulus > 0 else { return nil }
            return (partition, modulus, remainder)
        }
        for (index, (partition, modulus, remainder)) in hashed.enumerated() {
            for (other, otherModulus, otherRemainder) in hashed[..<index] {
                let (small, large) = modulus <= otherModulus ? ((modulus, remainder), (otherModulus, otherRemainder)) : ((otherModulus, otherRemainder), (modulus, remainder))
                if large.0 % small.0 != 0 {
                    report(partition, "modulus \(modulus) and the modulus \(otherModulus) of \(other.name.name) must divide one another")
                } else if large.1 % small.0 == small.1 {
                    report(partition, "takes rows that partition \(other.name.name) takes")
                }
            }
        }
        let ranges = scheme.partitions.compactMap { partition -> (PartitionDefinition, [String], [String])? in
            guard case .range(let lower, let upper) = partition.bound else { return nil }
            return (partition, lower, upper)
        }
        for (index, (partition, lower, upper)) in ranges.enumerated() {
            for (other, otherLower, otherUpper) in ranges[..<index] {
                if let a = Self.compare(lower, otherUpper), let b = Self.compare(otherLower, upper), a < 0, b < 0 {
                    report(partition, "its range overlaps the range of partition \(other.name.name)")
                }
            }
        }
    }

    private static func boundForm(_ strategy: PartitionScheme.Strategy) -> String {
        switch strategy {
        case .range: "Partition(_:from:to:) bounds"
        case .list: "Partition(_:in:) values"
        case .hash: "Partition(_:modulus:remainder:) bounds"
        }
    }

    private static func isUnbounded(_ value: String) -> Bool {
        ["MINVALUE", "MAXVALUE"].contains(value.uppercased())
    }

    /// Orders two range bounds when every value is an integer, MINVALUE or MAXVALUE; nil
    /// when some value is of another kind, whose order only PostgreSQL knows.
    private static func compare(_ left: [String], _ right: [String]) -> Int? {
        func rank(_ value: String) -> Double? {
            switch value.uppercased() {
            case "MINVALUE": -.infinity
            case "MAXVALUE": .infinity
            // Bare integers only: a quoted value may be text, which sorts otherwise ('10' < '9').
            default: Int(value).map(Double.init)
            }
        }
        for (a, b) in zip(left, right) {
            guard let x = rank(a), let y = rank(b) else { return nil }
            if x != y { return x < y ? -1 : 1 }
            if x.isInfinite { return 0 }
        }
        return 0
    }
}
