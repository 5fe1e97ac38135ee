/// A table that links two tables many-to-many: two foreign keys, NOT NULL, whose pair is its
/// primary key, or which has no primary key at all; or a table declared `junction: true`
/// (a link with an id key of its own, like `team_members`).
public struct Junction: Hashable, Sendable, Codable {
    public var table: QualifiedName
    public var left: ForeignKeyDefinition
    public var right: ForeignKeyDefinition
    /// Whether the pair of columns is the primary key or unique, so a pair is linked once.
    public var hasCompositeKey: Bool
    /// Declared with `junction: true` rather than detected.
    public var isDeclared: Bool
}

extension Junction: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("hasCompositeKey", hasCompositeKey)
            try members.write("isDeclared", isDeclared)
            try members.write("left", left)
            try members.write("right", right)
            try members.write("table", table)
        }
    }
}
