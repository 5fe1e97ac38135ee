/// Compares SQL expressions the way PostgreSQL stores them: it prints back what it parsed,
/// with parentheses, casts on literals and its own spacing (`price > 0` is stored as
/// `(price > (0)::numeric)`), and rewrites `a BETWEEN 1 AND 5` as `a >= 1 AND a <= 5`. The
/// canonical form drops those differences, so a declared expression and the catalog's
/// rendering of it compare equal.
public enum SQLExpression {
    /// Lowercase outside quotes, without whitespace, parentheses, `::type` casts or typed
    /// literals' type names, with `BETWEEN` spelled out.
    ///
    /// `canonical("(price > (0)::numeric)") == canonical("price > 0")`
    public static func canonical(_ expression: String) -> String {
        var result = ""
        var characters = Array(withoutTypedLiterals(spellingOutBetween(expression)))[...]
        while let character = characters.popFirst() {
            switch character {
            case "'", "\"":
                result.append(character)
                while let next = characters.popFirst() {
                    result.append(next)
                    if next == character {
                        if characters.first == character { result.append(characters.removeFirst()) } else { break }
                    }
                }
            case ":" where characters.first == ":":
                characters.removeFirst()
                while characters.first == " " { characters.removeFirst() }
                // A type name: words (`character varying`), a schema prefix, a modifier, array brackets.
                while let next = characters.first, next.isLetter || next.isNumber || next == "_" || next == "." || next == "\""
                    || next == "[" || next == "]" || (next == " " && characters.dropFirst().first?.isLetter == true && isTypeWordContinuation(characters)) {
                    characters.removeFirst()
                }
                if characters.first == "(" {
                    while let next = characters.popFirst(), next != ")" {}
                }
            case "(", ")":
                continue
            default:
                if !character.isWhitespace { result.append(contentsOf: character.lowercased()) }
            }
        }
        return result
    }

    /// The expression without one pair of parentheses around all of it: `(CURRENT_DATE + 30)`
    /// → `CURRENT_DATE + 30`, but `(a) + (b)` stays as it is.
    public static func unparenthesized(_ expression: String) -> String {
        guard expression.hasPrefix("("), expression.hasSuffix(")") else { return expression }
        var depth = 0
        for (offset, character) in expression.enumerated() {
            depth += character == "(" ? 1 : character == ")" ? -1 : 0
            if depth == 0, offset < expression.count - 1 { return expression }
        }
        return String(expression.dropFirst().dropLast())
    }

    /// `interval '1 day'` → `'1 day'`: PostgreSQL prints a typed literal as a cast, which
    /// ``canonical(_:)`` drops.
    static func withoutTypedLiterals(_ expression: String) -> String {
        expression.replacing(/(?i)\b(interval|date|time|timestamp|timestamptz|text|numeric|boolean|uuid|json|jsonb)\s+'/) { _ in "'" }
    }

    /// `x BETWEEN a AND b` → `x >= a AND x <= b`, `x NOT BETWEEN a AND b` → `x < a OR x > b`,
    /// for single-token operands: what PostgreSQL stores for them.
    static func spellingOutBetween(_ expression: String) -> String {
        let pattern = /(?i)(\S+)\s+(NOT\s+)?BETWEEN\s+(\S+)\s+AND\s+(\S+)/
        return expression.replacing(pattern) { match in
            let (operand, low, high) = (match.output.1, match.output.3, match.output.4)
            return match.output.2 == nil
                ? "\(operand) >= \(low) AND \(operand) <= \(high)"
                : "\(operand) < \(low) OR \(operand) > \(high)"
        }
    }

    /// The multi-word type names PostgreSQL prints in casts.
    private static func isTypeWordContinuation(_ rest: ArraySlice<Character>) -> Bool {
        let next = String(rest.dropFirst().prefix { $0.isLetter })
        return ["varying", "precision", "without", "with", "time", "zone"].contains(next)
    }
}
