/// A struct the generator writes for a table or a view: one stored property per column, decoded
/// from a row. Views conform to this protocol only; tables to ``TableRow``.
public protocol FetchableRow: Decodable, Sendable {
    /// The table or view the rows come from.
    static var table: TableName { get }
    /// Every column, in the table's order, as PostgreSQL names them.
    static var columnNames: [String] { get }
}
