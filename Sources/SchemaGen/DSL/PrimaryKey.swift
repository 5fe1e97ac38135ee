/// A primary key over one or more columns, declared in a ``Table`` body.
///
/// ```swift
/// PrimaryKey("provider", "provider_account_id")
/// // CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider", "provider_account_id")
/// ```
public struct PrimaryKey: Sendable {
    let name: String?
    let columns: [String]
    let location: SourceLocation

    public init(
        _ columns: String..., name: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        self.columns = columns
        location = SourceLocation(file: file, line: line, column: column)
    }
}
