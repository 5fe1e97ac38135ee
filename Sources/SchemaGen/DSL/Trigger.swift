/// A trigger, declared in a ``Table`` body: before or after which events, per row or per
/// statement, on what condition, running which function.
///
/// ```swift
/// Trigger("users_touch", .before, .update, when: "OLD.* IS DISTINCT FROM NEW.*", execute: touch)
/// // CREATE TRIGGER "users_touch" BEFORE UPDATE ON "users" FOR EACH ROW
/// //     WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "touch_updated_at"();
/// ```
///
/// A changed trigger is `CREATE OR REPLACE TRIGGER`; `enabled` is `ALTER TABLE ... ENABLE |
/// DISABLE TRIGGER`.
public struct Trigger: Sendable {
    let definition: TriggerDefinition
    let location: SourceLocation

    /// `updateOf`: fire on UPDATE only when one of these columns is set. `forEachRow: false`
    /// fires once per statement. `oldTable` / `newTable`: transition tables (`REFERENCING`).
    /// `arguments`: literals passed to the function as `TG_ARGV`.
    public init(
        _ name: String, _ timing: TriggerDefinition.Timing, _ events: TriggerDefinition.Event..., updateOf: [String] = [],
        forEachRow: Bool = true, when: String? = nil, oldTable: String? = nil, newTable: String? = nil, execute function: Function,
        arguments: [String] = [], enabled: TriggerDefinition.Enabled = .origin, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = TriggerDefinition(
            name: name, timing: timing, events: events, updateColumns: updateOf, forEachRow: forEachRow, when: when, oldTable: oldTable,
            newTable: newTable, function: function.qualifiedName, arguments: arguments, enabled: enabled, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }

    /// The same, running a function declared elsewhere (`executeFunction: "audit.log_change"`
    /// is `audit.log_change`).
    public init(
        _ name: String, _ timing: TriggerDefinition.Timing, _ events: TriggerDefinition.Event..., updateOf: [String] = [],
        forEachRow: Bool = true, when: String? = nil, oldTable: String? = nil, newTable: String? = nil, executeFunction function: String,
        schema: String = QualifiedName.defaultSchema, arguments: [String] = [], enabled: TriggerDefinition.Enabled = .origin,
        comment: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = TriggerDefinition(
            name: name, timing: timing, events: events, updateColumns: updateOf, forEachRow: forEachRow, when: when, oldTable: oldTable,
            newTable: newTable, function: QualifiedName(function, schema: schema), arguments: arguments, enabled: enabled, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }
}
