extension IndexKey.Target: Codable {
    private enum Keys: String, CodingKey {
        case column, expression
    }

    /// `{"column": "email"}` or `{"expression": "lower(email)"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .column(let name): try container.encode(name, forKey: .column)
        case .expression(let text): try container.encode(text, forKey: .expression)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let name = try container.decodeIfPresent(String.self, forKey: .column) {
            self = .column(name)
        } else {
            self = .expression(try container.decode(String.self, forKey: .expression))
        }
    }
}

extension IndexKey.Target: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            switch self {
            case .column(let name): try members.write("column", name)
            case .expression(let text): try members.write("expression", text)
            }
        }
    }
}
