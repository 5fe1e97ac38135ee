extension DataType: Codable {
    /// The type as PostgreSQL's `format_type` spells it (`character varying(255)`,
    /// `timestamp(3) with time zone`), which `init(catalogName:)` reads back. Enums and
    /// custom types have no such spelling of their own.
    public var catalogName: String? {
        switch self {
        case .varchar(let length): "character varying" + (length.map { "(\($0))" } ?? "")
        case .char(let length): "character" + (length.map { "(\($0))" } ?? "")
        case .time(let precision, let zone): "time" + Self.catalogSuffix(precision, zone)
        case .timestamp(let precision, let zone): "timestamp" + Self.catalogSuffix(precision, zone)
        case .numeric(let precision?, let scale?): "numeric(\(precision),\(scale))"
        case .array, .enumeration, .custom: nil
        default: sql
        }
    }

    private static func catalogSuffix(_ precision: Int?, _ withTimeZone: Bool) -> String {
        (precision.map { "(\($0))" } ?? "") + (withTimeZone ? " with time zone" : " without time zone")
    }

    private enum Keys: String, CodingKey {
        case array, `enum`, custom
    }

    /// A built-in type is a string (`"integer"`, `"character varying(255)"`); an array, an enum
    /// or a custom type is an object: `{"array": "text"}`, `{"enum": {"schema": ..., "name": ...}}`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .array(let element):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(element, forKey: .array)
        case .enumeration(let name):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(name, forKey: .enum)
        case .custom(let name):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(name, forKey: .custom)
        default:
            var container = encoder.singleValueContainer()
            try container.encode(catalogName ?? sql)
        }
    }

    public init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            self.init(catalogName: name)
            if case .custom = self {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown type \(name)"))
            }
            return
        }
        let container = try decoder.container(keyedBy: Keys.self)
        if let element = try container.decodeIfPresent(DataType.self, forKey: .array) {
            self = .array(element)
        } else if let name = try container.decodeIfPresent(QualifiedName.self, forKey: .enum) {
            self = .enumeration(name)
        } else {
            self = .custom(try container.decode(String.self, forKey: .custom))
        }
    }
}

extension DataType: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        switch self {
        case .array(let element): try json.object { try $0.write("array", element) }
        case .enumeration(let name): try json.object { try $0.write("enum", name) }
        case .custom(let name): try json.object { try $0.write("custom", name) }
        default: (catalogName ?? sql).write(to: json)
        }
    }
}
