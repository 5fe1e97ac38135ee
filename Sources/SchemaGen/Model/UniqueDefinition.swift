/// `CONSTRAINT name UNIQUE [NULLS NOT DISTINCT] (columns) [INCLUDE (...)] [WITH (...)] [DEFERRABLE]`.
public struct UniqueDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var columns: [String]
    /// PostgreSQL 15's `NULLS NOT DISTINCT`: two NULLs count as equal.
    public var nullsNotDistinct: Bool
    /// `INCLUDE (columns)`: stored in the key's index, not part of the key; nil is none.
    public var include: [String]?
    /// `WITH (fillfactor = 70)`: the key's index's storage parameters; nil is none.
    public var storageParameters: [String: String]?
    /// nil is `NOT DEFERRABLE`, PostgreSQL's default.
    public var deferrable: Deferrability?

    public init(
        name: String, columns: [String], nullsNotDistinct: Bool = false, include: [String] = [],
        storageParameters: [String: String] = [:], deferrable: Deferrability? = nil
    ) {
        self.name = name
        self.columns = columns
        self.nullsNotDistinct = nullsNotDistinct
        self.include = include.isEmpty ? nil : include
        self.storageParameters = storageParameters.isEmpty ? nil : storageParameters
        self.deferrable = deferrable
    }
}

extension UniqueDefinition: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("columns", columns)
            try members.write("deferrable", deferrable)
            try members.write("include", include)
            try members.write("name", name)
            try members.write("nullsNotDistinct", nullsNotDistinct)
            try members.write("storageParameters", storageParameters)
        }
    }
}
