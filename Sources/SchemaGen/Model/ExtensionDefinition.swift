/// `CREATE EXTENSION IF NOT EXISTS name [SCHEMA schema] [VERSION 'version']`.
public struct ExtensionDefinition: Hashable, Sendable, Codable {
    public var name: String
    /// The schema the extension's objects go into; nil is PostgreSQL's choice, and any.
    public var schema: String?
    /// The extension's version; nil is the default version when created, and any after.
    public var version: String?

    public init(name: String, schema: String? = nil, version: String? = nil) {
        self.name = name
        self.schema = schema
        self.version = version
    }

    /// What `other` states that differs from this one; a setting either side leaves open is
    /// no difference.
    func differs(from other: ExtensionDefinition) -> (schema: Bool, version: Bool) {
        (schema.map { mine in other.schema.map { $0 != mine } ?? false } ?? false,
         version.map { mine in other.version.map { $0 != mine } ?? false } ?? false)
    }
}

extension ExtensionDefinition: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("name", name)
            try members.write("schema", schema)
            try members.write("version", version)
        }
    }
}
