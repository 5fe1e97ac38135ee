/// Declares a table. Its columns are reachable as typed handles: `users.id`, `users.createdAt`.
///
/// ```swift
/// let users = Table("users") {
///     Column("id", .serial).primaryKey()
///     Column("email", .varchar(255)).notNull().unique()
/// }
/// // CREATE TABLE "users" (
/// //     "id"    serial       NOT NULL,
/// //     "email" varchar(255) NOT NULL,
/// //     CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
/// //     CONSTRAINT "users_email_key" UNIQUE ("email")
/// // );
/// ```
///
/// A table that references itself, or is part of a cycle of references, needs its type
/// written out (`let comments: Table = Table("comments") { ... }`), or Swift reports a
/// circular reference.
///
/// `Table` has no public properties, so that every member name reads as a column.
@dynamicMemberLookup
public struct Table: Sendable {
    let qualifiedName: QualifiedName
    /// The name the table had before, when it was renamed (see ``init(_:schema:renamedFrom:junction:swiftName:with:comment:file:line:column:_:)``).
    let formerName: String?
    let comment: String?
    let isJunction: Bool
    let swiftName: String?
    let storageParameters: [String: String]
    let elements: [TableElement]
    let location: SourceLocation

    /// `junction: true` marks the table as the link of a many-to-many relation in the relation
    /// graph, when detection would not (a junction with an id key of its own, like `team_members`).
    /// `renamedFrom` declares a rename, so that the next migration renames the table rather than
    /// dropping one and creating another. It may stay after the migration is written.
    /// `swiftName` names the generated row struct (`NewBlob` and `BlobUpdate` follow), instead
    /// of the singular of the table's name (see ``SwiftCodeGenerator``). `with` sets storage
    /// parameters: `Table("events", with: ["fillfactor": "70", "toast.autovacuum_enabled": "false"])`
    /// is `CREATE TABLE events (...) WITH (fillfactor = 70, toast.autovacuum_enabled = false)`.
    public init(
        _ name: String, schema: String = QualifiedName.defaultSchema, renamedFrom formerName: String? = nil,
        junction isJunction: Bool = false, swiftName: String? = nil, with storageParameters: [String: String] = [:], comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @TableBuilder _ body: () -> [TableElement]
    ) {
        qualifiedName = QualifiedName(name, schema: schema)
        self.formerName = formerName
        self.isJunction = isJunction
        self.swiftName = swiftName
        self.storageParameters = storageParameters
        self.comment = comment
        elements = body()
        location = SourceLocation(file: file, line: line, column: column)
    }

    public subscript(dynamicMember column: String) -> ColumnReference {
        ColumnReference(table: qualifiedName, column: column)
    }
}
