/// The grammar of a Swift type as `.jsonType(...)` may name it, so that nothing but a type
/// reaches the generated code: dot-qualified names with generic arguments, arrays,
/// dictionaries and optionals.
///
/// ```
/// Settings    [String: Int]    Payload.V2    [Tag]?    Box<Int>
/// ```
enum SwiftTypeReference {
    static func isValid(_ text: String) -> Bool {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        return parser.type() && parser.atEnd
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        var atEnd: Bool { position == scalars.count }
        var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            skipSpaces()
            guard peek == scalar else { return false }
            position += 1
            skipSpaces()
            return true
        }

        mutating func skipSpaces() { while peek == " " { position += 1 } }

        mutating func type() -> Bool {
            if take("[") {
                guard type() else { return false }
                if take(":") { guard type() else { return false } }
                guard take("]") else { return false }
            } else {
                guard name() else { return false }
                while take(".") { guard name() else { return false } }
                if take("<") {
                    repeat { guard type() else { return false } } while take(",")
                    guard take(">") else { return false }
                }
            }
            while take("?") {}
            return true
        }

        mutating func name() -> Bool {
            guard let first = peek, first == "_" || first.properties.isXIDStart else { return false }
            position += 1
            while let scalar = peek, scalar.properties.isXIDContinue { position += 1 }
            return true
        }
    }
}
