/// A primary key over one or more columns, declared in a ``Table`` body.
///
/// ```swift
/// PrimaryKey("provider", "provider_account_id")
/// // CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider", "provider_account_id")
/// PrimaryKey("id", include: ["created_at"], with: ["fillfactor": "90"])
/// // CONSTRAINT "events_pkey" PRIMARY KEY ("id") INCLUDE ("created_at") WITH (fillfactor = 90)
/// ```
public struct PrimaryKey: Sendable {
    let name: String?
    let columns: [String]
    let include: [String]
    let storageParameters: [String: String]
    let deferrable: Deferrability?
    let location: SourceLocation

    public init(
        _ columns: String..., name: String? = nil, include: [String] = [], with storageParameters: [String: String] = [:],
        deferrable: Deferrability? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        self.columns = columns
        self.include = include
        self.storageParameters = storageParameters
        self.deferrable = deferrable
        location = SourceLocation(file: file, line: line, column: column)
    }
}
