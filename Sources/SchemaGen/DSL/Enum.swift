/// Declares a PostgreSQL enum type. List it in the ``Schema`` and use it with `.enum(...)`.
///
/// ```swift
/// let systemRole = Enum("system_role", "user", "admin", "super_admin")
/// // CREATE TYPE "system_role" AS ENUM ('user', 'admin', 'super_admin');
/// Column("role", .enum(systemRole)).default("user")
/// ```
public struct Enum: Sendable {
    let definition: EnumDefinition
    let location: SourceLocation

    public init(
        _ name: String, _ values: String..., schema: String = QualifiedName.defaultSchema, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(name, values: values, schema: schema, comment: comment, file: file, line: line, column: column)
    }

    public init(
        _ name: String, values: [String], schema: String = QualifiedName.defaultSchema, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = EnumDefinition(name: QualifiedName(name, schema: schema), values: values, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }

    var qualifiedName: QualifiedName { definition.name }
}
