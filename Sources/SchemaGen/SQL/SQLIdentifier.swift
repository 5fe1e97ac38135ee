/// Writes identifiers the way PostgreSQL's `quote_ident` does: bare when PostgreSQL reads them
/// back unchanged, double-quoted (with `"` doubled) otherwise.
///
/// ```swift
/// SQLIdentifier.quote("users")          // users
/// SQLIdentifier.quote("user")           // "user"         (reserved word)
/// SQLIdentifier.quote("activityLogs")   // "activityLogs" (upper case folds otherwise)
/// ```
public enum SQLIdentifier {
    public static func quote(_ identifier: String) -> String {
        needsQuotes(identifier) ? "\"" + identifier.replacing("\"", with: "\"\"") + "\"" : identifier
    }

    public static func quote(_ name: QualifiedName) -> String {
        name.schema == QualifiedName.defaultSchema ? quote(name.name) : quote(name.schema) + "." + quote(name.name)
    }

    /// A comma-separated list of quoted identifiers.
    public static func list(_ identifiers: [String]) -> String {
        identifiers.map(quote).joined(separator: ", ")
    }

    static func needsQuotes(_ identifier: String) -> Bool {
        guard let first = identifier.utf8.first, first == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else {
            return true
        }
        let safe = identifier.utf8.allSatisfy {
            $0 == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
        return !safe || PostgresKeywords.needingQuotes.contains(identifier)
    }
}
