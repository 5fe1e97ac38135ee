extension SQLLiteral: Codable {
    private enum Keys: String, CodingKey {
        case number
    }

    /// Strings, integers, booleans and arrays are their JSON selves; a decimal number is
    /// `{"number": "0.25"}`, kept as text so that no precision is lost.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .number(let text):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(text, forKey: .number)
        default:
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .boolean(let value): try container.encode(value)
            case .array(let elements): try container.encode(elements)
            case .number: break
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: Keys.self) {
            self = .number(try container.decode(String.self, forKey: .number))
            return
        }
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .array(try container.decode([SQLLiteral].self))
        }
    }
}

extension SQLLiteral: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        switch self {
        case .number(let text): try json.object { try $0.write("number", text) }
        case .string(let value): value.write(to: json)
        case .integer(let value): value.write(to: json)
        case .boolean(let value): value.write(to: json)
        case .array(let elements): try elements.write(to: json)
        }
    }
}
