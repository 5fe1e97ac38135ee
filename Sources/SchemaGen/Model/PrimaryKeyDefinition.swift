/// `CONSTRAINT name PRIMARY KEY (columns) [INCLUDE (...)] [WITH (...)] [DEFERRABLE]`.
public struct PrimaryKeyDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var columns: [String]
    /// `INCLUDE (columns)`: stored in the key's index, not part of the key; nil is none.
    public var include: [String]?
    /// `WITH (fillfactor = 70)`: the key's index's storage parameters; nil is none.
    public var storageParameters: [String: String]?
    /// nil is `NOT DEFERRABLE`, PostgreSQL's default.
    public var deferrable: Deferrability?

    public init(
        name: String, columns: [String], include: [String] = [], storageParameters: [String: String] = [:], deferrable: Deferrability? = nil
    ) {
        self.name = name
        self.columns = columns
        self.include = include.isEmpty ? nil : include
        self.storageParameters = storageParameters.isEmpty ? nil : storageParameters
        self.deferrable = deferrable
    }
}

extension PrimaryKeyDefinition: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("columns", columns)
            try members.write("deferrable", deferrable)
            try members.write("include", include)
            try members.write("name", name)
            try members.write("storageParameters", storageParameters)
        }
    }
}
