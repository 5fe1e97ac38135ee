/// Text written into a one-line SQL comment of a migration file (a hazard, a step's note, an
/// irreversible change): a name may hold a line break, which must not end the comment and
/// start a line `migrate` would read. `\` is written `\\`, a line feed `\n`, a carriage return `\r`.
enum CommentText {
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" }) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\r\n": escaped += "\\r\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var plain = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": plain += "\n"
                case "r": plain += "\r"
                default: plain.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                plain.append(character)
            }
        }
        return plain
    }
}
