/// A problem found in a schema: an error stops generation, a warning is shown.
///
/// It names the schema, the table, the column or constraint, and the Swift line that
/// declared it, and prints the way compilers do, so editors and CI logs link to the line:
///
/// ```
/// Schemas/SaasStarter/Users.swift:12:9: error: saas_starter: table "users", column "role": default 'boss' is not a value of enum "system_role" (user, admin, super_admin) [enum-default]
/// ```
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// Stops the command: nothing is generated, `check` fails.
        case error
        /// Shown; the command goes on.
        case warning
        /// What was not done and why, or what to do next.
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }
    }

    public var severity: Severity
    /// A stable identifier of the rule (`foreign-key-unknown-column`), for tests and tools.
    public var code: DiagnosticCode
    public var message: String
    public var schema: String
    public var table: QualifiedName?
    public var column: String?
    /// The constraint, index or enum the problem is about.
    public var object: String?
    public var location: SourceLocation?

    public init(
        _ severity: Severity, code: DiagnosticCode, schema: String, table: QualifiedName? = nil, column: String? = nil,
        object: String? = nil, location: SourceLocation? = nil, _ message: String
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.schema = schema
        self.table = table
        self.column = column
        self.object = object
        self.location = location
    }

    /// `table "users", column "role"`: the object the message is about.
    public var subject: String {
        var parts: [String] = []
        if let table { parts.append("table \"\(table)\"") }
        if let column { parts.append("column \"\(column)\"") }
        if let object, object != column { parts.append("\"\(object)\"") }
        return parts.joined(separator: ", ")
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        let about = subject.isEmpty ? "" : "\(subject): "
        return "\(place)\(severity.rawValue): \(schema): \(about)\(message) [\(code)]"
    }
}

extension Diagnostic: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("code", code)
            try members.write("column", column)
            try members.write("location", location)
            try members.write("message", message)
            try members.write("object", object)
            try members.write("schema", schema)
            try members.write("severity", severity)
            try members.write("table", table)
        }
    }
}

extension Diagnostic.Severity: JSONWritable {}
