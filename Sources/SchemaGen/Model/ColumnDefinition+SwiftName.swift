extension ColumnDefinition {
    /// The Swift property name: the declared one, else the camelCase of the SQL name
    /// (`created_at` → `createdAt`, `userId` stays `userId`).
    public var propertyName: String {
        swiftName ?? name.camelCased
    }
}

extension String {
    /// `snake_case` and `kebab-case` to `lowerCamelCase`; names already in camelCase keep their humps.
    var camelCased: String {
        if let first = utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
           !utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") }) {
            return String(self)
        }
        if utf8.allSatisfy({ $0 < 0x80 }) { return Self.asciiCamelCased(utf8) }
        let words = split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " })
        guard let first = words.first else { return self }
        let head = first.prefix(1).lowercased() + first.dropFirst()
        return head + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `camelCased` of ASCII text, byte by byte: each word's first letter in upper case but the
    /// first word's, in lower case; the separators dropped.
    private static func asciiCamelCased(_ text: String.UTF8View) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var startsWord = true
        for byte in text {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: " "):
                startsWord = true
            case UInt8(ascii: "a")...UInt8(ascii: "z") where startsWord && !result.isEmpty:
                result.append(byte - 0x20)
                startsWord = false
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where startsWord && result.isEmpty:
                result.append(byte + 0x20)
                startsWord = false
            default:
                result.append(byte)
                startsWord = false
            }
        }
        return result.isEmpty ? String(text) : String(decoding: result, as: UTF8.self)
    }
}
