/// A foreign key over several columns, declared in a ``Table`` body. Single-column keys read
/// better as `Column(...).references(...)`.
///
/// ```swift
/// ForeignKey(["org_id", "user_id"], references: members, ["org_id", "user_id"], onDelete: .cascade)
/// // ALTER TABLE "assignments" ADD CONSTRAINT "assignments_org_id_user_id_fkey"
/// //     FOREIGN KEY ("org_id", "user_id") REFERENCES "members" ("org_id", "user_id") ON DELETE CASCADE;
/// ForeignKey(["org_id", "user_id"], references: members, ["org_id", "user_id"], match: .full, notValid: true)
/// // ... REFERENCES "members" ("org_id", "user_id") MATCH FULL NOT VALID;
/// ForeignKey(["org_id", "author_id"], references: members, ["org_id", "user_id"], onDelete: .setNull, setting: ["author_id"])
/// // ... REFERENCES "members" ("org_id", "user_id") ON DELETE SET NULL ("author_id");
/// ```
///
/// `setting` names the columns `ON DELETE SET NULL` or `SET DEFAULT` sets, when not all of
/// them (PostgreSQL 15): a row keeps its tenant when its author goes.
public struct ForeignKey: Sendable {
    let name: String?
    let columns: [String]
    /// nil: the table being declared (a self-reference).
    let table: (@Sendable () -> Table)?
    let referencedColumns: [String]
    let onDelete: ReferentialAction
    let onDeleteColumns: [String]
    let onUpdate: ReferentialAction
    let deferrable: Deferrability?
    let match: ForeignKeyMatch
    let notValid: Bool
    let location: SourceLocation

    public init(
        _ columns: [String], references table: @autoclosure @escaping @Sendable () -> Table, _ referencedColumns: [String],
        onDelete: ReferentialAction = .noAction, setting onDeleteColumns: [String] = [], onUpdate: ReferentialAction = .noAction,
        deferrable: Deferrability? = nil, match: ForeignKeyMatch = .simple, notValid: Bool = false, name: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            columns, table: table, referencedColumns, onDelete: onDelete, onDeleteColumns: onDeleteColumns, onUpdate: onUpdate,
            deferrable: deferrable, match: match, notValid: notValid, name: name, location: SourceLocation(file: file, line: line, column: column))
    }

    /// A foreign key to other columns of the same table (a composite self-reference).
    public init(
        _ columns: [String], referencesSelf referencedColumns: [String],
        onDelete: ReferentialAction = .noAction, setting onDeleteColumns: [String] = [], onUpdate: ReferentialAction = .noAction,
        deferrable: Deferrability? = nil, match: ForeignKeyMatch = .simple, notValid: Bool = false, name: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            columns, table: nil, referencedColumns, onDelete: onDelete, onDeleteColumns: onDeleteColumns, onUpdate: onUpdate,
            deferrable: deferrable, match: match, notValid: notValid, name: name, location: SourceLocation(file: file, line: line, column: column))
    }

    private init(
        _ columns: [String], table: (@Sendable () -> Table)?, _ referencedColumns: [String],
        onDelete: ReferentialAction, onDeleteColumns: [String], onUpdate: ReferentialAction, deferrable: Deferrability?, match: ForeignKeyMatch,
        notValid: Bool, name: String?, location: SourceLocation
    ) {
        self.name = name
        self.columns = columns
        self.table = table
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onDeleteColumns = onDeleteColumns
        self.onUpdate = onUpdate
        self.deferrable = deferrable
        self.match = match
        self.notValid = notValid
        self.location = location
    }
}
