/// A table or view as PostgreSQL names it: its schema (namespace) and name, unquoted.
///
/// ```swift
/// User.table          // TableName(schema: "public", name: "users")
/// User.table.sql      // "public"."users"
/// ```
public struct TableName: Hashable, Sendable, CustomStringConvertible {
    public let schema: String
    public let name: String

    public init(schema: String, name: String) {
        self.schema = schema
        self.name = name
    }

    /// The name quoted for SQL, always qualified, so that no `search_path` changes its meaning.
    public var sql: String { Self.quote(schema) + "." + Self.quote(name) }

    /// `schema.name`, as PostgreSQL prints it to a person.
    public var description: String { schema + "." + name }

    /// An identifier in double quotes, with any double quote inside doubled.
    public static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacing("\"", with: "\"\"") + "\""
    }
}
