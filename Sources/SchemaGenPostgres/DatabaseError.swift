import PostgresNIO

/// A failure a user acts on, reported without the connection's password: PostgreSQL's own
/// message (with its detail, hint and SQLSTATE) or what stopped the connection.
///
/// ```
/// 0003_add_index.sql, step 1, statement 3: CREATE UNIQUE INDEX users_email_idx ON users (email);
///   ERROR: could not create unique index "users_email_idx" (SQLSTATE 23505)
///   DETAIL: Key (email)=(a@example.com) is duplicated.
/// ```
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    /// PostgreSQL's message, or the connection problem.
    public var message: String
    public var detail: String?
    public var hint: String?
    /// The SQLSTATE code, when PostgreSQL reported the error.
    public var code: String?
    /// What was running: a file and statement, a catalog query, a connection to a redacted URL.
    public var context: String?

    public init(message: String, detail: String? = nil, hint: String? = nil, code: String? = nil, context: String? = nil) {
        self.message = message
        self.detail = detail
        self.hint = hint
        self.code = code
        self.context = context
    }

    /// The error as a user reads it; PSQLError's own text is generic on purpose, so the
    /// server's fields are taken apart here.
    init(_ error: any Error, context: String?) {
        if let known = error as? DatabaseError {
            self = known
            if self.context == nil { self.context = context }
            return
        }
        self.context = context
        if let error = error as? PSQLError {
            if let info = error.serverInfo, let message = info[.message] {
                self.message = "\(info[.localizedSeverity] ?? "ERROR"): \(message)"
                detail = info[.detail]
                hint = info[.hint]
                code = info[.sqlState]
            } else {
                self.message = "\(error.code)".replacingOccurrences(of: "_", with: " ")
                if let underlying = error.underlying { detail = "\(underlying)" }
            }
        } else {
            message = "\(error)"
        }
    }

    public var description: String {
        var lines: [String] = []
        if let context { lines.append(context) }
        lines.append((context == nil ? "" : "  ") + message + (code.map { " (SQLSTATE \($0))" } ?? ""))
        if let detail { lines.append("  DETAIL: \(detail)") }
        if let hint { lines.append("  HINT: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
