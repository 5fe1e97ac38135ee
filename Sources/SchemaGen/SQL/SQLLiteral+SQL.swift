extension SQLLiteral {
    /// The constant as SQL: strings quoted with `'` doubled, arrays as array literals
    /// (`'{"a","b"}'`), so that no input can end the literal early.
    public var sql: String {
        switch self {
        case .string(let value): SQLLiteral.quote(value)
        case .integer(let value): String(value)
        case .number(let value): value
        case .boolean(let value): value ? "true" : "false"
        case .array: SQLLiteral.quote(arrayText)
        }
    }

    /// An element inside an array literal: strings double-quoted with `"` and `\` escaped.
    private var arrayText: String {
        switch self {
        case .array(let elements): "{" + elements.map(\.arrayText).joined(separator: ",") + "}"
        case .string(let value):
            "\"" + value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        default: sql
        }
    }

    /// `'text'` with every `'` doubled.
    public static func quote(_ text: String) -> String {
        "'" + text.replacing("'", with: "''") + "'"
    }
}

extension DefaultValue {
    public var sql: String {
        switch self {
        case .literal(let literal): literal.sql
        case .expression(let expression): expression
        }
    }
}
