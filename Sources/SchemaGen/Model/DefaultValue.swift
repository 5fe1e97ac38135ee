/// The database-side default of a column.
///
/// ```swift
/// .default("member")        // DEFAULT 'member'
/// .defaultNow()             // DEFAULT now()
/// .default(sql: "gen_random_uuid()")
/// ```
public enum DefaultValue: Hashable, Sendable {
    /// A constant, rendered as an escaped SQL literal.
    case literal(SQLLiteral)
    /// An SQL expression, rendered as written.
    case expression(String)
}
