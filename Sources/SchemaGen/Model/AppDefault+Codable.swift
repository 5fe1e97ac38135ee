extension AppDefault: Codable {
    private enum Keys: String, CodingKey {
        case swift
    }

    /// `"now"`, `"uuid"`, `"nanoid"`, or `{"swift": "expression"}`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .swift(let expression):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(expression, forKey: .swift)
        case .now, .uuid, .nanoid:
            var container = encoder.singleValueContainer()
            try container.encode(self == .now ? "now" : self == .uuid ? "uuid" : "nanoid")
        }
    }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: Keys.self) {
            self = .swift(try container.decode(String.self, forKey: .swift))
            return
        }
        switch try decoder.singleValueContainer().decode(String.self) {
        case "now": self = .now
        case "uuid": self = .uuid
        case "nanoid": self = .nanoid
        case let other:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown app default \(other)"))
        }
    }
}

extension AppDefault: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        switch self {
        case .swift(let expression): try json.object { try $0.write("swift", expression) }
        case .now: "now".write(to: json)
        case .uuid: "uuid".write(to: json)
        case .nanoid: "nanoid".write(to: json)
        }
    }
}
