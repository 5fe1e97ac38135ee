/// Declares a sequence in its own right, listed in the ``Schema``: a counter that defaults and
/// code draw numbers from with `nextval`. (A serial or identity column has its own, and needs
/// none of this.) Named after PostgreSQL's "sequence generator", since `Sequence` is Swift's.
///
/// ```swift
/// let orderNumbers = SequenceGenerator("order_numbers", as: .integer, start: 1000, increment: 10, ownedBy: orders.number)
/// // CREATE SEQUENCE "order_numbers" AS integer START WITH 1000 INCREMENT BY 10;
/// // ALTER SEQUENCE "order_numbers" OWNED BY "orders"."number";
/// Column("number", .integer).default(.expression("nextval('order_numbers')"))
/// ```
public struct SequenceGenerator: Sendable {
    let definition: SequenceDefinition
    let location: SourceLocation

    /// `ownedBy`: the column the sequence belongs to, dropped with it.
    public init(
        _ name: String, schema: String = QualifiedName.defaultSchema, as type: DataType = .bigint, start: Int? = nil, increment: Int? = nil,
        minValue: Int? = nil, maxValue: Int? = nil, cache: Int? = nil, cycle: Bool = false, ownedBy: ColumnReference? = nil,
        comment: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = SequenceDefinition(
            name: QualifiedName(name, schema: schema), type: type, start: start, increment: increment, minValue: minValue, maxValue: maxValue,
            cache: cache, cycle: cycle, ownedBy: ownedBy.map { ColumnPath($0.table, $0.column) }, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }
}
