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

    /// Parses `text`; the error never repeats the password.
    public init(_ text: String) throws {
        guard let schemeEnd = text.range(of: "://"), ["postgres", "postgresql"].contains(text[..<schemeEnd.lowerBound]) else {
            throw DatabaseURLError("a database URL starts with postgres:// or postgresql://")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query: [String: String] = [:]
        if let mark = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: mark)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                query[parts[0]] = parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : ""
            }
            rest = rest[..<mark]
        }
        let authority: Substring
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            database = String(rest[rest.index(after: slash)...]).removingPercentEncoding ?? ""
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
            user = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            if parts.count > 1 { password = String(parts[1]).removingPercentEncoding ?? String(parts[1]) }
        }
        var host = String(hostPart)
        var port = 5432
        if !host.hasPrefix("["), let colon = host.lastIndex(of: ":") {
            guard let number = Int(host[host.index(after: colon)...]), (1...65535).contains(number) else {
                throw DatabaseURLError("the port must be a number from 1 to 65535")
            }
            port = number
            host = String(host[..<colon])
        }
        if let number = query["port"] {
            guard let value = Int(number) else { throw DatabaseURLError("the port must be a number from 1 to 65535") }
            port = value
        }
        host = query["host"] ?? (host.removingPercentEncoding ?? host)
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.isEmpty { host = "localhost" }
        endpoint = host.hasPrefix("/") ? .socket(folder: host, port: port) : .tcp(host: host, port: port)
        let mode = query["sslmode"] ?? (host.hasPrefix("/") ? "disable" : "prefer")
        guard let sslMode = SSLMode(rawValue: mode) else {
            throw DatabaseURLError("sslmode must be one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.sslMode = sslMode
        if user.isEmpty { user = ProcessInfo.processInfo.environment["USER"] ?? "postgres" }
        if database.isEmpty { database = user }
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
