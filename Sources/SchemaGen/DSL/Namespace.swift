/// A PostgreSQL schema (namespace) to create even when no table of this declaration lives in it.
/// Schemas that hold a declared table or enum are created without being listed.
///
/// ```swift
/// Namespace("billing")   // CREATE SCHEMA IF NOT EXISTS "billing";
/// ```
public struct Namespace: Sendable {
    let name: String
    let location: SourceLocation

    public init(_ name: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.name = name
        location = SourceLocation(file: file, line: line, column: column)
    }
}
