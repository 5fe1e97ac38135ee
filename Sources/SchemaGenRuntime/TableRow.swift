/// A row of a table, as the generator writes it for each table of a schema:
///
/// ```swift
/// public struct User: TableRow, Identifiable {
///     public static let table = TableName(schema: "public", name: "users")
///     public static let columnNames = ["id", "email", "name"]
///     public static let primaryKey = ["id"]
///     public static let uniqueKeys = [["id"], ["email"]]
///     public static let defaultedColumns = ["id"]
///     public var id: Int64
///     public var email: String
///     public var name: String?
///     public struct Draft: TableDraft { ... }     // a new row
///     public struct Changes: TableChanges { ... } // a change to a row
///     public enum Columns { ... }                 // typed columns, for filters and ordering
///     public enum Relations { ... }               // typed relations, for loading
/// }
/// ```
public protocol TableRow: FetchableRow, Encodable, Hashable {
    associatedtype Draft: TableDraft where Draft.Row == Self
    associatedtype Changes: TableChanges where Changes.Row == Self
    /// The primary key's columns; empty for a table without one.
    static var primaryKey: [String] { get }
    /// The column lists of the primary key, the unique constraints and the unique indexes
    /// without a predicate or expression: what `ON CONFLICT (...)` may name.
    static var uniqueKeys: [[String]] { get }
    /// The columns whose value a draft may leave to the database: those with a default, an
    /// identity or a serial type. Leaving out any other column writes NULL.
    static var defaultedColumns: [String] { get }
}

/// The values of a new row, `User.Draft`: every column without a default must be given; a
/// property left nil takes the column's database default. A `POST` body decodes into one.
public protocol TableDraft: Codable, Sendable {
    associatedtype Row: TableRow
}

/// A change to rows of a table, `User.Changes`: the properties set are written, the others keep
/// their values. Setting an optional property to nil writes NULL.
///
/// ```swift
/// let changes = User.Changes { $0.name = "Grace"; $0.bio = nil }
/// // UPDATE ... SET "name" = 'Grace', "bio" = NULL
/// ```
///
/// It decodes as a JSON merge patch (RFC 7396) of the row: a key present is set, `null` writes
/// NULL, a missing key is left alone. So a `PATCH` body decodes straight into a change.
public protocol TableChanges: Codable, Hashable, Sendable {
    associatedtype Row: TableRow
    /// No change, or only the columns whose application keeps them current (`updated_at`).
    /// It encodes only the columns set: the keys are the columns to write.
    init()
}

extension TableChanges {
    /// A change made by setting its properties: `User.Changes { $0.name = "Grace" }`.
    public init(_ build: (inout Self) -> Void) {
        self.init()
        build(&self)
    }
}
