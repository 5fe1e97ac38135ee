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

    /// The lowercased names of the functions the expression calls (a word before `(`, outside
    /// quotes), schema-qualified as written: `now() + make_interval(days => 1)` →
    /// `["now", "make_interval"]`.
    public static func calledFunctions(_ expression: String) -> [String] {
        var names: [String] = []
        var word = ""
        var quote: Character?
        for character in expression {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == "'" { quote = "'"; word = ""; continue }
            if character.isLetter || character.isNumber || character == "_" || character == "." || character == "\"" {
                word.append(character)
            } else if character == "(" {
                let name = word.lowercased().replacing("\"", with: "")
                if !name.isEmpty, !sqlKeywordsBeforeParenthesis.contains(name) { names.append(name) }
                word = ""
            } else if !character.isWhitespace {
                word = ""
            }
        }
        return names
    }

    /// Words followed by `(` that are not function calls.
    private static let sqlKeywordsBeforeParenthesis: Set<String> = [
        "and", "or", "not", "in", "any", "all", "some", "exists", "array", "row", "values", "case", "when", "then", "else", "cast", "is", "distinct", "from",
    ]

    /// Functions PostgreSQL marks stable or immutable that defaults commonly call: a default
    /// calling only these is evaluated once when a column is added, not per row.
    public static let nonVolatileFunctions: Set<String> = [
        "now", "transaction_timestamp", "statement_timestamp", "current_timestamp", "localtimestamp", "current_date", "timezone",
        "date_trunc", "make_interval", "make_date", "make_timestamp", "make_timestamptz", "to_timestamp", "to_date", "to_char",
        "lower", "upper", "length", "concat", "coalesce", "nullif", "greatest", "least", "abs", "round",
        "jsonb_build_object", "json_build_object", "jsonb_build_array", "json_build_array", "to_jsonb", "to_json",
        "current_setting", "current_user", "session_user", "current_schema", "pg_catalog.now",
    ]

    /// The expression with each reference to a column of `mapping` (old name → new name; a
    /// bare or quoted name outside string literals, not a function's) naming the new one, as
    /// PostgreSQL does inside the indexes and checks of a renamed column: `lower(email)` →
    /// `lower(email_address)`. One pass, so that two columns may swap names.
    public static func renamingColumns(_ expression: String, _ mapping: [String: String]) -> String {
        mappingColumnReferences(expression) { mapping[$0].map(SQLIdentifier.quote) }
    }

    /// Whether the expression names `column` (bare or quoted, not as a function or inside a
    /// string literal): `status = 'open'` references `status`.
    public static func references(_ expression: String, column: String) -> Bool {
        var found = false
        _ = mappingColumnReferences(expression) { name in
            if name == column { found = true }
            return nil
        }
        return found
    }

    /// Every name the text mentions, outside string literals and comments: bare names
    /// lowercased, quoted ones as written, the parts of a qualified name apart, function names
    /// included. `SELECT u.id FROM "Users" u` mentions `select`, `u`, `id`, `from`, `Users`.
    public static func mentionedNames(_ text: String) -> Set<String> {
        var names: Set<String> = []
        _ = mappingColumnReferences(text, includingCalls: true) { name in
            names.insert(name)
            return nil
        }
        return names
    }

    /// The expression with each name that may be a column's passed to `replacement` (bare
    /// names lowercased, as PostgreSQL folds them), replaced by its answer when it gives one;
    /// function names too with `includingCalls`.
    private static func mappingColumnReferences(_ expression: String, includingCalls: Bool = false, _ replacement: (String) -> String?) -> String {
        var result = ""
        var characters = Array(expression)[...]
        func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" || character == "$" }
        while let character = characters.popFirst() {
            switch character {
            case "'":
                result.append(character)
                while let next = characters.popFirst() {
                    result.append(next)
                    if next == "'" {
                        if characters.first == "'" { result.append(characters.removeFirst()) } else { break }
                    }
                }
            case "\"":
                var name = ""
                while let next = characters.popFirst() {
                    if next == "\"" {
                        if characters.first == "\"" { name.append(characters.removeFirst()) } else { break }
                    } else {
                        name.append(next)
                    }
                }
                result += replacement(name) ?? "\"" + name.replacing("\"", with: "\"\"") + "\""
            case _ where isWordCharacter(character) && !(result.last.map(isWordCharacter) ?? false):
                var word = String(character)
                while let next = characters.first, isWordCharacter(next) { word.append(characters.removeFirst()) }
                // A bare name folds to lower case; one followed by `(` is a function.
                let isCall = characters.first(where: { !$0.isWhitespace }) == "("
                result += isCall && !includingCalls ? word : replacement(word.lowercased()) ?? word
            default:
                result.append(character)
            }
        }
        return result
    }

    /// A list PostgreSQL printed (`0, 'a, b'::text, ARRAY[1, 2]`) split at its top-level
    /// commas, outside parentheses, brackets, string literals and quoted names.
    public static func listItems(_ list: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for character in list {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"": quote = character
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 0:
                items.append(current.trimmingWhitespace)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        if !current.trimmingWhitespace.isEmpty { items.append(current.trimmingWhitespace) }
        return items
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

    /// The name PostgreSQL gives an expression where it needs one (`FigureColname` in its
    /// source): a column's name, a function's (`lower(email)` → `lower`), a cast's argument or
    /// else its type (`(a + b)::text` → `text`), `case`, `array` or `row`; nil for an operator
    /// or anything else, which PostgreSQL leaves unnamed.
    public static func figuredName(_ expression: String) -> String? {
        var text = expression.trimmingWhitespace
        while case let inner = unparenthesized(text), inner != text { text = inner.trimmingWhitespace }
        if let cast = topLevelCast(in: text) {
            return figuredName(String(text[..<cast.lowerBound])) ?? typeName(String(text[cast.upperBound...]))
        }
        let lowered = text.lowercased()
        if lowered.hasPrefix("case ") { return "case" }
        if lowered.hasPrefix("array[") || lowered.hasPrefix("array(") { return "array" }
        if lowered.hasPrefix("row(") { return "row" }
        // A name, qualified or not, alone or called: its last part.
        let word = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "$" || $0 == "\"" }
        guard !word.isEmpty, !(word.first!.isNumber) else { return nil }
        let rest = text.dropFirst(word.count)
        guard rest.isEmpty || (rest.first == "(" && unparenthesized(String(rest)) != String(rest)) else { return nil }
        let last = word.split(separator: ".").last.map(String.init) ?? String(word)
        return last.hasPrefix("\"") ? String(last.dropFirst().dropLast()) : last.lowercased()
    }

    /// The `::` of the outermost cast that ends the expression.
    private static func topLevelCast(in text: String) -> Range<String.Index>? {
        var depth = 0
        var quote: Character?
        var last: Range<String.Index>?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else {
                switch character {
                case "'", "\"": quote = character
                case "(", "[": depth += 1
                case ")", "]": depth -= 1
                case ":" where depth == 0 && text[text.index(after: index)...].hasPrefix(":"):
                    last = index..<text.index(index, offsetBy: 2)
                    index = text.index(after: index)
                default: break
                }
            }
            index = text.index(after: index)
        }
        return last
    }

    /// PostgreSQL's internal name of a type written in SQL (`character varying(20)` → `varchar`).
    private static func typeName(_ type: String) -> String {
        let bare = String(type.prefix { $0 != "(" && $0 != "[" }).trimmingWhitespace.lowercased()
        let internalNames = [
            "character varying": "varchar", "integer": "int4", "int": "int4", "bigint": "int8", "smallint": "int2", "boolean": "bool",
            "double precision": "float8", "real": "float4", "timestamp with time zone": "timestamptz", "timestamp without time zone": "timestamp",
            "time with time zone": "timetz", "time without time zone": "time", "character": "bpchar", "char": "bpchar", "decimal": "numeric",
        ]
        let name = internalNames[bare] ?? bare
        return name.split(separator: ".").last.map(String.init) ?? name
    }
}
