/// A column of `Row` holding values of `Value`, as the generator writes them in `Row.Columns`:
///
/// ```swift
/// public enum Columns {
///     public static let email = TableColumn<User, String>("email")
///     public static let deletedAt = TableColumn<User, Date?>("deleted_at")
/// }
/// ```
///
/// A column makes filters (`User.Columns.email == "ada@example.com"`) and orderings
/// (`User.Columns.createdAt.descending`) that check their value's type at compile time.
public struct TableColumn<Row: FetchableRow, Value: Encodable & Sendable>: TableColumnReference {
    /// The column as PostgreSQL names it, unquoted.
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public var ascending: Ordering<Row> { Ordering(column: name, isDescending: false) }
    public var descending: Ordering<Row> { Ordering(column: name, isDescending: true) }
}

/// A column of `Row` whatever its value type, for lists of columns: `onConflict: [User.Columns.email]`.
public protocol TableColumnReference<Row>: Sendable {
    associatedtype Row: FetchableRow
    var name: String { get }
}

/// An `ORDER BY` term: `User.Columns.createdAt.descending`. NULLs sort as PostgreSQL sorts them,
/// last when ascending and first when descending.
public struct Ordering<Row: FetchableRow>: Hashable, Sendable {
    public let column: String
    public let isDescending: Bool

    public init(column: String, isDescending: Bool) {
        self.column = column
        self.isDescending = isDescending
    }
}
