/// A check constraint over the row, declared in a ``Table`` body.
///
/// ```swift
/// Check("starts_at < ends_at", name: "bookings_period_check")
/// // CONSTRAINT "bookings_period_check" CHECK (starts_at < ends_at)
/// Check("price > 0", name: "items_price_check", noInherit: true, notValid: true)
/// // ALTER TABLE "items" ADD CONSTRAINT "items_price_check" CHECK (price > 0) NO INHERIT NOT VALID;
/// ```
public struct Check: Sendable {
    let name: String?
    let expression: String
    let noInherit: Bool
    let notValid: Bool
    let location: SourceLocation

    /// `noInherit`: not passed on to tables that inherit from this one. `notValid`: rows
    /// already in the table are not checked (the check is added after the table, `NOT VALID`).
    public init(
        _ expression: String, name: String? = nil, noInherit: Bool = false, notValid: Bool = false,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        self.expression = expression
        self.noInherit = noInherit
        self.notValid = notValid
        location = SourceLocation(file: file, line: line, column: column)
    }
}
