/// A struct the generator writes for a table or a view: one stored property per column, decoded
/// from a row. Views conform to this protocol only; tables to ``TableRow``.
public protocol FetchableRow: Decodable, Sendable {
    /// The table or view the rows come from.
    static var table: TableName { get }
    /// Every column, in the table's order, as PostgreSQL names them.
    static var columnNames: [String] { get }
    /// The columns PostgreSQL's binary format does not carry as their Swift type, and how they
    /// travel instead. The generator writes it only for a table that has such columns.
    static var columnEncodings: [String: ColumnEncoding] { get }
}

extension FetchableRow {
    public static var columnEncodings: [String: ColumnEncoding] { [:] }
}
