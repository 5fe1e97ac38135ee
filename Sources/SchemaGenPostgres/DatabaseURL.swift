import Foundation

/// Where a database is and how to log in, read from a libpq-style URL:
///
/// ```
/// postgres://app:secret@db.internal:5432/billing?sslmode=require
/// postgres://postgres@/billing?host=/var/run/postgresql     (a Unix socket folder)
/// postgresql://%2Fvar%2Frun%2Fpostgresql/billing             (the same, percent-encoded)
/// ```
///
/// The password never appears in ``description``: errors and logs print the redacted form
/// `postgres://app:***@db.internal:5432/billing?sslmode=require`.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public enum Endpoint: Sendable, Hashable {
        case tcp(host: String, port: Int)
        /// The folder holding the server's socket, `.s.PGSQL.<port>`.
        case socket(folder: String, port: Int)
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode

    public init(endpoint: Endpoint, user: String, password: String? = nil, database: String, sslMode: SSLMode = .prefer) {
        self.endpoint = endpoint
        self.user = user
        self.password = password
        self.database = database
        self.sslMode = sslMode
    }

    /// Parses `text`; the error never repeats the password. Nothing in `text` can make it
    /// trap: every malformed part is a ``DatabaseURLError``.
    public init(_ text: String) throws {
        guard let schemeEnd = text.range(of: "://"), ["postgres", "postgresql"].contains(text[..<schemeEnd.lowerBound].lowercased()) else {
            throw DatabaseURLError("a database URL starts with postgres:// or postgresql://")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: [String: String] = [:]
        if let mark = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: mark)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = try Self.decode(parts[0], part: "a parameter name")
                guard !key.isEmpty else { throw DatabaseURLError("a query parameter has no name") }
                query[key] = parts.count > 1 ? try Self.decode(parts[1], part: "the value of \(key)") : ""
            }
            rest = rest[..<mark]
        }
        let authority: Substring
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            database = try Self.decode(rest[rest.index(after: slash)...], part: "the database name")
        } else {
            authority = rest
            database = ""
        }
        var hostPart = authority
        var userInfo: Substring?
        if let at = authority.lastIndex(of: "@") {
            userInfo = authority[..<at]
            hostPart = authority[authority.index(after: at)...]
        }
        user = query["user"] ?? ""
        password = query["password"]
        if let userInfo {
            let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            user = try Self.decode(parts[0], part: "the user name")
            if parts.count > 1 { password = try Self.decode(parts[1], part: "the password") }
        }
        var host: String
        var port = 5432
        if hostPart.hasPrefix("[") {
            // An IPv6 address, `[::1]` or `[::1]:5433`.
            guard let close = hostPart.firstIndex(of: "]") else { throw DatabaseURLError("an IPv6 address in [ ] has no closing ]") }
            host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            let after = hostPart[hostPart.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw DatabaseURLError("only :port may follow an IPv6 address") }
                port = try Self.port(after.dropFirst())
            }
        } else {
            host = try Self.decode(hostPart, part: "the host")
            if let colon = hostPart.lastIndex(of: ":") {
                port = try Self.port(hostPart[hostPart.index(after: colon)...])
                host = try Self.decode(hostPart[..<colon], part: "the host")
            }
        }
        if let number = query["port"] { port = try Self.port(Substring(number)) }
        if let folder = query["host"] { host = folder }
        guard !host.contains(",") else { throw DatabaseURLError("several hosts are not supported: name one") }
        guard !host.contains(where: { $0.isWhitespace || $0 == "\u{0}" }) else { throw DatabaseURLError("the host contains a space or a control character") }
        if host.isEmpty { host = "localhost" }
        endpoint = host.hasPrefix("/") ? .socket(folder: host, port: port) : .tcp(host: host, port: port)
        let mode = query["sslmode"] ?? (host.hasPrefix("/") ? "disable" : "prefer")
        guard let sslMode = SSLMode(rawValue: mode) else {
            throw DatabaseURLError("sslmode must be one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.sslMode = sslMode
        guard !user.contains("\u{0}"), !database.contains("\u{0}"), !(password ?? "").contains("\u{0}") else {
            throw DatabaseURLError("a NUL character cannot be sent to PostgreSQL")
        }
        if user.isEmpty { user = ProcessInfo.processInfo.environment["USER"] ?? "postgres" }
        if database.isEmpty { database = user }
    }

    /// A port from 1 to 65535.
    private static func port(_ text: Substring) throws -> Int {
        guard text.count <= 5, text.allSatisfy(\.isASCII), let number = Int(text), (1...65535).contains(number) else {
            throw DatabaseURLError("the port must be a number from 1 to 65535")
        }
        return number
    }

    /// Percent-decoded text; a malformed escape (`%zz`, or bytes that are not UTF-8) is an error.
    private static func decode(_ text: Substring, part: String) throws -> String {
        guard text.contains("%") else { return String(text) }
        guard let decoded = String(text).removingPercentEncoding else {
            throw DatabaseURLError("\(part) has a malformed %-escape")
        }
        return decoded
    }

    /// The same database with another name on the same server: where scratch databases go.
    public func with(database name: String) -> DatabaseURL {
        var copy = self
        copy.database = name
        return copy
    }

    /// The URL with the password replaced by `***`.
    public var description: String {
        let credentials = PercentEncoding.encode(user) + (password == nil ? "" : ":***")
        switch endpoint {
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return "postgres://\(credentials)@\(shownHost):\(port)/\(PercentEncoding.encode(database))?sslmode=\(sslMode.rawValue)"
        case .socket(let folder, let port):
            return "postgres://\(credentials)@/\(PercentEncoding.encode(database))?host=\(folder)&port=\(port)"
        }
    }
}

/// A database URL that cannot be read.
public struct DatabaseURLError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ problem: String) {
        description = "invalid database URL: \(problem)"
    }
}

private enum PercentEncoding {
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@/?#"))) ?? text
    }
}
