/// Text-level facts about SQL expressions that hold without asking PostgreSQL.
///
/// Whether two expressions mean the same is PostgreSQL's to say (see ``ExpressionProbe``):
/// it stores `price > 0` as `price > 0::numeric` and `a BETWEEN 1 AND 5` as
/// `a >= 1 AND a <= 5`, and only its parser knows when a cast or a pair of parentheses matters.
/// What text alone can tell safely is narrower: the case of keywords and unquoted names, and
/// the amount of whitespace, never change what an expression means.
public enum SQLExpression {
    /// The expression with unquoted words lowercased (PostgreSQL folds them) and whitespace
    /// collapsed: one space between tokens that need it, none next to parentheses and commas.
    /// Quoted names, string literals (`'...'`, `E'...'`, `$tag$...$tag$`) and everything else
    /// are kept as written, so two expressions with the same canonical form always mean the same.
    ///
    /// `canonical("Price  >  0") == canonical("price > 0")`,
    /// `canonical("(a OR b) AND c") != canonical("a OR (b AND c)")`
    public static func canonical(_ expression: String) -> String {
        var result = ""
        var pendingSpace = false
        var characters = Array(expression)[...]
        func emit(_ text: some StringProtocol) {
            if pendingSpace, let last = result.last, !"(,".contains(last), let first = text.first, !"(),".contains(first) {
                result.append(" ")
            }
            pendingSpace = false
            result += text
        }
        while let character = characters.popFirst() {
            switch character {
            case "'", "\"":
                var quoted = String(character)
                while let next = characters.popFirst() {
                    quoted.append(next)
                    if next == character {
                        if characters.first == character { quoted.append(characters.removeFirst()) } else { break }
                    }
                }
                emit(quoted)
            case "$" where dollarTag(at: characters) != nil:
                let tag = "$" + dollarTag(at: characters)!
                var quoted = tag
                characters.removeFirst(tag.count - 1)
                while !characters.isEmpty, !quoted.hasSuffix(tag) || quoted.count < tag.count * 2 {
                    quoted.append(characters.removeFirst())
                }
                emit(quoted)
            case _ where character.isWhitespace:
                pendingSpace = !result.isEmpty
            default:
                emit(character.lowercased())
            }
        }
        return result
    }

    /// `tag$` when `rest` (after a `$`) opens a dollar quote `$tag$`.
    private static func dollarTag(at rest: ArraySlice<Character>) -> String? {
        var tag = ""
        for character in rest {
            if character == "$" { return tag + "$" }
            guard character.isLetter || character == "_" || (character.isNumber && !tag.isEmpty) else { return nil }
            tag.append(character)
        }
        return nil
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
}
