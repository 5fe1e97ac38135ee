/// `CONSTRAINT name FOREIGN KEY (columns) REFERENCES table (columns) ON DELETE ... ON UPDATE ...`.
public struct ForeignKeyDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var columns: [String]
    public var referencedTable: QualifiedName
    public var referencedColumns: [String]
    public var onDelete: ReferentialAction
    /// The columns `ON DELETE SET NULL` or `SET DEFAULT` sets (`SET NULL (author_id)`), when
    /// not all of ``columns``; nil is all of them.
    public var onDeleteColumns: [String]?
    public var onUpdate: ReferentialAction
    /// nil is `NOT DEFERRABLE`, PostgreSQL's default.
    public var deferrable: Deferrability?
    /// `MATCH FULL`: a row whose key columns are partly NULL is refused; nil is `MATCH SIMPLE`.
    public var match: ForeignKeyMatch?
    /// `NOT VALID`: rows that were there when it was added are not checked; nil is validated.
    public var notValid: Bool?
    /// The relation's name seen from this table (`author`); nil derives it from the columns.
    /// Relation names emit no SQL: migrations ignore them.
    public var relationName: String?
    /// The name of the way back, seen from the referenced table (`posts`, `replies`).
    public var inverseName: String?

    public init(
        name: String, columns: [String], referencedTable: QualifiedName, referencedColumns: [String],
        onDelete: ReferentialAction = .noAction, onDeleteColumns: [String] = [], onUpdate: ReferentialAction = .noAction,
        deferrable: Deferrability? = nil, match: ForeignKeyMatch = .simple, notValid: Bool = false,
        relationName: String? = nil, inverseName: String? = nil
    ) {
        self.name = name
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onDeleteColumns = onDeleteColumns.isEmpty ? nil : onDeleteColumns
        self.onUpdate = onUpdate
        self.deferrable = deferrable
        self.match = match == .simple ? nil : match
        self.notValid = notValid ? true : nil
        self.relationName = relationName
        self.inverseName = inverseName
    }

    /// The constraint alone, without the relation names that only the graph and code use.
    public var constraint: ForeignKeyDefinition {
        var key = self
        key.relationName = nil
        key.inverseName = nil
        return key
    }
}

/// How a foreign key of several columns treats a row whose key is partly NULL.
public enum ForeignKeyMatch: String, Hashable, Sendable, Codable {
    /// `MATCH SIMPLE`, the default: any NULL column lets the row through unchecked.
    case simple = "SIMPLE"
    /// `MATCH FULL`: the key columns are all NULL or all set and matched.
    case full = "FULL"
}

extension ForeignKeyDefinition {
    /// `CASCADE`, `SET NULL (author_id)`: the delete action as the clause writes it.
    var onDeleteClause: String {
        onDelete.rawValue + (onDeleteColumns.map { " (\($0.joined(separator: ", ")))" } ?? "")
    }
}

extension ForeignKeyDefinition: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("columns", columns)
            try members.write("deferrable", deferrable)
            try members.write("inverseName", inverseName)
            try members.write("match", match)
            try members.write("name", name)
            try members.write("notValid", notValid)
            try members.write("onDelete", onDelete)
            try members.write("onDeleteColumns", onDeleteColumns)
            try members.write("onUpdate", onUpdate)
            try members.write("referencedColumns", referencedColumns)
            try members.write("referencedTable", referencedTable)
            try members.write("relationName", relationName)
        }
    }
}

extension ForeignKeyMatch: JSONWritable {}
