/// `CREATE TYPE name AS ENUM (values)`.
public struct EnumDefinition: Hashable, Sendable, Codable {
    public var name: QualifiedName
    /// The labels, in their declared (and sort) order.
    public var values: [String]
    public var comment: String?

    public init(name: QualifiedName, values: [String], comment: String? = nil) {
        self.name = name
        self.values = values
        self.comment = comment
    }
}

extension EnumDefinition: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("comment", comment)
            try members.write("name", name)
            try members.write("values", values)
        }
    }
}
