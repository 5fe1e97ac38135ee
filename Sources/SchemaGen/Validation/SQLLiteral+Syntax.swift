extension SQLLiteral {
    /// Why the constant cannot be written as SQL, if it cannot: a `.number` that is not a
    /// decimal number (`1); DROP TABLE t; --`, `nan`, `inf`), or a string holding a NUL
    /// character, which PostgreSQL's text cannot store.
    var syntaxProblem: String? {
        switch self {
        case .number(let text):
            guard !Self.isDecimal(text) else { return nil }
            if ["nan", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(text.lowercased()) {
                return "default \(Validator.shown(text)) is not a finite number; write .default(sql: \"'NaN'\") or .default(sql: \"'Infinity'\") for a float column"
            }
            return "default .number(\(Validator.shown(text))) is not a number such as 12, -0.5 or 1.5e10"
        case .string(let text):
            return text.unicodeScalars.contains("\u{0}") ? "default \(Validator.shown(text)) holds a NUL character, which PostgreSQL cannot store in text" : nil
        case .array(let elements):
            return elements.lazy.compactMap(\.syntaxProblem).first
        case .integer, .boolean:
            return nil
        }
    }

    /// `[+-]digits[.digits][e[+-]digits]`, or with no digits before the point.
    private static func isDecimal(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        func digits() -> Int {
            let count = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
        var mantissa = digits()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
