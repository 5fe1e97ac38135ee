extension SchemaChange {
    /// The hazards of the change planned as is (not in an online plan), on a database where
    /// the tables of `created` do not exist yet: statements on a table created in the same
    /// migration touch no rows and block nobody.
    func hazards(created: Set<QualifiedName>) -> [Hazard] {
        if case .addForeignKey(let table, let key) = self, created.contains(table), !created.contains(key.referencedTable) {
            return [LockLevel.shareRowExclusive.hazard(on: key.referencedTable, "briefly")]
        }
        // A table dropped to be created again (partitioned otherwise) loses its rows all the same.
        if let table, created.contains(table), !isDropTable { return [] }
        let brief = "briefly"
        switch self {
        case .createExtension, .createSchema, .createEnum, .createTable, .addEnumValue, .dropEnum, .commentOnEnum:
            return []
        case .alterExtensionSchema(let name, let schema):
            return [Hazard(.breaksClients, "the objects of extension \(name) move to schema \(schema): unqualified uses outside its search_path fail")]
        case .updateExtension(let name, let version):
            return [Hazard(.mayFail, "runs the update scripts of extension \(name) to \(version), which fail where no path to it is installed")]
        case .dropExtension(let ext):
            return [Hazard(.breaksClients, "the objects of extension \(ext.name) are gone")]
        case .dropSchema(let name):
            return [Hazard(.breaksClients, "schema \(name) is gone")]
        case .renameEnumValue(let type, let old, let new):
            return [Hazard(.breaksClients, "clients writing '\(old)' to \"\(type)\" fail; it is now '\(new)'")]
        case .rebuildEnum(let old, let new, let columns):
            let removed = old.values.filter { !new.values.contains($0) }
            var hazards: [Hazard] = []
            for table in Set(columns.map(\.table)).sorted() {
                hazards += rewrite(table)
            }
            if !removed.isEmpty {
                let values = removed.map { "'\($0)'" }.joined(separator: ", ")
                hazards.append(Hazard(.mayFail, "fails if a row holds \(values) of \"\(old.name)\""))
                hazards.append(Hazard(.breaksClients, "clients writing \(values) to \"\(old.name)\" fail"))
            }
            return hazards
        case .renameTable(let old, let new):
            return [LockLevel.accessExclusive.hazard(on: old, brief), Hazard(.breaksClients, "clients using \"\(old)\" fail: it is now \"\(new)\"")]
        case .dropTable(let table):
            let partitions = (table.partitioning?.partitions ?? []).map { "\"\($0.name)\"" }
            return [LockLevel.accessExclusive.hazard(on: table.name, brief),
                    Hazard(.dataDeleted, "every row of \"\(table.name)\" is deleted" + (partitions.isEmpty ? "" : ", with its partitions \(partitions.joined(separator: ", "))")),
                    Hazard(.breaksClients, "clients using \"\(table.name)\" fail")]
        case .createPartition(let table, let partition, let scanned):
            return [LockLevel.accessExclusive.hazard(on: table, brief)] + defaultPartitionScan(scanned, for: partition)
        case .dropPartition(let table, let partition):
            return [LockLevel.accessExclusive.hazard(on: table, brief), Hazard(.dataDeleted, "every row of partition \"\(partition.name)\" is deleted"),
                    Hazard(.breaksClients, "rows of \"\(table)\" in \(partition.bound.sql) are gone, and new ones fail unless another partition takes them")]
        case .attachPartition(let table, let partition, let scanned):
            return [LockLevel.shareUpdateExclusive.hazard(on: table, brief), LockLevel.accessExclusive.hazard(on: partition.name, "while its rows are checked"),
                    Hazard(.validationScan, "every row of \"\(partition.name)\" is read to check \(partition.bound.sql)"),
                    Hazard(.mayFail, "fails if a row of \"\(partition.name)\" is outside \(partition.bound.sql)")] + defaultPartitionScan(scanned, for: partition)
        case .detachPartition(let table, let partition):
            return [LockLevel.accessExclusive.hazard(on: table, brief), Hazard(.breaksClients, "rows of \"\(partition.name)\" are no longer read or written through \"\(table)\"")]
        case .renameColumn(let table, let old, let new):
            return [LockLevel.accessExclusive.hazard(on: table, brief),
                    Hazard(.breaksClients, "clients using \"\(table)\".\"\(old)\" fail: it is now \"\(new)\"")]
        case .addColumn(let table, let column):
            if column.rewritesTableWhenAdded { return rewrite(table) }
            var hazards = [LockLevel.accessExclusive.hazard(on: table, brief)]
            if !column.isNullable, column.defaultValue == nil, column.identity == nil {
                hazards.append(Hazard(.mayFail, "fails if \"\(table)\" has rows: NOT NULL column \"\(column.name)\" has no default"))
            }
            return hazards
        case .dropColumn(let table, let column):
            return [LockLevel.accessExclusive.hazard(on: table, brief), Hazard(.dataDeleted, "the values of \"\(table)\".\"\(column.name)\" are deleted"),
                    Hazard(.breaksClients, "clients using \"\(table)\".\"\(column.name)\" fail")]
        case .alterColumnType(let table, let column, let old, let new):
            let conversion = TypeConversion(from: old, to: new)
            var hazards = conversion.rewritesTable ? rewrite(table) : [LockLevel.accessExclusive.hazard(on: table, brief)]
            if case .timestamp(_, false) = old.storageType, case .timestamp(_, true) = new.storageType {
                hazards[hazards.count - 1].detail += " (PostgreSQL skips the rewrite when the session's TimeZone is UTC)"
            }
            if conversion.mayFail {
                hazards.append(Hazard(.mayFail, "fails if a value of \"\(table)\".\"\(column)\" does not convert to \(new.storageType.sql)"))
            }
            return hazards
        case .alterCollation(let table, let column, _, _):
            return [LockLevel.accessExclusive.hazard(on: table, "while the indexes on \"\(column)\" are rebuilt"),
                    Hazard(.indexBuild, "indexes on \"\(table)\".\"\(column)\", if any, are rebuilt")]
        case .addSerial(let table, let column, _):
            return [LockLevel.accessExclusive.hazard(on: table, brief),
                    Hazard(.validationScan, "every row of \"\(table)\" is read for the largest \"\(column)\"")]
        case .setNotNull(let table, let column):
            return [LockLevel.accessExclusive.hazard(on: table, "while every row is checked"),
                    Hazard(.validationScan, "every row of \"\(table)\" is read"), Hazard(.mayFail, "fails if \"\(table)\".\"\(column)\" holds NULL")]
        case .dropNotNull(let table, _), .setDefault(let table, _, _), .dropDefault(let table, _), .alterIdentity(let table, _, _),
             .dropIdentity(let table, _), .dropExpression(let table, _), .addIdentity(let table, _, _),
             .dropSerial(let table, _), .alterSerial(let table, _, _), .alterStorage(let table, _, _, _), .alterCompression(let table, _, _),
             .dropPrimaryKey(let table, _), .dropUnique(let table, _), .dropCheck(let table, _), .renameConstraint(let table, _, _),
             .dropExclusion(let table, _), .alterForeignKeyDeferrability(let table, _, _),
             .dropIndex(let table, _):
            return [LockLevel.accessExclusive.hazard(on: table, brief)]
        case .dropForeignKey(let table, let key):
            return [LockLevel.accessExclusive.hazard(on: table, brief), LockLevel.shareRowExclusive.hazard(on: key.referencedTable, brief)]
        case .addPrimaryKey(let table, _), .addUnique(let table, _):
            return [LockLevel.accessExclusive.hazard(on: table, "while the index is built"),
                    Hazard(.indexBuild, "a unique index on \"\(table)\" is built"),
                    Hazard(.mayFail, "fails if \"\(table)\" holds duplicates" + (isPrimaryKey ? " or NULLs" : ""))]
        case .adoptIndex(let table, _, .primaryKey(let key)):
            return [LockLevel.accessExclusive.hazard(on: table, "while the key columns are checked for NULL"),
                    Hazard(.validationScan, "every row of \"\(table)\" is read unless \(key.columns.joined(separator: ", ")) are NOT NULL already"),
                    Hazard(.mayFail, "fails if \"\(table)\" holds NULLs in \(key.columns.joined(separator: ", "))")]
        case .addExclusion(let table, let exclusion):
            return [LockLevel.accessExclusive.hazard(on: table, "while the index is built"),
                    Hazard(.indexBuild, "the \(exclusion.method.rawValue) index of \(exclusion.name) on \"\(table)\" is built"),
                    Hazard(.mayFail, "fails if two rows of \"\(table)\" conflict under \(exclusion.name)")]
        case .adoptIndex(let table, _, .unique):
            return [LockLevel.accessExclusive.hazard(on: table, brief)]
        case .addCheck(let table, let check) where check.notValid == true:
            return [LockLevel.accessExclusive.hazard(on: table, brief)]
        case .addForeignKey(let table, let key) where key.notValid == true:
            return [LockLevel.shareRowExclusive.hazard(on: table, brief), LockLevel.shareRowExclusive.hazard(on: key.referencedTable, brief)]
        case .validateConstraint(let table, let name):
            return [LockLevel.shareUpdateExclusive.hazard(on: table, "while every row is checked"),
                    Hazard(.validationScan, "every row of \"\(table)\" is read"), Hazard(.mayFail, "fails if a row of \"\(table)\" breaks \(name)")]
        case .addCheck(let table, let check):
            return [LockLevel.accessExclusive.hazard(on: table, "while every row is checked"),
                    Hazard(.validationScan, "every row of \"\(table)\" is read"), Hazard(.mayFail, "fails if a row of \"\(table)\" breaks \(check.name)")]
        case .addForeignKey(let table, let key):
            return [LockLevel.shareRowExclusive.hazard(on: table, "while every row is checked"),
                    LockLevel.shareRowExclusive.hazard(on: key.referencedTable, "while every row of \"\(table)\" is checked"),
                    Hazard(.validationScan, "every row of \"\(table)\" is read"),
                    Hazard(.mayFail, "fails if a row of \"\(table)\" has no match in \"\(key.referencedTable)\"")]
        case .createIndex(let table, let index):
            return [LockLevel.share.hazard(on: table, "while the index is built"), Hazard(.indexBuild, "\(index.name) on \"\(table)\" is built")]
                + (index.isUnique ? [Hazard(.mayFail, "fails if \"\(table)\" holds duplicates")] : [])
        case .alterIndexStorage(let table, _, let old, let new):
            // fillfactor and the like take SHARE UPDATE EXCLUSIVE; others (gist's buffering) more.
            let light: Set<String> = ["fillfactor", "deduplicate_items", "fastupdate", "gin_pending_list_limit", "pages_per_range", "autosummarize"]
            let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
            return [(changed.isSubset(of: light) ? LockLevel.shareUpdateExclusive : .accessExclusive).hazard(on: table, brief)]
        case .alterTableStorage(let table, let old, let new):
            // ALTER TABLE SET/RESET takes SHARE UPDATE EXCLUSIVE for the vacuum, fill and planner
            // parameters, ACCESS EXCLUSIVE for user_catalog_table; neither rewrites the table.
            let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
            return [(changed.contains("user_catalog_table") ? LockLevel.accessExclusive : .shareUpdateExclusive).hazard(on: table, brief)]
        case .renameIndex(let table, _, _), .commentOnTable(let table, _), .commentOnColumn(let table, _, _):
            return [LockLevel.shareUpdateExclusive.hazard(on: table, brief)]
        case .createSequence, .setSequenceOwner, .createFunction, .replaceFunction, .createView, .createDomain, .createCompositeType,
             .alterDomainDefault, .alterDomainNotNull(_, false), .dropDomainCheck, .addAttribute:
            return []
        case .addDomainCheck(_, let check) where check.notValid == true:
            return []
        case .alterDomainNotNull(let domain, true):
            return [Hazard(.validationScan, "every column of domain \"\(domain)\" is read"), Hazard(.mayFail, "fails if a column of domain \"\(domain)\" holds NULL")]
        case .addDomainCheck(let domain, let check):
            return [Hazard(.validationScan, "every column of domain \"\(domain)\" is read"), Hazard(.mayFail, "fails if a value of domain \"\(domain)\" breaks \(check.name)")]
        case .validateDomainCheck(let domain, let name):
            return [Hazard(.validationScan, "every column of domain \"\(domain)\" is read"), Hazard(.mayFail, "fails if a value of domain \"\(domain)\" breaks \(name)")]
        case .recreateDomain(let domain, _):
            return [Hazard(.mayFail, "fails if a column uses domain \"\(domain.name)\""), Hazard(.breaksClients, "clients using domain \"\(domain.name)\" as it was fail")]
        case .recreateCompositeType(let type, _):
            return [Hazard(.mayFail, "fails if a column uses type \"\(type.name)\""), Hazard(.breaksClients, "clients reading \"\(type.name)\" by position fail")]
        case .dropDomain(let domain):
            return [Hazard(.breaksClients, "clients using domain \"\(domain.name)\" fail")]
        case .dropCompositeType(let type):
            return [Hazard(.breaksClients, "clients using type \"\(type.name)\" fail")]
        case .dropAttribute(let type, let attribute):
            return [Hazard(.breaksClients, "clients reading \"\(type)\".\(attribute.name) fail")]
        case .alterAttribute(let type, let attribute):
            return [Hazard(.mayFail, "fails if \"\(type)\" is the type of a column (PostgreSQL cannot convert stored rows of it) or \(attribute.name) does not convert")]
        case .commentOn(let target, _):
            switch target {
            case .sequence, .function, .domain, .compositeType: return []
            case .view(let view): return [LockLevel.shareUpdateExclusive.hazard(on: view.name, brief)]
            case .trigger(let table, _), .policy(let table, _): return [LockLevel.shareUpdateExclusive.hazard(on: table, brief)]
            }
        case .alterSequence(let old, let new):
            let (before, after) = (old.normalized, new.normalized)
            guard before.type != after.type || before.minValue != after.minValue || before.maxValue != after.maxValue
                || (before.increment ?? 1 > 0) != (after.increment ?? 1 > 0) else { return [] }
            return [Hazard(.mayFail, "fails if the current value of \"\(new.name)\" is outside the new range")]
        case .renameSequence(let sequence, let name):
            return [Hazard(.breaksClients, "clients calling nextval('\(sequence)') fail: it is now \(name)")]
        case .dropSequence(let sequence):
            return [Hazard(.breaksClients, "clients calling nextval('\(sequence.name)') fail")]
        case .dropFunction(let function, rebuiltAs: let new?):
            // Created again in the same transaction: missed by no one, unless it changes.
            return function.isReplaceable(by: new) ? []
                : [Hazard(.breaksClients, "clients calling \(function.signature) with the old argument names or result type fail")]
        case .dropFunction(let function, rebuiltAs: nil):
            return [Hazard(.breaksClients, "clients calling \(function.signature) fail")]
        case .recreateFunction(let old, _):
            return [Hazard(.breaksClients, "clients calling \(old.signature) with the old argument names or result type fail")]
        case .replaceView(let view):
            return [LockLevel.accessExclusive.hazard(on: view.name, brief)]
        case .alterViewOptions(let view, _):
            return [LockLevel.accessExclusive.hazard(on: view.name, brief)]
        case .dropView(let view):
            // A view dropped to be created again in the same transaction is missed by no one.
            if created.contains(view.name) { return [LockLevel.accessExclusive.hazard(on: view.name, "while it is created again")] }
            return [LockLevel.accessExclusive.hazard(on: view.name, brief), Hazard(.breaksClients, "clients using \(view.kind) \"\(view.name)\" fail")]
                + (view.isMaterialized ? [Hazard(.dataDeleted, "the rows stored in \"\(view.name)\" are deleted")] : [])
        case .createTrigger(let table, _), .replaceTrigger(let table, _), .enableTrigger(let table, _, _):
            return [LockLevel.shareRowExclusive.hazard(on: table, brief)]
        case .dropTrigger(let table, _), .createPolicy(let table, _), .alterPolicy(let table, _), .dropPolicy(let table, _):
            return [LockLevel.accessExclusive.hazard(on: table, brief)]
        case .alterRowSecurity(let table, let old, let new):
            var hazards = [LockLevel.accessExclusive.hazard(on: table, brief)]
            if new?.isEnabled == true, old?.isEnabled != true {
                hazards.append(Hazard(.breaksClients, "roles no policy admits no longer see or write rows of \"\(table)\""))
            }
            return hazards
        }
    }

    private var isPrimaryKey: Bool {
        if case .addPrimaryKey = self { true } else { false }
    }

    private var isDropTable: Bool {
        if case .dropTable = self { true } else { false }
    }

    private func rewrite(_ table: QualifiedName) -> [Hazard] {
        [LockLevel.accessExclusive.hazard(on: table, "while the table is rewritten"), Hazard(.tableRewrite, "\"\(table)\" is rewritten with its indexes")]
    }

    /// A new partition's bound is checked against the rows of the default partition, which
    /// must not hold any it would take.
    private func defaultPartitionScan(_ scanned: QualifiedName?, for partition: PartitionDefinition) -> [Hazard] {
        guard let scanned else { return [] }
        return [LockLevel.accessExclusive.hazard(on: scanned, "while its rows are checked"),
                Hazard(.validationScan, "every row of default partition \"\(scanned)\" is read"),
                Hazard(.mayFail, "fails if default partition \"\(scanned)\" holds a row in \(partition.bound.sql)")]
    }
}

extension ColumnDefinition {
    /// Whether adding the column writes every row: a default computed per row (a volatile
    /// function, a sequence), an identity or a stored generated column. A constant default
    /// (or `now()`, evaluated once) is stored in the catalog instead since PostgreSQL 11.
    ///
    /// Volatility is PostgreSQL's knowledge: a function not known here to be stable or
    /// immutable (a user's `generate_id()`, `random()`, `clock_timestamp()`) counts as volatile.
    var rewritesTableWhenAdded: Bool {
        if identity != nil || generatedExpression != nil || type.isSerial { return true }
        guard case .expression(let sql)? = defaultValue else { return false }
        return SQLExpression.calledFunctions(sql).contains { !SQLExpression.nonVolatileFunctions.contains($0) }
    }
}
