/// A row-level security policy of a table. The roles it names are referenced, not created.
///
/// ```sql
/// CREATE POLICY "own_rows" ON "documents" AS PERMISSIVE FOR SELECT TO "app_user" USING (owner_id = current_user_id());
/// ```
public struct PolicyDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var command: Command
    /// `AS RESTRICTIVE`: every restrictive policy must pass, besides one permissive one.
    public var isRestrictive: Bool
    /// The roles it applies to, sorted; empty is `PUBLIC`.
    public var roles: [String]
    /// `USING (...)`: which existing rows are visible or affected.
    public var using: String?
    /// `WITH CHECK (...)`: which new rows may be written.
    public var withCheck: String?
    public var comment: String?

    public init(
        name: String, command: Command = .all, isRestrictive: Bool = false, roles: [String] = [], using: String? = nil, withCheck: String? = nil,
        comment: String? = nil
    ) {
        self.name = name
        self.command = command
        self.isRestrictive = isRestrictive
        self.roles = roles.sorted()
        self.using = using
        self.withCheck = withCheck
        self.comment = comment
    }

    public enum Command: String, Hashable, Sendable, Codable {
        case all = "ALL", select = "SELECT", insert = "INSERT", update = "UPDATE", delete = "DELETE"
    }
}

/// `ENABLE` and `FORCE ROW LEVEL SECURITY` on a table.
public struct RowSecurity: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Policies apply to everyone but the table's owner and superusers.
    public var isEnabled: Bool
    /// Policies apply to the table's owner too.
    public var isForced: Bool

    public init(isEnabled: Bool = true, isForced: Bool = false) {
        self.isEnabled = isEnabled
        self.isForced = isForced
    }

    /// `enabled`, `enabled and forced`, `disabled`.
    public var description: String {
        (isEnabled ? "enabled" : "disabled") + (isForced ? " and forced" : "")
    }
}
