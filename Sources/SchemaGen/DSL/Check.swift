/// A check constraint over the row, declared in a ``Table`` body.
///
/// ```swift
/// Check("starts_at < ends_at", name: "bookings_period_check")
/// // CONSTRAINT "bookings_period_check" CHECK (starts_at < ends_at)
/// ```
public struct Check: Sendable {
    let name: String?
    let expression: String
    let location: SourceLocation

    public init(
        _ expression: String, name: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        self.expression = expression
        location = SourceLocation(file: file, line: line, column: column)
    }
}
