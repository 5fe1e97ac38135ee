/// `CONSTRAINT name UNIQUE [NULLS NOT DISTINCT] (columns)`.
public struct UniqueDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var columns: [String]
    /// PostgreSQL 15's `NULLS NOT DISTINCT`: two NULLs count as equal.
    public var nullsNotDistinct: Bool

    public init(name: String, columns: [String], nullsNotDistinct: Bool = false) {
        self.name = name
        self.columns = columns
        self.nullsNotDistinct = nullsNotDistinct
    }
}
