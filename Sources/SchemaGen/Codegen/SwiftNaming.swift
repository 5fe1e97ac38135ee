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
            return escaped(name)
        }
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return "_" }
        let camel = first.prefix(1).lowercased() + first.dropFirst() + words.dropFirst().map(capitalized).joined()
        let valid = camel.first?.isNumber == true ? "_" + camel : camel
        return escaped(valid)
    }

    /// A keyword in backticks; `self`, which no backticks make a usable parameter name, as `self_`.
    private static func escaped(_ name: String) -> String {
        if name == "self" { return "self_" }
        return keywords.contains(name) ? "`\(name)`" : name
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

    /// English plural to singular, for table names: regular plurals by their endings, and the
    /// words whose endings mislead (`houses`, `statuses`, `movies`, `people`) by name.
    static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        if let single = irregular[lower] {
            return word.first?.isUppercase == true ? capitalized(single) : single
        }
        for suffix in ["series", "species", "news"] where lower.hasSuffix(suffix) { return word }
        if lower.hasSuffix("ies"), word.count > 3 { return String(word.dropLast(3)) + "y" }
        if lower.hasSuffix("ses"), latinStems.contains(where: { lower.dropLast(2).hasSuffix($0) }) { return String(word.dropLast(2)) }
        for suffix in ["sses", "xes", "zzes", "ches", "shes"] where lower.hasSuffix(suffix) { return String(word.dropLast(2)) }
        for suffix in ["ss", "us", "is", "media", "data"] where lower.hasSuffix(suffix) { return word }
        if lower.hasSuffix("s"), word.count > 1 { return String(word.dropLast()) }
        return word
    }

    /// Words whose plural is not the singular plus `s`, or looks like another kind of plural.
    private static let irregular: [String: String] = [
        "people": "person", "children": "child", "women": "woman", "men": "man", "feet": "foot",
        "teeth": "tooth", "geese": "goose", "mice": "mouse", "indices": "index", "vertices": "vertex",
        "matrices": "matrix", "analyses": "analysis", "crises": "crisis", "theses": "thesis",
        "criteria": "criterion", "phenomena": "phenomenon", "quizzes": "quiz", "leaves": "leaf",
        "knives": "knife", "wives": "wife", "lives": "life", "halves": "half", "shelves": "shelf",
        "wolves": "wolf", "thieves": "thief", "movies": "movie", "cookies": "cookie", "zombies": "zombie",
        "calories": "calorie", "caches": "cache", "niches": "niche", "headaches": "headache",
        "avalanches": "avalanche", "moustaches": "moustache",
    ]

    /// Singulars ending in `s` whose plural adds `es`: `statuses`, `buses`, `aliases`.
    private static let latinStems = [
        "status", "bus", "virus", "campus", "bonus", "census", "focus", "radius", "genus", "chorus", "circus",
        "nexus", "syllabus", "thesaurus", "apparatus", "consensus", "stimulus", "sinus", "octopus", "cactus",
        "fungus", "plus", "minus", "prospectus", "walrus", "lotus", "citrus", "exodus", "abacus", "alias",
        "canvas", "bias", "atlas", "gas", "lens", "iris", "axis", "tennis",
    ]

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do",
        "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "Type",
    ]
}
