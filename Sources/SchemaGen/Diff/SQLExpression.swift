/// Compares SQL expressions the way PostgreSQL stores them: it prints back what it parsed,
/// with parentheses, casts on literals and its own spacing (`price > 0` is stored as
/// `(price > (0)::numeric)`). The canonical form drops those differences, so a declared
/// expression and the catalog's rendering of it compare equal.
public enum SQLExpression {
    /// Lowercase outside quotes, without whitespace, parentheses or `::type` casts.
    ///
    /// `canonical("(price > (0)::numeric)") == canonical("price > 0")`
    public static func canonical(_ expression: String) -> String {
        var result = ""
        var characters = Array(expression)[...]
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

    /// The multi-word type names PostgreSQL prints in casts.
    private static func isTypeWordContinuation(_ rest: ArraySlice<Character>) -> Bool {
        let next = String(rest.dropFirst().prefix { $0.isLetter })
        return ["varying", "precision", "without", "with", "time", "zone"].contains(next)
    }
}
