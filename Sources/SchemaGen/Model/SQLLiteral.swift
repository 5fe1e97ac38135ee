/// A constant value written in SQL: a column default, an element of an array default.
///
/// Swift literals convert to it, so `.default("member")`, `.default(0)`, `.default(false)`,
/// `.default(1.5)` and `.default(["a", "b"])` all read naturally.
public indirect enum SQLLiteral: Hashable, Sendable {
    case string(String)
    case integer(Int)
    /// A decimal number, kept as written so that no precision is lost.
    case number(String)
    case boolean(Bool)
    case array([SQLLiteral])
}

extension SQLLiteral: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number("\(value)") }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: SQLLiteral...) { self = .array(elements) }
}
