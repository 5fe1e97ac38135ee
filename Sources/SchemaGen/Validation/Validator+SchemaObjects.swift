extension Validator {
    /// Sequences, functions, views, triggers and policies: duplicates, options that cannot
    /// hold together, and references to what is not declared.
    func checkSchemaObjects(into diagnostics: inout [Diagnostic]) {
        for signature in schema.functions.map(\.signature).repeated {
            diagnostics.append(diagnostic(.duplicateFunction, object: signature, at: .function(signature), occurrence: 1,
                                          "function declared more than once with these argument types"))
        }
        for name in schema.sequences.map(\.name).repeated {
            diagnostics.append(diagnostic(.duplicateSequence, object: name.description, at: .sequence(name), occurrence: 1, "sequence declared more than once"))
        }
        for name in schema.views.map(\.name).repeated {
            diagnostics.append(diagnostic(.duplicateView, table: name, at: .view(name), occurrence: 1, "view declared more than once"))
        }
        // Enums, domains, composite types and tables (whose rows are types) share the type names.
        let types = schema.enums.map { ($0.name, "enum") } + schema.domains.map { ($0.name, "domain") }
            + schema.compositeTypes.map { ($0.name, "composite type") } + schema.tables.map { ($0.name, "table") } + schema.views.map { ($0.name, $0.kind) }
        for name in types.map(\.0).repeated where types.filter({ $0.0 == name }).contains(where: { $0.1 == "domain" || $0.1 == "composite type" }) {
            let kinds = types.filter { $0.0 == name }.map(\.1).joined(separator: " and ")
            diagnostics.append(diagnostic(.typeNameClash, object: name.description, at: schema.domains.contains { $0.name == name } ? .domain(name) : .compositeType(name),
                                          "\(kinds) share the name \"\(name)\"; PostgreSQL gives each one type name"))
        }
        for sequence in schema.sequences { checkSequence(sequence, into: &diagnostics) }
        for function in schema.functions { checkFunction(function, into: &diagnostics) }
        for view in schema.views where view.query.trimmingWhitespace.isEmpty || view.query.trimmingWhitespace.hasSuffix(";") {
            diagnostics.append(diagnostic(.invalidView, table: view.name, at: .view(view.name),
                                          "the query of a \(view.kind) must be one SELECT (or VALUES) without a closing ;"))
        }
        for table in schema.tables {
            checkTriggers(table.triggers ?? [], on: table.name, of: table, into: &diagnostics)
            checkPolicies(of: table, into: &diagnostics)
        }
        for view in schema.views { checkTriggers(view.triggers ?? [], on: view.name, of: nil, into: &diagnostics) }
    }

    private func checkSequence(_ sequence: SequenceDefinition, into diagnostics: inout [Diagnostic]) {
        func report(_ message: String) {
            diagnostics.append(diagnostic(.invalidSequence, object: sequence.name.description, at: .sequence(sequence.name), message))
        }
        guard [.smallint, .integer, .bigint].contains(sequence.type.storageType) else {
            return report("a sequence is smallint, integer or bigint, not \(sequence.type.sql)")
        }
        let options = sequence.normalized.options
        let ascending = (options.increment ?? 1) > 0
        let range = Identity.range(of: sequence.type)
        let low = options.minValue ?? (ascending ? 1 : range.lowerBound)
        let high = options.maxValue ?? (ascending ? range.upperBound : -1)
        let start = options.start ?? (ascending ? low : high)
        if sequence.increment == 0 { return report("INCREMENT BY must not be zero") }
        if low >= high { return report("MINVALUE \(low) must be less than MAXVALUE \(high)") }
        if !range.contains(low) || !range.contains(high) { return report("MINVALUE and MAXVALUE must fit in \(sequence.type.storageType.sql)") }
        if start < low || start > high { report("START WITH \(start) is outside MINVALUE \(low) and MAXVALUE \(high)") }
        if let cache = sequence.cache, cache < 1 { report("CACHE must be at least 1") }
        if let owner = sequence.ownedBy, schema.table(named: owner.table)?.column(named: owner.column) == nil {
            diagnostics.append(diagnostic(.sequenceOwnerUnknown, object: sequence.name.description, at: .sequence(sequence.name),
                                          "OWNED BY \(owner.table).\(owner.column): no such column is declared"))
        }
    }

    private func checkFunction(_ function: FunctionDefinition, into diagnostics: inout [Diagnostic]) {
        func report(_ message: String) {
            diagnostics.append(diagnostic(.invalidFunction, object: function.signature, at: .function(function.signature), message))
        }
        if function.language.trimmingWhitespace.isEmpty { report("the language is empty (sql, plpgsql, ...)") }
        if function.body.trimmingWhitespace.isEmpty { report("the body is empty") }
        if function.isAtomic, function.language.lowercased() != "sql" { report("a SQL-standard body (atomic: true) needs language sql") }
        if function.isProcedure, function.arguments.contains(where: { $0.mode == .table }) { report("a procedure returns no table") }
        if function.arguments.contains(where: { $0.mode == .table && $0.name == nil }) { report("a column of RETURNS TABLE needs a name") }
        for name in function.arguments.compactMap(\.name).repeated { report("two arguments are named \"\(name)\"") }
    }

    /// The triggers of a table, or of a view (`table` nil): a view's fire `INSTEAD OF` a row's
    /// change, or `BEFORE` / `AFTER` a statement, and cannot be disabled.
    private func checkTriggers(_ triggers: [TriggerDefinition], on relation: QualifiedName, of table: TableDefinition?, into diagnostics: inout [Diagnostic]) {
        for name in triggers.map(\.name).repeated {
            diagnostics.append(diagnostic(.duplicateTrigger, table: relation, object: name, at: .trigger(relation, name), occurrence: 1,
                                          "two triggers of this \(table == nil ? "view" : "table") are named \"\(name)\""))
        }
        for trigger in triggers {
            func report(_ message: String) {
                diagnostics.append(diagnostic(.invalidTrigger, table: relation, object: trigger.name, at: .trigger(relation, trigger.name), message))
            }
            if trigger.events.isEmpty { report("a trigger fires on at least one of .insert, .update, .delete, .truncate") }
            if trigger.events.contains(.truncate), trigger.forEachRow { report("TRUNCATE fires only FOR EACH STATEMENT: add forEachRow: false") }
            if !trigger.updateColumns.isEmpty, !trigger.events.contains(.update) { report("updateOf needs the .update event") }
            if let table {
                if trigger.timing == .insteadOf { report("INSTEAD OF triggers belong to views; use .before or .after on a table") }
                for column in trigger.updateColumns where table.column(named: column) == nil {
                    report("updateOf names \"\(column)\", which is not a column of the table")
                }
            } else {
                if trigger.timing == .insteadOf, !trigger.forEachRow { report("an INSTEAD OF trigger fires FOR EACH ROW: remove forEachRow: false") }
                if trigger.timing != .insteadOf, trigger.forEachRow {
                    report("a view's BEFORE or AFTER trigger fires FOR EACH STATEMENT: add forEachRow: false, or use .insteadOf for rows")
                }
                if trigger.timing == .insteadOf, trigger.when != nil { report("an INSTEAD OF trigger takes no WHEN condition") }
                if trigger.timing == .insteadOf, trigger.events.contains(.truncate) { report("an INSTEAD OF trigger fires on .insert, .update or .delete") }
                if !trigger.updateColumns.isEmpty { report("a view's trigger takes no updateOf columns") }
                if trigger.enabled != .origin { report("a view's trigger cannot be disabled: ALTER TABLE ... DISABLE TRIGGER takes tables only") }
            }
            if trigger.oldTable != nil || trigger.newTable != nil, table == nil || trigger.timing != .after {
                report("transition tables (oldTable, newTable) need an .after trigger on a table")
            }
            let candidates = schema.functions.filter { $0.name == trigger.function && $0.arguments.allSatisfy { !$0.mode.isInput } }
            if !candidates.isEmpty, !candidates.contains(where: { $0.returns?.canonical == .custom("trigger") }) {
                report("function \(trigger.function) does not return trigger (returns: .custom(\"trigger\"))")
            }
        }
    }

    private func checkPolicies(of table: TableDefinition, into diagnostics: inout [Diagnostic]) {
        let policies = table.policies ?? []
        for name in policies.map(\.name).repeated {
            diagnostics.append(diagnostic(.duplicatePolicy, table: table.name, object: name, at: .policy(table.name, name), occurrence: 1,
                                          "two policies of this table are named \"\(name)\""))
        }
        for policy in policies {
            func report(_ message: String) {
                diagnostics.append(diagnostic(.invalidPolicy, table: table.name, object: policy.name, at: .policy(table.name, policy.name), message))
            }
            if policy.withCheck != nil, [.select, .delete].contains(policy.command) { report("a \(policy.command.rawValue) policy takes no withCheck") }
            if policy.using != nil, policy.command == .insert { report("an INSERT policy takes no using, only withCheck") }
        }
        if !policies.isEmpty, table.rowSecurity?.isEnabled != true {
            diagnostics.append(diagnostic(
                .policyWithoutRowSecurity, severity: .warning, table: table.name, object: policies[0].name, at: .policy(table.name, policies[0].name),
                "policies apply only once row-level security is enabled: add RowLevelSecurity() to the table"))
        }
    }
}
