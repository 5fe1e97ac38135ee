extension Differ {
    /// What PostgreSQL will not let a change pull from under it is dropped before the change
    /// and created again after it, in the same transaction. There is no `CASCADE`. The changes
    /// are a column dropped or changing type, a table built again, a function dropped and
    /// created again (or replaced by another signature of its name), a type built again, and
    /// a view or function rebuilt for one of them. What they pull from under:
    /// - a view, and a function whose SQL-standard body or signature uses one;
    /// - a trigger (of a table or view) whose `WHEN` or `UPDATE OF` names such a column, or that
    ///   runs such a function;
    /// - a policy that names such a column, a table with one, or such a function;
    /// - a default, check or index that calls such a function.
    ///
    /// What an object uses is what `pg_depend` records for a database
    /// (``SchemaDefinition/dependencies``), the names its SQL mentions for a declaration.
    /// Views and functions are then dropped in reverse dependency order and created in
    /// dependency order.
    func rebuildDependents(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        var changed = ChangedObjects()
        for change in diff.changes { changed.record(change, target: to) }
        changed.views = Set(changed.droppedViews.intersection(changed.createdViews).map(\.name))
        guard !changed.isEmpty else { return }
        func usesChange(_ object: SourcePath, sql: String, table: QualifiedName? = nil, callsOnly: Bool = false) -> Bool {
            changed.isUsed(by: object, sql: sql, table: table, callsOnly: callsOnly, in: old)
        }

        rebuildFunctions(old, into: &diff, changed: &changed)
        // Views, in dependency order, so that a view over a rebuilt view is rebuilt too.
        let targetViews = Dictionary(to.views.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for view in old.viewsInDependencyOrder {
            guard let target = targetViews[view.name], !changed.droppedViews.contains(view.name),
                  usesChange(.view(view.name), sql: view.query) else { continue }
            diff.changes.removeAll { change in
                switch change {
                case .replaceView(let replaced), .alterViewOptions(let replaced, _): replaced.name == view.name
                case .createIndex(view.name, _), .dropIndex(view.name, _), .renameIndex(view.name, _, _): true
                default: false
                }
            }
            diff.changes += [.dropView(view), .createView(target)] + (target.indexes ?? []).map { .createIndex(target.name, $0) }
            changed.droppedViews.insert(view.name)
            if let comment = target.comment { diff.changes.append(.commentOn(.view(target), comment)) }
            changed.views.insert(view.name.name)
        }
        // Functions reading a view rebuilt just now.
        rebuildFunctions(old, into: &diff, changed: &changed)

        func rebuildTriggers(on relation: QualifiedName, from previous: [TriggerDefinition], to triggers: [TriggerDefinition]) {
            for trigger in triggers where !changed.touched.contains("trigger \(relation) \(trigger.name)") {
                guard let before = previous.first(where: { $0.name == trigger.name }),
                      usesChange(.trigger(relation, trigger.name), sql: ([before.when ?? "", SQLIdentifier.quote(before.function)] + before.updateColumns.map(SQLIdentifier.quote)).joined(separator: " "), table: relation)
                else { continue }
                diff.changes.removeAll { change in
                    switch change {
                    case .replaceTrigger(relation, let replaced): replaced.name == trigger.name
                    case .enableTrigger(relation, trigger.name, _): true
                    default: false
                    }
                }
                diff.changes += [.dropTrigger(relation, before), .createTrigger(relation, trigger)]
            }
        }
        // A view's triggers, unless it is built again (and they with it).
        for view in to.views where !changed.droppedViews.contains(view.name) {
            guard let previous = old.views.first(where: { $0.name == view.name }) else { continue }
            rebuildTriggers(on: view.name, from: previous.triggers ?? [], to: view.triggers ?? [])
        }
        for table in to.tables {
            guard let previous = old.table(named: table.name), !Self.isRepartitioned(previous, table) else { continue }
            rebuildTriggers(on: table.name, from: previous.triggers ?? [], to: table.triggers ?? [])
            for policy in table.policies ?? [] where !changed.touched.contains("policy \(table.name) \(policy.name)") {
                guard let before = previous.policies?.first(where: { $0.name == policy.name }),
                      usesChange(.policy(table.name, policy.name), sql: (before.using ?? "") + " " + (before.withCheck ?? ""), table: table.name) else { continue }
                diff.changes.removeAll { if case .alterPolicy(table.name, let altered) = $0 { altered.name == policy.name } else { false } }
                diff.changes += [.dropPolicy(table.name, before), .createPolicy(table.name, policy)]
            }
            guard !changed.functions.isEmpty || !changed.types.isEmpty else { continue }
            for column in table.columns where !changed.touched.contains("default \(table.name) \(column.name)") {
                guard let value = column.defaultValue, let before = previous.column(named: column.name)?.defaultValue,
                      usesChange(.column(table.name, column.name), sql: before.sql, callsOnly: true) else { continue }
                diff.changes += [.dropDefault(table.name, column: column.name), .setDefault(table.name, column: column.name, value)]
            }
            for check in table.checks where !changed.touched.contains("check \(table.name) \(check.name)") {
                guard let before = previous.checks.first(where: { $0.name == check.name }),
                      usesChange(.constraint(table.name, check.name), sql: before.expression, callsOnly: true) else { continue }
                diff.changes += [.dropCheck(table.name, before), .addCheck(table.name, check)]
            }
            for index in table.indexes where !changed.touched.contains("index \(table.name) \(index.name)") {
                guard let before = previous.indexes.first(where: { $0.name == index.name }), let sql = before.expressionSQL,
                      usesChange(.index(table.name, index.name), sql: sql, callsOnly: true) else { continue }
                diff.changes += [.dropIndex(table.name, before), .createIndex(table.name, index)]
            }
        }
    }

    /// Functions kept by signature that use a change, until none is left: dropped with the
    /// views and created again with them (after the change), their names changed for what
    /// calls them.
    private func rebuildFunctions(_ old: SchemaDefinition, into diff: inout SchemaDiff, changed: inout ChangedObjects) {
        let targets = Dictionary(to.functions.map { ($0.signature, $0) }, uniquingKeysWith: { first, _ in first })
        var rebuilt = true
        while rebuilt {
            rebuilt = false
            for function in old.functions where !changed.touched.contains("function \(function.signature)") {
                guard let target = targets[function.signature] else { continue }
                guard changed.isUsed(by: .function(function.signature), sql: function.usingSQL, in: old) else { continue }
                diff.changes.removeAll { if case .replaceFunction(let replaced) = $0 { replaced.signature == function.signature } else { false } }
                diff.changes += [.dropFunction(function, rebuiltAs: target), .createFunction(target, late: true)]
                if let comment = target.comment { diff.changes.append(.commentOn(.function(target), comment)) }
                changed.touched.insert("function \(function.signature)")
                changed.functions.insert(function.name.name)
                rebuilt = true
            }
        }
    }

    /// A new table's defaults and checks that call a function created late, with the views:
    /// set and added once it is.
    ///
    /// ```sql
    /// CREATE TABLE t (id integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));
    /// CREATE FUNCTION next_id() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT ...; END;
    /// ALTER TABLE t ALTER COLUMN id SET DEFAULT next_id();
    /// ```
    func deferCallsToLateFunctions(into diff: inout SchemaDiff) {
        let late = Set(diff.changes.compactMap { if case .createFunction(let function, late: true) = $0 { function.name.name } else { nil } })
        guard !late.isEmpty else { return }
        func callsLate(_ sql: String) -> Bool { !SQLExpression.mentionedNames(sql).isDisjoint(with: late) }
        for index in diff.changes.indices {
            guard case .createTable(var table) = diff.changes[index] else { continue }
            for position in table.columns.indices {
                guard let value = table.columns[position].defaultValue, callsLate(value.sql) else { continue }
                table.columns[position].defaultValue = nil
                diff.changes.append(.setDefault(table.name, column: table.columns[position].name, value))
            }
            let (deferred, kept) = (table.checks.filter { callsLate($0.expression) }, table.checks.filter { !callsLate($0.expression) })
            table.checks = kept
            diff.changes += deferred.map { .addCheck(table.name, $0) }
            diff.changes[index] = .createTable(table)
        }
    }

    /// View and rebuilt function drops in reverse dependency order of `old`; view creations
    /// and replacements, and late function creations, in dependency order of `to`; each kind
    /// in the places its changes held.
    func orderViewsAndFunctions(_ old: SchemaDefinition, in diff: inout SchemaDiff) {
        func ranks(_ schema: SchemaDefinition) -> [SourcePath: Int] {
            Dictionary(schema.viewsAndFunctionsInDependencyOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let (dropOrder, createOrder) = (ranks(old), ranks(to))
        func reorder(_ rank: (SchemaChange) -> Int?) {
            let slots = diff.changes.indices.filter { rank(diff.changes[$0]) != nil }
            let sorted = slots.map { diff.changes[$0] }.enumerated().sorted { (rank($0.element)!, $0.offset) < (rank($1.element)!, $1.offset) }.map(\.element)
            for (slot, change) in zip(slots, sorted) { diff.changes[slot] = change }
        }
        reorder { change in
            switch change {
            case .dropView(let view): -(dropOrder[.view(view.name)] ?? 0)
            case .dropFunction(let function, rebuiltAs: .some): -(dropOrder[.function(function.signature)] ?? 0)
            default: nil
            }
        }
        reorder { change in
            switch change {
            case .createView(let view), .replaceView(let view): createOrder[.view(view.name)] ?? 0
            case .createFunction(let function, late: true): createOrder[.function(function.signature)] ?? 0
            default: nil
            }
        }
    }
}

/// What the changes of a diff take from under the objects that use them
/// (``Differ/rebuildDependents(_:into:)``).
private struct ChangedObjects {
    /// Columns dropped or changing type or collation, and every column of a table built again.
    var columns: [QualifiedName: Set<String>] = [:]
    /// Tables dropped to be created again (partitioned otherwise): what uses them whole goes first.
    var tables: Set<QualifiedName> = []
    /// Names of functions dropped to be created again.
    var functions: Set<String> = []
    /// Names of views dropped to be created again.
    var views: Set<String> = []
    /// Types dropped to be created again.
    var types: Set<QualifiedName> = []
    var droppedViews: Set<QualifiedName> = []
    var createdViews: Set<QualifiedName> = []
    /// Triggers, policies, defaults, checks, indexes and functions the diff already drops or sets.
    var touched: Set<String> = []

    var isEmpty: Bool { columns.isEmpty && functions.isEmpty && views.isEmpty && types.isEmpty }

    /// Whether `object` of `old` uses a changed column, table, function, type or view. Its own
    /// table's columns count only for a trigger or policy (PostgreSQL rebuilds an index, check
    /// or default itself), and a default, check or index is read for the functions it calls
    /// only (`callsOnly`): a table's name in it is a column's.
    func isUsed(by object: SourcePath, sql: String, table: QualifiedName? = nil, callsOnly: Bool = false, in old: SchemaDefinition) -> Bool {
        if let recorded = old.recordedDependencies(of: object) {
            return recorded.columns.contains { columns[$0.table]?.contains($0.column) == true }
                || recorded.relations.contains { tables.contains($0) || views.contains($0.name) }
                || recorded.functions.contains { functions.contains($0.name) } || recorded.types.contains { types.contains($0) }
        }
        let names = SQLExpression.mentionedNames(sql)
        if callsOnly { return !names.isDisjoint(with: functions) }
        if let table, !names.isDisjoint(with: columns[table] ?? []) { return true }
        let others = names.subtracting([table?.name].compactMap { $0 })
        return [Set(columns.keys.map(\.name)), functions, views, Set(types.map(\.name))].contains { !others.isDisjoint(with: $0) }
    }

    mutating func record(_ change: SchemaChange, target: SchemaDefinition) {
        switch change {
        // Dropped for good: what uses it goes too, or is refused. A view dropped to be created
        // again is one of `views`.
        case .dropTable(let table) where target.table(named: table.name) == nil: break
        case .dropView, .dropEnum, .dropDomain, .dropCompositeType: break
        // Another signature of the same name: what calls the old one is made again, so that it
        // calls the new one and the old one can go.
        case .dropFunction(let function, _) where !target.functions.contains(where: { $0.name == function.name }): break
        default:
            let taken = change.taken
            for column in taken.columns { columns[column.table, default: []].insert(column.column) }
            tables.formUnion(taken.relations)
            functions.formUnion(taken.functions.map(\.name))
            types.formUnion(taken.types)
        }
        switch change {
        case .createFunction(let function, _), .dropFunction(let function, _), .recreateFunction(let function, _): touched.insert("function \(function.signature)")
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
}
