extension DefaultValue: Codable {
    private enum Keys: String, CodingKey {
        case literal, expression
    }

    /// `{"literal": "member"}` or `{"expression": "now()"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .literal(let literal): try container.encode(literal, forKey: .literal)
        case .expression(let text): try container.encode(text, forKey: .expression)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let literal = try container.decodeIfPresent(SQLLiteral.self, forKey: .literal) {
            self = .literal(literal)
        } else {
            self = .expression(try container.decode(String.self, forKey: .expression))
        }
    }
}

extension DefaultValue: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            switch self {
            case .literal(let literal): try members.write("literal", literal)
            case .expression(let text): try members.write("expression", text)
            }
        }
    }
}
