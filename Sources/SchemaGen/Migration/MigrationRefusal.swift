/// Why `generate` wrote nothing for a schema: the migrations were tampered with, a change looks
/// like an undeclared rename, a destructive change is not allowed, or a hazard is forbidden.
/// Each problem is a ``Diagnostic`` placed at the schema's declaration, saying what to do.
public struct MigrationRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var schema: String
    public var problems: [Diagnostic]

    public init(schema: String, problems: [Diagnostic]) {
        self.schema = schema
        self.problems = problems
    }

    /// One error per message, of one code, at `location`.
    public init(schema: String, code: DiagnosticCode, location: SourceLocation? = nil, _ messages: [String]) {
        self.init(schema: schema, problems: messages.map { Diagnostic(.error, code: code, schema: schema, location: location, $0) })
    }

    public var description: String {
        "schema \(schema): no migration was written:\n" + problems.map { "  " + $0.description }.joined(separator: "\n")
    }
}
