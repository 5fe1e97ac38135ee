extension Differ {
    /// Renamed, created and dropped tables, then each kept table column by column and key by key.
    func diffTables(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        for (new, former) in renames.tables.sorted(by: { $0.key < $1.key }) {
            diff.changes.append(.renameTable(from: former, to: new))
        }
        let oldTables = old.tablesByName
        let newTables = to.tablesByName
        // A table partitioned otherwise is dropped and created again, its rows deleted.
        let rebuilt = Set(to.tables.filter { table in oldTables[table.name].map { Self.isRepartitioned($0, table) } ?? false }.map(\.name))
        let created = to.tables.filter { oldTables[$0.name] == nil || rebuilt.contains($0.name) }
        let dropped = old.tables.filter { newTables[$0.name] == nil || rebuilt.contains($0.name) }
        for table in dropped {
            for key in table.foreignKeys { diff.changes.append(.dropForeignKey(table.name, key.constraint)) }
            diff.changes.append(.dropTable(table))
            let change = DestructiveChange.dropTable(table.name)
            diff.destructive.append(change)
            guard !rebuilt.contains(table.name) else { continue }
            let shape = Set(table.columns.map { "\($0.name) \($0.type.storageType.canonical.sql)" })
            if !allowed.contains(change),
               let twin = created.first(where: { Set($0.columns.map { "\($0.name) \($0.type.storageType.canonical.sql)" }) == shape }) {
                diff.suspectedRenames.append(.init(
                    what: "table \"\(table.name)\" removed and \"\(twin.name)\" added with the same columns",
                    hint: "Table(\"\(twin.name.name)\", renamedFrom: \"\(table.name.name)\")",
                    allowance: change.allowance))
            }
        }
        for table in created {
            diff.changes.append(.createTable(table))
            createPartitions(of: table, into: &diff)
            // CREATE TABLE validates every check: one declared NOT VALID is added after.
            for check in table.checks where check.notValid == true { diff.changes.append(.addCheck(table.name, check)) }
            for key in table.foreignKeys { diff.changes.append(.addForeignKey(table.name, key.constraint)) }
            for index in table.indexes { diff.changes.append(.createIndex(table.name, index)) }
            if let comment = table.comment { diff.changes.append(.commentOnTable(table.name, comment)) }
            for column in table.columns where column.comment != nil {
                diff.changes.append(.commentOnColumn(table.name, column: column.name, column.comment))
            }
        }
        for table in to.tables {
            // Most tables of a large schema are unchanged: nothing to compare column by column.
            guard let previous = oldTables[table.name], !rebuilt.contains(table.name),
                  previous != table || renames.columns[table.name] != nil || renames.tables[table.name] != nil
            else { continue }
            for (former, new) in Self.renameOrder(renames.columns[table.name] ?? [:], taken: Set(previous.columns.map(\.name) + table.columns.map(\.name))) {
                diff.changes.append(.renameColumn(table.name, from: former, to: new))
            }
            renameSerialSequences(of: previous, into: &diff)
            diffColumns(previous, table, into: &diff)
            diffKeys(previous, table, into: &diff)
            if previous.storageParameters != table.storageParameters {
                diff.changes.append(.alterTableStorage(table.name, from: previous.storageParameters ?? [:], to: table.storageParameters ?? [:]))
            }
            diffPartitions(previous, table, into: &diff)
        }
        // A sequence owned by a column of a table built again would go with the table: it is
        // released first, and owned again once the table is back.
        for sequence in old.sequences where sequence.ownedBy.map({ rebuilt.contains($0.table) }) ?? false {
            diff.changes.append(.setSequenceOwner(sequence.name, nil))
            if let kept = to.sequences.first(where: { $0.name == sequence.name }), kept.ownedBy == sequence.ownedBy {
                diff.changes.append(.setSequenceOwner(sequence.name, kept.ownedBy))
            }
        }
        rebuildDependentForeignKeys(into: &diff)
    }

    /// The sequence of a serial column of a renamed table, or a renamed serial column, takes
    /// the name `serial` would give it now (`audit_logs_id_seq`), so that the database keeps
    /// what the declaration says. (A table moved to another schema takes its sequences along.)
    private func renameSerialSequences(of table: TableDefinition, into diff: inout SchemaDiff) {
        let formerTable = renames.tables[table.name] ?? table.name
        let formerColumns = renames.columns[table.name] ?? [:]
        for column in table.columns where column.type.isSerial {
            let former = ObjectName.make(formerTable.name, formerColumns[column.name] ?? column.name, label: "seq")
            let current = ObjectName.make(table.name.name, column.name, label: "seq")
            if former != current, to.table(named: table.name)?.column(named: column.name)?.type.isSerial == true {
                diff.changes.append(.renameSequence(QualifiedName(former, schema: table.name.schema), to: current))
            }
        }
    }

    private func diffColumns(_ previous: TableDefinition, _ table: TableDefinition, into diff: inout SchemaDiff) {
        let name = table.name
        let added = table.columns.filter { previous.column(named: $0.name) == nil }
        let dropped = previous.columns.filter { table.column(named: $0.name) == nil }
        for column in dropped {
            diff.changes.append(.dropColumn(name, column))
            let change = DestructiveChange.dropColumn(name, column.name)
            diff.destructive.append(change)
            if !allowed.contains(change), let twin = added.first(where: { $0.type.storageType.canonical == column.type.storageType.canonical }) {
                diff.suspectedRenames.append(.init(
                    what: "column \"\(name)\".\"\(column.name)\" removed and \"\(twin.name)\" added with the same type",
                    hint: "Column(\"\(twin.name)\", ...).renamed(from: \"\(column.name)\")",
                    allowance: change.allowance))
            }
        }
        for column in added {
            diff.changes.append(.addColumn(name, column))
            if !column.isNullable, column.defaultValue == nil, column.identity == nil, column.generatedExpression == nil, !column.type.isSerial {
                diff.destructive.append(.addRequiredColumn(name, column.name))
            }
            if let comment = column.comment { diff.changes.append(.commentOnColumn(name, column: column.name, comment)) }
        }
        for column in table.columns {
            guard let before = previous.column(named: column.name) else { continue }
            diffColumn(before, column, in: name, into: &diff)
        }
    }

    private func diffColumn(_ before: ColumnDefinition, _ column: ColumnDefinition, in table: QualifiedName, into diff: inout SchemaDiff) {
        if before.generatedExpression != column.generatedExpression {
            if column.generatedExpression == nil {
                diff.changes.append(.dropExpression(table, column: column.name))
            } else {
                // A new or changed generation expression: PostgreSQL can only add the column again.
                diff.changes.append(.dropColumn(table, before))
                diff.changes.append(.addColumn(table, column))
                if before.generatedExpression == nil { diff.destructive.append(.dropColumn(table, column.name)) }
                return
            }
        }
        let typeChanged = before.type.storageType.canonical != column.type.storageType.canonical
        if before.type.isSerial, !column.type.isSerial { diff.changes.append(.dropSerial(table, column: column.name)) }
        let oldDefault = before.defaultValue?.normalized(for: before.type)
        let newDefault = column.defaultValue?.normalized(for: column.type)
        if oldDefault != nil, typeChanged || newDefault == nil {
            diff.changes.append(.dropDefault(table, column: column.name))
        }
        if typeChanged {
            diff.changes.append(.alterColumnType(table, column: column.name, from: before.type, to: column.type))
            if !TypeConversion(from: before.type, to: column.type).isLossless { diff.destructive.append(.narrowType(table, column.name)) }
        }
        // A new type brings its own storage, compression and collation: a column's own are set again.
        if before.storage != column.storage || typeChanged && column.storage != nil {
            diff.changes.append(.alterStorage(table, column: column.name, column.type, column.storage))
        }
        if before.compression != column.compression || typeChanged && column.compression != nil {
            diff.changes.append(.alterCompression(table, column: column.name, column.compression))
        }
        if before.collation != column.collation || typeChanged && column.collation != nil {
            diff.changes.append(.alterCollation(table, column: column.name, column.type, column.collation))
        }
        if let newDefault, typeChanged || oldDefault != newDefault {
            diff.changes.append(.setDefault(table, column: column.name, newDefault))
        }
        if column.type.isSerial {
            if !before.type.isSerial {
                diff.changes.append(.addSerial(table, column: column.name, column.type))
            } else if before.type != column.type {
                diff.changes.append(.alterSerial(table, column: column.name, column.type))
            }
        }
        // An identity column cannot drop NOT NULL: the identity goes first.
        if before.identity != nil, column.identity == nil { diff.changes.append(.dropIdentity(table, column: column.name)) }
        if before.isNullable != column.isNullable {
            if column.isNullable {
                diff.changes.append(.dropNotNull(table, column: column.name))
            } else if before.identity == nil, column.identity == nil || before.identity != nil {
                diff.changes.append(.setNotNull(table, column: column.name))
                diff.destructive.append(.setNotNull(table, column.name))
            }
        }
        switch (before.identity, column.identity) {
        case (nil, let identity?):
            if before.isNullable { diff.changes.append(.setNotNull(table, column: column.name)) }
            diff.changes.append(.addIdentity(table, column: column.name, identity))
        case (let old?, let new?) where old != new: diff.changes.append(.alterIdentity(table, column: column.name, new))
        default: break
        }
        if before.comment != column.comment { diff.changes.append(.commentOnColumn(table, column: column.name, column.comment)) }
    }

    private func diffKeys(_ previous: TableDefinition, _ table: TableDefinition, into diff: inout SchemaDiff) {
        let name = table.name
        var previous = previous
        // Storage parameters alone change without a rebuild.
        previous.primaryKey = previous.primaryKey.map {
            restoringStorage($0, to: table.primaryKey.map { [$0] } ?? [], in: name, \.name, \.storageParameters, into: &diff)
        }
        previous.uniques = previous.uniques.map { restoringStorage($0, to: table.uniques, in: name, \.name, \.storageParameters, into: &diff) }
        previous.indexes = previous.indexes.map { restoringStorage($0, to: table.indexes, in: name, \.name, \.storageParameters, into: &diff) }
        adoptIndexes(&previous, as: table, into: &diff)
        switch (previous.primaryKey, table.primaryKey) {
        case (var old?, let new?) where old.name != new.name && { old.name = new.name; return old == new }():
            diff.changes.append(.renameConstraint(name, from: previous.primaryKey!.name, to: new.name))
        case (let old, let new) where old != new:
            if let old { diff.changes.append(.dropPrimaryKey(name, old)) }
            if let new { diff.changes.append(.addPrimaryKey(name, new)) }
        default: break
        }
        matchByName(previous.uniques, table.uniques, \.name, rename: { .renameConstraint(name, from: $0, to: $1) },
                    drop: { .dropUnique(name, $0) }, add: { .addUnique(name, $0) }, into: &diff)
        let checks = validating(previous.checks, to: table.checks, in: name, \.name, \.notValid, into: &diff)
        matchByName(previous.exclusions ?? [], table.exclusions ?? [], \.name, rename: { .renameConstraint(name, from: $0, to: $1) },
                    drop: { .dropExclusion(name, $0) }, add: { .addExclusion(name, $0) }, into: &diff)
        matchByName(checks, table.checks, \.name, rename: { .renameConstraint(name, from: $0, to: $1) },
                    drop: { .dropCheck(name, $0) }, add: { .addCheck(name, $0) }, into: &diff)
        let foreignKeys = validating(previous.foreignKeys.map(\.constraint), to: table.foreignKeys.map(\.constraint), in: name, \.name, \.notValid, into: &diff)
            .map { key in
                alteringInPlace(key, to: table.foreignKeys.map(\.constraint), \.name, \.deferrable, into: &diff) { _, deferrable in
                    .alterForeignKeyDeferrability(name, key.name, deferrable)
                }
            }
        matchByName(foreignKeys, table.foreignKeys.map(\.constraint), \.name, rename: { .renameConstraint(name, from: $0, to: $1) },
                    drop: { .dropForeignKey(name, $0) }, add: { .addForeignKey(name, $0) }, into: &diff)
        matchByName(previous.indexes, table.indexes, \.name, rename: { .renameIndex(name, from: $0, to: $1) },
                    drop: { .dropIndex(name, $0) }, add: { .createIndex(name, $0) }, into: &diff)
        if previous.comment != table.comment { diff.changes.append(.commentOnTable(name, table.comment)) }
    }

    /// A unique index that goes away while a key over the same columns with the same index
    /// settings comes: the index becomes the key (`ADD CONSTRAINT ... USING INDEX`) instead of
    /// being dropped while another is built. `previous` is left with the key in its place.
    private func adoptIndexes(_ previous: inout TableDefinition, as table: TableDefinition, into diff: inout SchemaDiff) {
        func adoptable(_ index: IndexDefinition, columns: [String], include: [String]?, nullsNotDistinct: Bool, storage: [String: String]?) -> Bool {
            index.isUnique && index.method == .btree && index.predicate == nil && table.indexes.allSatisfy { $0.name != index.name }
                && index.keys.allSatisfy { $0.column != nil && $0.collation == nil && $0.operatorClass == nil && $0.order == nil && $0.nulls == nil }
                && index.keys.compactMap(\.column) == columns && index.include == (include ?? []) && index.nullsNotDistinct == nullsNotDistinct
                && index.storageParameters == storage
        }
        if previous.primaryKey == nil, let key = table.primaryKey,
           let position = previous.indexes.firstIndex(where: { adoptable($0, columns: key.columns, include: key.include, nullsNotDistinct: false, storage: key.storageParameters) }) {
            diff.changes.append(.adoptIndex(table.name, index: previous.indexes[position].name, .primaryKey(key)))
            previous.indexes.remove(at: position)
            previous.primaryKey = key
        }
        for unique in table.uniques where !previous.uniques.contains(where: { $0.name == unique.name }) {
            guard let position = previous.indexes.firstIndex(where: {
                adoptable($0, columns: unique.columns, include: unique.include, nullsNotDistinct: unique.nullsNotDistinct, storage: unique.storageParameters)
            }) else { continue }
            diff.changes.append(.adoptIndex(table.name, index: previous.indexes[position].name, .unique(unique)))
            previous.indexes.remove(at: position)
            previous.uniques.append(unique)
        }
    }

    /// An object whose counterpart of the same name differs only in `property`, which
    /// PostgreSQL can alter in place (an index's storage parameters, a foreign key's
    /// deferrability): `change(old, new)` instead of a drop and an add. Returns the object
    /// with the target's value.
    private func alteringInPlace<Object: Hashable, Value: Equatable>(
        _ object: Object, to new: [Object], _ name: KeyPath<Object, String>, _ property: WritableKeyPath<Object, Value>,
        into diff: inout SchemaDiff, change: (Value, Value) -> SchemaChange
    ) -> Object {
        guard let counterpart = new.first(where: { $0[keyPath: name] == object[keyPath: name] }),
              counterpart[keyPath: property] != object[keyPath: property] else { return object }
        var adjusted = object
        adjusted[keyPath: property] = counterpart[keyPath: property]
        guard adjusted == counterpart else { return object }
        diff.changes.append(change(object[keyPath: property], counterpart[keyPath: property]))
        return adjusted
    }

    /// ``alteringInPlace(_:to:_:_:into:change:)`` for storage parameters: `ALTER INDEX ... SET`.
    private func restoringStorage<Object: Hashable>(
        _ object: Object, to new: [Object], in table: QualifiedName, _ name: KeyPath<Object, String>,
        _ storage: WritableKeyPath<Object, [String: String]?>, into diff: inout SchemaDiff
    ) -> Object {
        alteringInPlace(object, to: new, name, storage, into: &diff) {
            .alterIndexStorage(table, index: object[keyPath: name], from: $0 ?? [:], to: $1 ?? [:])
        }
    }

    /// Constraints left NOT VALID that the target has validated and otherwise the same:
    /// `VALIDATE CONSTRAINT` instead of a drop and an add. Returns `old` with those validated.
    private func validating<Constraint: Hashable>(
        _ old: [Constraint], to new: [Constraint], in table: QualifiedName, _ name: KeyPath<Constraint, String>,
        _ notValid: WritableKeyPath<Constraint, Bool?>, into diff: inout SchemaDiff
    ) -> [Constraint] {
        old.map { constraint in
            guard constraint[keyPath: notValid] == true else { return constraint }
            var validated = constraint
            validated[keyPath: notValid] = nil
            guard new.contains(validated) else { return constraint }
            diff.changes.append(.validateConstraint(table, validated[keyPath: name]))
            return validated
        }
    }

    /// Objects matched by name; an unmatched old one equal to an unmatched new one but for its
    /// name is renamed rather than dropped and added.
    func matchByName<Object: Hashable>(
        _ old: [Object], _ new: [Object], _ name: WritableKeyPath<Object, String>,
        rename: (String, String) -> SchemaChange, drop: (Object) -> SchemaChange, add: (Object) -> SchemaChange,
        into diff: inout SchemaDiff
    ) {
        var unmatchedNew = new.filter { object in !old.contains { $0[keyPath: name] == object[keyPath: name] } }
        for object in old {
            if let counterpart = new.first(where: { $0[keyPath: name] == object[keyPath: name] }) {
                if counterpart != object {
                    diff.changes.append(drop(object))
                    diff.changes.append(add(counterpart))
                }
                continue
            }
            var unnamed = object
            if let index = unmatchedNew.firstIndex(where: { candidate in
                unnamed[keyPath: name] = candidate[keyPath: name]
                return unnamed == candidate
            }) {
                diff.changes.append(rename(object[keyPath: name], unmatchedNew[index][keyPath: name]))
                unmatchedNew.remove(at: index)
            } else {
                diff.changes.append(drop(object))
            }
        }
        for object in unmatchedNew { diff.changes.append(add(object)) }
    }

    /// A foreign key that stays but whose referenced key is dropped, or whose columns change
    /// type, must be dropped first and added again after.
    private func rebuildDependentForeignKeys(into diff: inout SchemaDiff) {
        var droppedKeys: Set<KeyColumns> = []
        var retyped: Set<KeyColumns> = []
        var touched: Set<String> = []
        for change in diff.changes {
            switch change {
            case .dropPrimaryKey(let table, let key): droppedKeys.insert(KeyColumns(table: table, columns: Set(key.columns)))
            // A table built again: foreign keys to it go while it is dropped.
            case .dropTable(let table) where to.table(named: table.name) != nil:
                droppedKeys.formUnion(([table.primaryKey?.columns].compactMap { $0 } + table.uniques.map(\.columns)
                    + table.indexes.filter(\.isUnique).map { $0.keys.compactMap(\.column) }).map { KeyColumns(table: table.name, columns: Set($0)) })
            case .dropUnique(let table, let unique): droppedKeys.insert(KeyColumns(table: table, columns: Set(unique.columns)))
            case .dropIndex(let table, let index) where index.isUnique:
                droppedKeys.insert(KeyColumns(table: table, columns: Set(index.keys.compactMap(\.column))))
            case .alterColumnType(let table, let column, _, _): retyped.insert(KeyColumns(table: table, columns: [column]))
            case .dropForeignKey(let table, let key), .addForeignKey(let table, let key): touched.insert("\(table).\(key.name)")
            default: break
            }
        }
        guard !droppedKeys.isEmpty || !retyped.isEmpty else { return }
        for table in to.tables {
            for key in table.foreignKeys.map(\.constraint) where !touched.contains("\(table.name).\(key.name)") {
                let references = KeyColumns(table: key.referencedTable, columns: Set(key.referencedColumns))
                let retypedHere = key.columns.contains { retyped.contains(KeyColumns(table: table.name, columns: [$0])) }
                    || key.referencedColumns.contains { retyped.contains(KeyColumns(table: key.referencedTable, columns: [$0])) }
                if droppedKeys.contains(references) || retypedHere {
                    diff.changes.append(.dropForeignKey(table.name, key))
                    diff.changes.append(.addForeignKey(table.name, key))
                }
            }
        }
    }

    private struct KeyColumns: Hashable {
        let table: QualifiedName
        let columns: Set<String>
    }
}

extension Differ {
    /// The renames (`[new: former]`) as statements can run them one after another: a rename
    /// into a name another rename frees waits for it (`b → c` before `a → b`), and a cycle (a
    /// swap `a` ↔ `b`) goes through a name no column has (`a → a_schemagen_swap`, `b → a`,
    /// `a_schemagen_swap → b`). Deterministic: by new name where there is a choice.
    static func renameOrder(_ renames: [String: String], taken: Set<String>) -> [(from: String, to: String)] {
        var pending = renames.map { (from: $0.value, to: $0.key) }.sorted { $0.to < $1.to }
        var ordered: [(from: String, to: String)] = []
        var used = taken
        while !pending.isEmpty {
            let sources = Set(pending.map(\.from))
            if let ready = pending.firstIndex(where: { !sources.contains($0.to) }) {
                ordered.append(pending.remove(at: ready))
                continue
            }
            // Every target is still some column's name: a cycle. Park one column aside.
            var parking = pending[0].from + "_schemagen_swap"
            while used.contains(parking) { parking += "_" }
            used.insert(parking)
            ordered.append((pending[0].from, parking))
            pending[0].from = parking
        }
        return ordered
    }
}
