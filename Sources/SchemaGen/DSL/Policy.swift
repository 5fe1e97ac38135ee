/// A row-level security policy, declared in a ``Table`` body with ``RowLevelSecurity``. The
/// roles are referenced, not created: creating roles belongs to the platform.
///
/// ```swift
/// RowLevelSecurity()
/// Policy("own_documents", for: .select, to: "app_user", using: "owner_id = current_setting('app.user_id')::bigint")
/// // ALTER TABLE "documents" ENABLE ROW LEVEL SECURITY;
/// // CREATE POLICY "own_documents" ON "documents" FOR SELECT TO "app_user"
/// //     USING (owner_id = current_setting('app.user_id')::bigint);
/// ```
public struct Policy: Sendable {
    let definition: PolicyDefinition
    let location: SourceLocation

    /// `to`: no role is `PUBLIC`. `restrictive`: `AS RESTRICTIVE`, which must pass besides a
    /// permissive policy.
    public init(
        _ name: String, for command: PolicyDefinition.Command = .all, to roles: String..., restrictive: Bool = false,
        using: String? = nil, withCheck: String? = nil, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = PolicyDefinition(
            name: name, command: command, isRestrictive: restrictive, roles: roles, using: using, withCheck: withCheck, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }
}

/// Turns row-level security on for the table whose body declares it: `ENABLE ROW LEVEL
/// SECURITY`, and with `forced`, `FORCE ROW LEVEL SECURITY` (the owner is bound too).
public struct RowLevelSecurity: Sendable {
    let forced: Bool
    let location: SourceLocation

    public init(forced: Bool = false, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.forced = forced
        location = SourceLocation(file: file, line: line, column: column)
    }
}
