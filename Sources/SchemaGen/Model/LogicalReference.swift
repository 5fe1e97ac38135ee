/// A reference the schema documents but deliberately does not enforce with a foreign key:
/// a slug naming an item kept outside the database, or an id whose integrity the application owns.
/// It emits no SQL; the relation graph shows it.
public struct LogicalReference: Hashable, Sendable, Codable {
    public enum Target: Hashable, Sendable {
        /// Columns of a table of the same schema.
        case table(QualifiedName, columns: [String])
        /// Something outside the database, described in words ("items in the Git CMS").
        case external(String)
    }

    public var columns: [String]
    public var target: Target
    public var note: String?

    public init(columns: [String], target: Target, note: String? = nil) {
        self.columns = columns
        self.target = target
        self.note = note
    }
}

extension LogicalReference: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("columns", columns)
            try members.write("note", note)
            try members.write("target", target)
        }
    }
}
