extension Differ {
    /// New, dropped and changed sequences: options altered in place, ownership moved.
    func diffSequences(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        let before = Dictionary(old.sequences.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(to.sequences.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for sequence in to.sequences {
            guard let previous = before[sequence.name] else {
                diff.changes.append(.createSequence(sequence))
                if let owner = sequence.ownedBy { diff.changes.append(.setSequenceOwner(sequence.name, owner)) }
                if let comment = sequence.comment { diff.changes.append(.commentOn(.sequence(sequence.name), comment)) }
                continue
            }
            var (options, previousOptions) = (sequence.normalized, previous.normalized)
            (options.ownedBy, options.comment, previousOptions.ownedBy, previousOptions.comment) = (nil, nil, nil, nil)
            if options != previousOptions { diff.changes.append(.alterSequence(from: previous, to: sequence)) }
            if previous.ownedBy != sequence.ownedBy { diff.changes.append(.setSequenceOwner(sequence.name, sequence.ownedBy)) }
            if previous.comment != sequence.comment { diff.changes.append(.commentOn(.sequence(sequence.name), sequence.comment)) }
        }
        for sequence in old.sequences where after[sequence.name] == nil { diff.changes.append(.dropSequence(sequence)) }
    }

    /// New, dropped and changed functions, by signature: replaced where PostgreSQL can, dropped
    /// and created again where it cannot (``rebuildDependents(_:into:)`` rebuilds what uses them).
    func diffFunctions(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        let before = Dictionary(old.functions.map { ($0.signature, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(to.functions.map { ($0.signature, $0) }, uniquingKeysWith: { first, _ in first })
        for function in to.functions {
            guard let previous = before[function.signature] else {
                diff.changes.append(.createFunction(function, late: to.isCreatedLate(function)))
                if let comment = function.comment { diff.changes.append(.commentOn(.function(function), comment)) }
                continue
            }
            var (uncommented, previousUncommented) = (function, previous)
            (uncommented.comment, previousUncommented.comment) = (nil, nil)
            if uncommented != previousUncommented {
                if previous.isReplaceable(by: function) {
                    diff.changes.append(.replaceFunction(function))
                } else if previous.isAtomic || to.isCreatedLate(function) {
                    // What a SQL-standard body uses must stand until it is dropped, and what a
                    // late function uses may change before it is created.
                    diff.changes += [.dropFunction(previous, rebuiltAs: function), .createFunction(function, late: true)]
                } else {
                    diff.changes.append(.recreateFunction(from: previous, to: function))
                }
            }
            if previous.comment != function.comment || uncommented != previousUncommented && !previous.isReplaceable(by: function) && function.comment != nil {
                diff.changes.append(.commentOn(.function(function), function.comment))
            }
        }
        for function in old.functions where after[function.signature] == nil { diff.changes.append(.dropFunction(function, rebuiltAs: nil)) }
    }

    /// New, dropped and changed views: dropped in reverse dependency order, created in
    /// dependency order; a changed query replaces a view whose old columns stay first, and
    /// rebuilds it otherwise (a materialized view always).
    func diffViews(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        let before = Dictionary(old.views.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(to.views.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for view in old.viewsInDependencyOrder.reversed() {
            guard let next = after[view.name] else {
                diff.changes.append(.dropView(view))
                continue
            }
            if view.query != next.query || view.isMaterialized != next.isMaterialized, !view.isReplaceable(by: next) {
                diff.changes.append(.dropView(view))
            }
        }
        for view in to.viewsInDependencyOrder {
            guard let previous = before[view.name] else {
                createView(view, into: &diff)
                continue
            }
            if previous.query != view.query || previous.isMaterialized != view.isMaterialized {
                if previous.isReplaceable(by: view) {
                    diff.changes.append(.replaceView(view))
                } else {
                    createView(view, into: &diff)
                    continue
                }
            } else if previous.options != view.options {
                diff.changes.append(.alterViewOptions(view, from: previous.options ?? [:]))
            }
            matchByName(previous.indexes ?? [], view.indexes ?? [], \.name, rename: { .renameIndex(view.name, from: $0, to: $1) },
                        drop: { .dropIndex(view.name, $0) }, add: { .createIndex(view.name, $0) }, into: &diff)
            if previous.comment != view.comment { diff.changes.append(.commentOn(.view(view), view.comment)) }
        }
    }

    private func createView(_ view: ViewDefinition, into diff: inout SchemaDiff) {
        diff.changes.append(.createView(view))
        for index in view.indexes ?? [] { diff.changes.append(.createIndex(view.name, index)) }
        if let comment = view.comment { diff.changes.append(.commentOn(.view(view), comment)) }
    }

    /// The triggers of one table or view: created, replaced (`CREATE OR REPLACE TRIGGER`),
    /// enabled or disabled, commented and dropped as they differ.
    private func diffTriggers(on name: QualifiedName, from previous: [TriggerDefinition], to triggers: [TriggerDefinition], into diff: inout SchemaDiff) {
        let oldTriggers = Dictionary(previous.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for trigger in triggers {
            guard let before = oldTriggers[trigger.name] else {
                diff.changes.append(.createTrigger(name, trigger))
                if let comment = trigger.comment { diff.changes.append(.commentOn(.trigger(name, trigger.name), comment)) }
                continue
            }
            var (definition, previousDefinition) = (trigger, before)
            (definition.enabled, definition.comment, previousDefinition.enabled, previousDefinition.comment) = (.origin, nil, .origin, nil)
            let replaced = definition != previousDefinition
            // A replaced trigger is enabled as declared by the statements that replace it.
            if replaced { diff.changes.append(.replaceTrigger(name, trigger)) }
            if before.enabled != trigger.enabled, !replaced || trigger.enabled == .origin {
                diff.changes.append(.enableTrigger(name, trigger.name, trigger.enabled))
            }
            if before.comment != trigger.comment { diff.changes.append(.commentOn(.trigger(name, trigger.name), trigger.comment)) }
        }
        for trigger in previous where !triggers.contains(where: { $0.name == trigger.name }) {
            diff.changes.append(.dropTrigger(name, trigger))
        }
    }

    /// A view dropped and created again loses its triggers with it: they are created again
    /// after it, as declared, instead of being changed or dropped.
    func recreateTriggersOfRebuiltViews(into diff: inout SchemaDiff) {
        let dropped = Set(diff.changes.compactMap { if case .dropView(let view) = $0 { view.name } else { nil } })
        let rebuilt = diff.changes.compactMap { if case .createView(let view) = $0, dropped.contains(view.name) { view } else { nil } }
        for view in rebuilt {
            diff.changes.removeAll { change in
                switch change {
                case .createTrigger(view.name, _), .replaceTrigger(view.name, _), .dropTrigger(view.name, _), .enableTrigger(view.name, _, _),
                     .commentOn(.trigger(view.name, _), _): true
                default: false
                }
            }
            for trigger in view.triggers ?? [] {
                diff.changes.append(.createTrigger(view.name, trigger))
                if let comment = trigger.comment { diff.changes.append(.commentOn(.trigger(view.name, trigger.name), comment)) }
            }
        }
    }

    /// Row-level security, policies and triggers of the tables of `to`, and the triggers of its
    /// views: all of a new one's, the differences of a kept one's. A dropped table or view
    /// takes its own with it.
    func diffTriggersAndPolicies(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        for view in to.views where !view.isMaterialized {
            let previous = old.views.first { $0.name == view.name && !$0.isMaterialized }
            diffTriggers(on: view.name, from: previous?.triggers ?? [], to: view.triggers ?? [], into: &diff)
        }
        for table in to.tables {
            // A table built again has none of its triggers and policies.
            let previous = old.table(named: table.name).flatMap { Self.isRepartitioned($0, table) ? nil : $0 }
            let name = table.name
            if previous?.rowSecurity ?? RowSecurity(isEnabled: false) != table.rowSecurity ?? RowSecurity(isEnabled: false) {
                diff.changes.append(.alterRowSecurity(name, from: previous?.rowSecurity, to: table.rowSecurity))
            }
            diffTriggers(on: name, from: previous?.triggers ?? [], to: table.triggers ?? [], into: &diff)
            let oldPolicies = Dictionary((previous?.policies ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for policy in table.policies ?? [] {
                guard let before = oldPolicies[policy.name] else {
                    diff.changes.append(.createPolicy(name, policy))
                    if let comment = policy.comment { diff.changes.append(.commentOn(.policy(name, policy.name), comment)) }
                    continue
                }
                var (definition, previousDefinition) = (policy, before)
                (definition.comment, previousDefinition.comment) = (nil, nil)
                if definition != previousDefinition {
                    // ALTER POLICY changes roles and clauses, but neither the command nor the
                    // kind, and cannot take a clause away.
                    if before.command != policy.command || before.isRestrictive != policy.isRestrictive
                        || before.using != nil && policy.using == nil || before.withCheck != nil && policy.withCheck == nil {
                        diff.changes += [.dropPolicy(name, before), .createPolicy(name, policy)]
                        if let comment = policy.comment { diff.changes.append(.commentOn(.policy(name, policy.name), comment)) }
                        continue
                    }
                    diff.changes.append(.alterPolicy(name, policy))
                }
                if before.comment != policy.comment { diff.changes.append(.commentOn(.policy(name, policy.name), policy.comment)) }
            }
            for policy in previous?.policies ?? [] where !(table.policies ?? []).contains(where: { $0.name == policy.name }) {
                diff.changes.append(.dropPolicy(name, policy))
            }
        }
    }
}

extension ViewDefinition {
    /// Whether `CREATE OR REPLACE VIEW` can turn this view into `other`: both plain views whose
    /// columns are known, the old ones first in the new one with the same names and types.
    func isReplaceable(by other: ViewDefinition) -> Bool {
        guard !isMaterialized, !other.isMaterialized, let columns, let newColumns = other.columns, newColumns.count >= columns.count else { return false }
        return zip(columns, newColumns).allSatisfy { $0.name == $1.name && $0.type.canonical == $1.type.canonical }
    }
}
