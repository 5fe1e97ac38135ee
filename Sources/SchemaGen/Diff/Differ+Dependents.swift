extension Differ {
    /// What PostgreSQL will not let a change pull from under it is dropped before the change
    /// and created again after it, in the same transaction. There is no `CASCADE`:
    /// - a view that reads a table whose column is dropped or changes type, a function that is
    ///   dropped and created again (or replaced by another signature of its name), or a view
    ///   rebuilt for either reason;
    /// - a trigger whose `WHEN` or `UPDATE OF` names such a column, or that runs such a function;
    /// - a policy that names such a column, a table with one, or such a function;
    /// - a default, check or index that calls such a function.
    ///
    /// Views are then dropped in reverse dependency order and created in dependency order.
    func rebuildDependents(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        var changedColumns: [QualifiedName: Set<String>] = [:]
        var functions: Set<String> = []
        var droppedViews: Set<QualifiedName> = []
        var createdViews: Set<QualifiedName> = []
        var touched: Set<String> = []
        // Tables dropped to be created again, and types dropped to be created again: what uses
        // them whole goes first.
        var rebuiltTables: Set<QualifiedName> = []
        var retypedTypes: Set<QualifiedName> = []
        for change in diff.changes {
            switch change {
            case .rebuildEnum(let type, _, _): retypedTypes.insert(type.name)
            case .recreateDomain(let domain, _): retypedTypes.insert(domain.name)
            case .recreateCompositeType(let type, _): retypedTypes.insert(type.name)
            default: break
            }
            switch change {
            case .dropColumn(let table, let column): changedColumns[table, default: []].insert(column.name)
            // A table built again (partitioned otherwise): what reads any of its columns.
            case .dropTable(let table) where to.table(named: table.name) != nil:
                changedColumns[table.name, default: []].formUnion(table.columns.map(\.name))
                rebuiltTables.insert(table.name)
            case .alterColumnType(let table, let column, _, _), .alterCollation(let table, let column, _, _): changedColumns[table, default: []].insert(column)
            case .rebuildEnum(_, _, let uses): for use in uses { changedColumns[use.table, default: []].insert(use.column) }
            case .recreateFunction(let function, _): functions.insert(function.name.name)
            // Another signature of the same name: what calls the old one is made again, so
            // that it calls the new one and the old one can go.
            case .dropFunction(let function) where to.functions.contains(where: { $0.name == function.name }): functions.insert(function.name.name)
            case .dropView(let view): droppedViews.insert(view.name)
            case .createView(let view): createdViews.insert(view.name)
            case .dropTrigger(let table, let trigger): touched.insert("trigger \(table) \(trigger.name)")
            case .dropPolicy(let table, let policy): touched.insert("policy \(table) \(policy.name)")
            case .dropDefault(let table, let column), .setDefault(let table, let column, _): touched.insert("default \(table) \(column)")
            case .dropCheck(let table, let check), .addCheck(let table, let check): touched.insert("check \(table) \(check.name)")
            case .dropIndex(let table, let index), .createIndex(let table, let index): touched.insert("index \(table) \(index.name)")
            default: break
            }
        }
        let changedTables = Set(changedColumns.keys.map(\.name))
        guard !changedTables.isEmpty || !functions.isEmpty || !droppedViews.isEmpty || !retypedTypes.isEmpty else { return }
        func mentionsChange(_ names: Set<String>) -> Bool { !names.isDisjoint(with: changedTables) || !names.isDisjoint(with: functions) }
        // A database's view names, from pg_depend, what it used before this migration's renames.
        let newTableNames = Dictionary(renames.tables.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func usesChange(_ view: ViewDefinition, rebuilt: Set<String>) -> Bool {
            guard let uses = view.dependencies else {
                let names = view.mentionedNames
                return mentionsChange(names) || !names.isDisjoint(with: rebuilt)
            }
            return uses.columns.contains { used in
                let table = newTableNames[used.table] ?? used.table
                let column = renames.columns[table]?.first { $0.value == used.column }?.key ?? used.column
                return changedColumns[table]?.contains(column) == true
            }
                || uses.relations.contains { rebuiltTables.contains(newTableNames[$0] ?? $0) || rebuilt.contains($0.name) }
                || uses.functions.contains { functions.contains($0.name) } || uses.types.contains { retypedTypes.contains($0) }
        }

        // Views, in dependency order, so that a view over a rebuilt view is rebuilt too.
        var rebuilt = Set(droppedViews.intersection(createdViews).map(\.name))
        let targetViews = Dictionary(to.views.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for view in old.viewsInDependencyOrder {
            guard let target = targetViews[view.name] else { continue }
            guard !droppedViews.contains(view.name), usesChange(view, rebuilt: rebuilt) else { continue }
            diff.changes.removeAll { change in
                switch change {
                case .replaceView(let replaced), .alterViewOptions(let replaced, _): replaced.name == view.name
                case .createIndex(view.name, _), .dropIndex(view.name, _), .renameIndex(view.name, _, _): true
                default: false
                }
            }
            diff.changes += [.dropView(view), .createView(target)] + (target.indexes ?? []).map { .createIndex(target.name, $0) }
            if let comment = target.comment { diff.changes.append(.commentOn(.view(target), comment)) }
            rebuilt.insert(view.name.name)
        }

        for table in to.tables {
            guard let previous = old.table(named: table.name), !Self.isRepartitioned(previous, table) else { continue }
            let columns = changedColumns[table.name] ?? []
            for trigger in table.triggers ?? [] where !touched.contains("trigger \(table.name) \(trigger.name)") {
                guard let before = previous.triggers?.first(where: { $0.name == trigger.name }) else { continue }
                let names = SQLExpression.mentionedNames(before.when ?? "").union(before.updateColumns)
                guard !names.isDisjoint(with: columns) || functions.contains(before.function.name) else { continue }
                diff.changes.removeAll { change in
                    switch change {
                    case .replaceTrigger(table.name, let replaced): replaced.name == trigger.name
                    case .enableTrigger(table.name, trigger.name, _): true
                    default: false
                    }
                }
                diff.changes += [.dropTrigger(table.name, before), .createTrigger(table.name, trigger)]
            }
            for policy in table.policies ?? [] where !touched.contains("policy \(table.name) \(policy.name)") {
                guard let before = previous.policies?.first(where: { $0.name == policy.name }) else { continue }
                let names = SQLExpression.mentionedNames((before.using ?? "") + " " + (before.withCheck ?? ""))
                guard !names.isDisjoint(with: columns) || mentionsChange(names.subtracting([table.name.name])) else { continue }
                diff.changes.removeAll { if case .alterPolicy(table.name, let altered) = $0 { altered.name == policy.name } else { false } }
                diff.changes += [.dropPolicy(table.name, before), .createPolicy(table.name, policy)]
            }
            guard !functions.isEmpty else { continue }
            for column in table.columns where !touched.contains("default \(table.name) \(column.name)") {
                guard let value = column.defaultValue, let before = previous.column(named: column.name)?.defaultValue,
                      !SQLExpression.mentionedNames(before.sql).isDisjoint(with: functions) else { continue }
                diff.changes += [.dropDefault(table.name, column: column.name), .setDefault(table.name, column: column.name, value)]
            }
            for check in table.checks where !touched.contains("check \(table.name) \(check.name)") {
                guard let before = previous.checks.first(where: { $0.name == check.name }),
                      !SQLExpression.mentionedNames(before.expression).isDisjoint(with: functions) else { continue }
                diff.changes += [.dropCheck(table.name, before), .addCheck(table.name, check)]
            }
            for index in table.indexes where !touched.contains("index \(table.name) \(index.name)") {
                guard let before = previous.indexes.first(where: { $0.name == index.name }) else { continue }
                let text = before.keys.compactMap { if case .expression(let sql) = $0.target { sql } else { nil } }.joined(separator: " ") + " " + (before.predicate ?? "")
                guard !SQLExpression.mentionedNames(text).isDisjoint(with: functions) else { continue }
                diff.changes += [.dropIndex(table.name, before), .createIndex(table.name, index)]
            }
        }
        orderViewChanges(old, in: &diff)
    }

    /// View drops in reverse dependency order of `old`, creations and replacements in
    /// dependency order of `to`, each kind in the places its changes held.
    private func orderViewChanges(_ old: SchemaDefinition, in diff: inout SchemaDiff) {
        let dropOrder = Dictionary(old.viewsInDependencyOrder.reversed().enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let createOrder = Dictionary(to.viewsInDependencyOrder.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        func reorder(_ rank: (SchemaChange) -> Int?) {
            let slots = diff.changes.indices.filter { rank(diff.changes[$0]) != nil }
            let sorted = slots.map { diff.changes[$0] }.enumerated().sorted { (rank($0.element)!, $0.offset) < (rank($1.element)!, $1.offset) }.map(\.element)
            for (slot, change) in zip(slots, sorted) { diff.changes[slot] = change }
        }
        reorder { if case .dropView(let view) = $0 { dropOrder[view.name] ?? 0 } else { nil } }
        reorder { change in
            switch change {
            case .createView(let view), .replaceView(let view): createOrder[view.name] ?? 0
            default: nil
            }
        }
    }
}
