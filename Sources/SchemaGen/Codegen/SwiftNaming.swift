/// How SQL names become Swift names in generated code.
enum SwiftNaming {
    /// `team_members` → `TeamMember`, `activityLogs` → `ActivityLog`, `categories` → `Category`.
    static func typeName(ofTable name: String) -> String {
        var words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let last = words.popLast() else { return "Table" }
        // camelCase words split at their humps, so that only the last one is made singular.
        var humps = splitHumps(last)
        humps[humps.count - 1] = singular(humps[humps.count - 1])
        return identifier((words + humps).map(capitalized).joined())
    }

    /// `system_role` → `SystemRole`.
    static func typeName(of name: String) -> String {
        identifier(name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { capitalized(String($0)) }.joined())
    }

    /// A property or case name: camelCase, escaped with backticks when Swift reserves it.
    static func memberName(_ name: String) -> String {
        // Already a camelCase ASCII identifier (the usual case): nothing to split.
        if let first = name.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
           name.utf8.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }) {
            return keywords.contains(name) ? "`\(name)`" : name
        }
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return "_" }
        let camel = first.prefix(1).lowercased() + first.dropFirst() + words.dropFirst().map(capitalized).joined()
        let valid = camel.first?.isNumber == true ? "_" + camel : camel
        return keywords.contains(valid) ? "`\(valid)`" : valid
    }

    static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func identifier(_ name: String) -> String {
        name.first?.isNumber == true ? "_" + name : name
    }

    private static func splitHumps(_ word: String) -> [String] {
        var humps: [String] = []
        var current = ""
        for character in word {
            if character.isUppercase, !current.isEmpty, current.last?.isLowercase == true {
                humps.append(current)
                current = ""
            }
            current.append(character)
        }
        humps.append(current)
        return humps
    }

    /// English plural to singular, for table names: enough for the names schemas use.
    static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("ies"), word.count > 3 { return String(word.dropLast(3)) + "y" }
        for suffix in ["sses", "xes", "ches", "shes", "uses"] where lower.hasSuffix(suffix) { return String(word.dropLast(2)) }
        for suffix in ["ss", "us", "is", "media", "data"] where lower.hasSuffix(suffix) { return word }
        if lower.hasSuffix("s"), word.count > 1 { return String(word.dropLast()) }
        return word
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do",
        "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "Type",
    ]
}
