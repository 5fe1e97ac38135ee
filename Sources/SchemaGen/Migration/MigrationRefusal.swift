/// Why `generate` wrote nothing for a schema: the migrations were tampered with, a change looks
/// like an undeclared rename, or a destructive change is not allowed. Each problem says what
/// to do about it.
public struct MigrationRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var schema: String
    public var problems: [String]

    public init(schema: String, problems: [String]) {
        self.schema = schema
        self.problems = problems
    }

    public var description: String {
        "schema \(schema): no migration was written:\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
