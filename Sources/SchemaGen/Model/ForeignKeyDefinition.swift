/// `CONSTRAINT name FOREIGN KEY (columns) REFERENCES table (columns) ON DELETE ... ON UPDATE ...`.
public struct ForeignKeyDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var columns: [String]
    public var referencedTable: QualifiedName
    public var referencedColumns: [String]
    public var onDelete: ReferentialAction
    public var onUpdate: ReferentialAction
    /// nil is `NOT DEFERRABLE`, PostgreSQL's default.
    public var deferrable: Deferrability?

    public init(
        name: String, columns: [String], referencedTable: QualifiedName, referencedColumns: [String],
        onDelete: ReferentialAction = .noAction, onUpdate: ReferentialAction = .noAction,
        deferrable: Deferrability? = nil
    ) {
        self.name = name
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.deferrable = deferrable
    }
}
