/// A typed handle on a column of a declared table, as `users.id` gives it.
///
/// The column may be named by its SQL name (`users.created_at`) or its Swift name
/// (`users.createdAt`); validation reports a name that matches neither.
public struct ColumnReference: Hashable, Sendable {
    public let table: QualifiedName
    public let column: String

    public init(table: QualifiedName, column: String) {
        self.table = table
        self.column = column
    }
}
