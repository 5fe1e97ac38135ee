/// Declares a PostgreSQL enum type. List it in the ``Schema`` and use it with `.enum(...)`.
///
/// ```swift
/// let systemRole = Enum("system_role", "user", "admin", "super_admin")
/// // CREATE TYPE "system_role" AS ENUM ('user', 'admin', 'super_admin');
/// Column("role", .enum(systemRole)).default("user")
/// ```
///
/// `renamedValues` (new label → former label) declares renamed values, so that the next
/// migration renames them (`ALTER TYPE ... RENAME VALUE`) rather than removing and adding.
public struct Enum: Sendable {
    let definition: EnumDefinition
    /// New label → former label, for values that were renamed.
    let renamedValues: [String: String]
    let location: SourceLocation

    public init(
        _ name: String, _ values: String..., schema: String = QualifiedName.defaultSchema,
        renamedValues: [String: String] = [:], comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(name, values: values, schema: schema, renamedValues: renamedValues, comment: comment, file: file, line: line, column: column)
    }

    public init(
        _ name: String, values: [String], schema: String = QualifiedName.defaultSchema,
        renamedValues: [String: String] = [:], comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = EnumDefinition(name: QualifiedName(name, schema: schema), values: values, comment: comment)
        self.renamedValues = renamedValues
        location = SourceLocation(file: file, line: line, column: column)
    }

    var qualifiedName: QualifiedName { definition.name }
}
