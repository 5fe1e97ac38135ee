/// A unique constraint over one or more columns, declared in a ``Table`` body.
///
/// ```swift
/// Unique("organization_id", "user_id")
/// // CONSTRAINT "members_organization_id_user_id_key" UNIQUE ("organization_id", "user_id")
/// ```
public struct Unique: Sendable {
    let name: String?
    let columns: [String]
    let nullsNotDistinct: Bool
    let location: SourceLocation

    public init(
        _ columns: String..., name: String? = nil, nullsNotDistinct: Bool = false,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        self.columns = columns
        self.nullsNotDistinct = nullsNotDistinct
        location = SourceLocation(file: file, line: line, column: column)
    }
}
