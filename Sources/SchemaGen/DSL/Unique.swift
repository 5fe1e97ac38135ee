/// A unique constraint over one or more columns, declared in a ``Table`` body.
///
/// ```swift
/// Unique("organization_id", "user_id")
/// // CONSTRAINT "members_organization_id_user_id_key" UNIQUE ("organization_id", "user_id")
/// Unique("slot", include: ["owner"], with: ["fillfactor": "70"], deferrable: .initiallyDeferred)
/// // CONSTRAINT "bookings_slot_key" UNIQUE ("slot") INCLUDE ("owner") WITH (fillfactor = 70) DEFERRABLE INITIALLY DEFERRED
/// ```
public struct Unique: Sendable {
    let name: String?
    let columns: [String]
    let nullsNotDistinct: Bool
    let include: [String]
    let storageParameters: [String: String]
    let deferrable: Deferrability?
    let location: SourceLocation

    public init(
        _ columns: String..., name: String? = nil, nullsNotDistinct: Bool = false, include: [String] = [],
        with storageParameters: [String: String] = [:], deferrable: Deferrability? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        self.columns = columns
        self.nullsNotDistinct = nullsNotDistinct
        self.include = include
        self.storageParameters = storageParameters
        self.deferrable = deferrable
        location = SourceLocation(file: file, line: line, column: column)
    }
}
