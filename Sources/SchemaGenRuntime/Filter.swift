/// A condition on rows of `Row`, made from its typed columns, whose values are always bound as
/// parameters, never spliced into SQL:
///
/// ```swift
/// let recent = User.Columns.createdAt > cutoff && User.Columns.deletedAt == nil
/// // "created_at" > $1 AND "deleted_at" IS NULL
/// let named = User.Columns.email.in(["ada@example.com", "grace@example.com"]) || !User.Columns.isAdmin
/// ```
public struct Filter<Row: FetchableRow>: Sendable {
    public indirect enum Condition: Sendable {
        /// `column op value`; `value` is encoded as the column's own type.
        case compare(column: String, op: ComparisonOperator, value: any Encodable & Sendable)
        /// `column IS NULL`.
        case isNull(column: String)
        /// `column IN (values)`; false when `values` is empty.
        case among(column: String, values: [any Encodable & Sendable])
        case and(Condition, Condition)
        case or(Condition, Condition)
        case not(Condition)
        /// `true`: every row.
        case all
    }

    public enum ComparisonOperator: String, Sendable {
        case equal = "="
        case notEqual = "<>"
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case like = "LIKE"
        case caseInsensitiveLike = "ILIKE"
    }

    public let condition: Condition

    public init(_ condition: Condition) {
        self.condition = condition
    }

    /// Every row.
    public static var all: Filter { Filter(.all) }

    public static func && (lhs: Filter, rhs: Filter) -> Filter { Filter(.and(lhs.condition, rhs.condition)) }
    public static func || (lhs: Filter, rhs: Filter) -> Filter { Filter(.or(lhs.condition, rhs.condition)) }
    public static prefix func ! (filter: Filter) -> Filter { Filter(.not(filter.condition)) }
}

extension TableColumn {
    /// `column = value`.
    public static func == (column: TableColumn, value: Value) -> Filter<Row> {
        Filter(.compare(column: column.name, op: .equal, value: value))
    }

    /// `column <> value`.
    public static func != (column: TableColumn, value: Value) -> Filter<Row> {
        Filter(.compare(column: column.name, op: .notEqual, value: value))
    }

    /// `column IN (values)`.
    public func `in`(_ values: some Sequence<Value>) -> Filter<Row> {
        Filter(.among(column: name, values: values.map { $0 }))
    }
}

extension TableColumn where Value: Comparable {
    public static func < (column: TableColumn, value: Value) -> Filter<Row> { Filter(.compare(column: column.name, op: .less, value: value)) }
    public static func <= (column: TableColumn, value: Value) -> Filter<Row> { Filter(.compare(column: column.name, op: .lessOrEqual, value: value)) }
    public static func > (column: TableColumn, value: Value) -> Filter<Row> { Filter(.compare(column: column.name, op: .greater, value: value)) }
    public static func >= (column: TableColumn, value: Value) -> Filter<Row> { Filter(.compare(column: column.name, op: .greaterOrEqual, value: value)) }
}

/// The values a pattern matches: `String` and `String?`.
public protocol TextValue {}

extension String: TextValue {}
extension Optional: TextValue where Wrapped == String {}

extension TableColumn where Value: TextValue {
    /// `column LIKE pattern`, where `%` matches any text and `_` one character.
    public func like(_ pattern: String) -> Filter<Row> { Filter(.compare(column: name, op: .like, value: pattern)) }
    /// `column ILIKE pattern`: `like` ignoring case.
    public func ilike(_ pattern: String) -> Filter<Row> { Filter(.compare(column: name, op: .caseInsensitiveLike, value: pattern)) }
}

/// The columns that may hold NULL: `== nil` is `IS NULL`, and values compare as their wrapped type.
public protocol OptionalValue {
    associatedtype Wrapped
    var wrapped: Wrapped? { get }
}

extension Optional: OptionalValue {
    public var wrapped: Wrapped? { self }
}

extension TableColumn where Value: OptionalValue, Value.Wrapped: Encodable & Sendable {
    /// `column = value`, or `column IS NULL` for nil.
    public static func == (column: TableColumn, value: Value) -> Filter<Row> {
        guard let wrapped = value.wrapped else { return Filter(.isNull(column: column.name)) }
        return Filter(.compare(column: column.name, op: .equal, value: wrapped))
    }

    /// `column <> value`, or `column IS NOT NULL` for nil. As in SQL, a NULL is never `<>` a value.
    public static func != (column: TableColumn, value: Value) -> Filter<Row> {
        guard let wrapped = value.wrapped else { return Filter(.not(.isNull(column: column.name))) }
        return Filter(.compare(column: column.name, op: .notEqual, value: wrapped))
    }

    /// `column IS NULL`.
    public var isNull: Filter<Row> { Filter(.isNull(column: name)) }
}

extension TableColumn where Value: OptionalValue, Value.Wrapped: Comparable & Encodable & Sendable {
    public static func < (column: TableColumn, value: Value.Wrapped) -> Filter<Row> { Filter(.compare(column: column.name, op: .less, value: value)) }
    public static func <= (column: TableColumn, value: Value.Wrapped) -> Filter<Row> { Filter(.compare(column: column.name, op: .lessOrEqual, value: value)) }
    public static func > (column: TableColumn, value: Value.Wrapped) -> Filter<Row> { Filter(.compare(column: column.name, op: .greater, value: value)) }
    public static func >= (column: TableColumn, value: Value.Wrapped) -> Filter<Row> { Filter(.compare(column: column.name, op: .greaterOrEqual, value: value)) }
}
