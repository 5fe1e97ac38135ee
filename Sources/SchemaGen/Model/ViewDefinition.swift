/// A view or materialized view: its query, options and (for a materialized view) indexes.
///
/// ```sql
/// CREATE VIEW "active_users" WITH (security_barrier = true) AS SELECT id, email FROM users WHERE deleted_at IS NULL;
/// CREATE MATERIALIZED VIEW "daily_totals" AS SELECT day, sum(amount) AS total FROM payments GROUP BY day;
/// CREATE UNIQUE INDEX "daily_totals_day_idx" ON "daily_totals" ("day");
/// ```
public struct ViewDefinition: Hashable, Sendable, Codable {
    public var name: QualifiedName
    /// The defining query: as declared, or as `pg_get_viewdef` prints it.
    public var query: String
    public var isMaterialized: Bool
    /// `WITH (...)`: `security_barrier`, `security_invoker`, `check_option` for a view, storage
    /// parameters for a materialized view; nil is none.
    public var options: [String: String]?
    /// The indexes of a materialized view; nil is none.
    public var indexes: [IndexDefinition]?
    /// The result columns, for the generated Swift struct (a declaration may leave them out;
    /// a catalog reads them). Not compared: the query decides them.
    public var columns: [ColumnDefinition]?
    /// The name of the generated struct, when declared. No SQL.
    public var swiftName: String?
    public var comment: String?
    /// The triggers of a view, by name: `INSTEAD OF` a row's insert, update or delete, or
    /// `BEFORE` / `AFTER` a statement; nil is none.
    ///
    /// ```sql
    /// CREATE TRIGGER "active_users_insert" INSTEAD OF INSERT ON "active_users" FOR EACH ROW EXECUTE FUNCTION "insert_user"();
    /// ```
    public var triggers: [TriggerDefinition]?
    public init(
        name: QualifiedName, query: String, isMaterialized: Bool = false, options: [String: String] = [:], indexes: [IndexDefinition] = [],
        columns: [ColumnDefinition]? = nil, comment: String? = nil
    ) {
        self.name = name
        self.query = query
        self.isMaterialized = isMaterialized
        self.options = options.isEmpty ? nil : options
        self.indexes = indexes.isEmpty ? nil : indexes
        self.columns = columns
        self.comment = comment
    }

    /// `view` or `materialized view`, as messages and `DROP` name it.
    public var kind: String { isMaterialized ? "materialized view" : "view" }
}
