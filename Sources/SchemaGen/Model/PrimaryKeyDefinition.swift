/// `CONSTRAINT name PRIMARY KEY (columns)`.
public struct PrimaryKeyDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var columns: [String]

    public init(name: String, columns: [String]) {
        self.name = name
        self.columns = columns
    }
}
