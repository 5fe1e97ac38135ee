/// The grammar of a type name as `.custom(...)` may write it, so that nothing but a type
/// reaches the DDL: one or more words or quoted identifiers, dot-qualified, an optional
/// modifier of one or two numbers, and array brackets.
///
/// ```
/// tstzrange    "My Type"    extensions.citext    bit varying(8)    numeric(10, 2)    int4range[]
/// ```
enum SQLTypeName {
    static func isValid(_ text: String) -> Bool {
        var scanner = Scanner(Array(text.unicodeScalars))
        guard scanner.name() else { return false }
        while scanner.take(".") { guard scanner.name() else { return false } }
        // Multi-word names: `double precision`, `timestamp with time zone`.
        while scanner.peek == " ", scanner.peek(1).map(Scanner.startsWord) == true {
            _ = scanner.take(" ")
            guard scanner.name() else { return false }
        }
        scanner.skipSpaces()
        if scanner.take("(") {
            scanner.skipSpaces()
            guard scanner.digits() else { return false }
            scanner.skipSpaces()
            if scanner.take(",") {
                scanner.skipSpaces()
                guard scanner.digits() else { return false }
                scanner.skipSpaces()
            }
            guard scanner.take(")") else { return false }
        }
        while scanner.take("[") {
            _ = scanner.digits()
            guard scanner.take("]") else { return false }
        }
        return scanner.atEnd
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { position == scalars.count }
        var peek: Unicode.Scalar? { peek(0) }
        func peek(_ offset: Int) -> Unicode.Scalar? { position + offset < scalars.count ? scalars[position + offset] : nil }

        static func startsWord(_ scalar: Unicode.Scalar) -> Bool { scalar == "_" || scalar == "\"" || scalar.properties.isAlphabetic }
        static func continuesWord(_ scalar: Unicode.Scalar) -> Bool { scalar == "_" || scalar == "$" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard peek == scalar else { return false }
            position += 1
            return true
        }

        mutating func skipSpaces() { while peek == " " { position += 1 } }

        mutating func digits() -> Bool {
            let start = position
            while let scalar = peek, ("0"..."9").contains(scalar) { position += 1 }
            return position > start
        }

        /// A plain word, or a quoted identifier with `""` for a quote inside.
        mutating func name() -> Bool {
            if take("\"") {
                var length = 0
                while let scalar = peek {
                    position += 1
                    if scalar == "\"" {
                        guard take("\"") else { return length > 0 }
                    } else if scalar == "\u{0}" {
                        return false
                    }
                    length += 1
                }
                return false
            }
            guard let first = peek, Self.startsWord(first) else { return false }
            while let scalar = peek, Self.continuesWord(scalar) { position += 1 }
            return true
        }
    }
}
