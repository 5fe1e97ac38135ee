/// Declares a view, listed in the ``Schema``: a query with a name. Its columns may be typed in
/// the body for the generated Swift code (a read-only struct); they add no SQL.
///
/// ```swift
/// View("active_users", as: "SELECT id, email FROM users WHERE deleted_at IS NULL", securityBarrier: true) {
///     Column("id", .bigint).notNull()
///     Column("email", .text).notNull()
/// }
/// // CREATE VIEW "active_users" WITH (security_barrier = true) AS
/// // SELECT id, email FROM users WHERE deleted_at IS NULL;
/// ```
///
/// Its body also declares its triggers: `INSTEAD OF` a row's insert, update or delete, which
/// makes the view writable, or `BEFORE` / `AFTER` a statement.
///
/// ```swift
/// View("user_emails", as: "SELECT id, email FROM users") {
///     Trigger("user_emails_insert", .insteadOf, .insert, execute: insertUserEmail)
/// }
/// // CREATE TRIGGER "user_emails_insert" INSTEAD OF INSERT ON "user_emails" FOR EACH ROW EXECUTE FUNCTION "insert_user_email"();
/// ```
///
/// A changed query is `CREATE OR REPLACE VIEW` when the old columns stay first with the same
/// names and types, and drop and create otherwise, with the views that depend on it and its
/// triggers.
public struct View: Sendable {
    let definition: ViewDefinition
    let elements: [TableElement]
    let location: SourceLocation

    /// `checkOption`: `WITH LOCAL | CASCADED CHECK OPTION` on an updatable view.
    /// `securityInvoker`: the tables are read with the privileges of the querying user.
    public init(
        _ name: String, schema: String = QualifiedName.defaultSchema, as query: String, securityBarrier: Bool = false,
        securityInvoker: Bool = false, checkOption: CheckOption? = nil, swiftName: String? = nil, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @TableBuilder _ body: () -> [TableElement] = { [] }
    ) {
        var options: [String: String] = [:]
        if securityBarrier { options["security_barrier"] = "true" }
        if securityInvoker { options["security_invoker"] = "true" }
        if let checkOption { options["check_option"] = checkOption.rawValue }
        var definition = ViewDefinition(name: QualifiedName(name, schema: schema), query: query, options: options, comment: comment)
        definition.swiftName = swiftName
        self.definition = definition
        elements = body()
        location = SourceLocation(file: file, line: line, column: column)
    }

    init(definition: ViewDefinition, elements: [TableElement], location: SourceLocation) {
        self.definition = definition
        self.elements = elements
        self.location = location
    }

    public enum CheckOption: String, Sendable {
        case local, cascaded
    }
}

/// Declares a materialized view, listed in the ``Schema``: a query whose result is stored, and
/// refreshed with `REFRESH MATERIALIZED VIEW`. Its body types the columns and declares its
/// indexes; `REFRESH ... CONCURRENTLY` needs a unique index on plain columns.
///
/// ```swift
/// MaterializedView("daily_totals", as: "SELECT day, sum(amount) AS total FROM payments GROUP BY day") {
///     Column("day", .date)
///     Column("total", .numeric)
///     Index(on: "day").unique()
/// }
/// // CREATE MATERIALIZED VIEW "daily_totals" AS
/// // SELECT day, sum(amount) AS total FROM payments GROUP BY day;
/// // CREATE UNIQUE INDEX "daily_totals_day_idx" ON "daily_totals" ("day");
/// ```
///
/// A changed query drops and creates it (PostgreSQL cannot replace one), with its indexes.
public struct MaterializedView: Sendable {
    let view: View

    /// `with`: storage parameters (`fillfactor`, `autovacuum_enabled`).
    public init(
        _ name: String, schema: String = QualifiedName.defaultSchema, as query: String, with storageParameters: [String: String] = [:],
        swiftName: String? = nil, comment: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column,
        @TableBuilder _ body: () -> [TableElement] = { [] }
    ) {
        var definition = ViewDefinition(
            name: QualifiedName(name, schema: schema), query: query, isMaterialized: true, options: storageParameters, comment: comment)
        definition.swiftName = swiftName
        view = View(definition: definition, elements: body(), location: SourceLocation(file: file, line: line, column: column))
    }
}
