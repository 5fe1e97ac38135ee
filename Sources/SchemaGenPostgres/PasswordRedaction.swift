import Foundation

/// Hides passwords in any text about to be printed: the `password` of every `scheme://user:password@`
/// (any scheme, any letter case) and every `password=` parameter becomes `***`.
///
/// ```swift
/// PasswordRedaction.apply(to: "no schema named 'Postgres://deployer:S3cr3t@db/app'")
/// // no schema named 'Postgres://deployer:***@db/app'
/// ```
public enum PasswordRedaction {
    public static func apply(to text: String) -> String {
        guard text.contains("://") || text.lowercased().contains("password=") else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            output += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first `/`, `?`, `#`, space or quote; the password sits
            // between the user's `:` and the last `@` before that end.
            let end = rest.firstIndex { "/?#'\"` \n\t<>".contains($0) } ?? rest.endIndex
            let authority = rest[..<end]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                output += authority[...colon] + "***" + authority[at...]
                rest = rest[end...]
            }
        }
        output += rest
        return redactingParameters(output)
    }

    /// `password=secret` (in a query string or a connection string) as `password=***`.
    private static func redactingParameters(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let key = rest.range(of: "password=", options: .caseInsensitive) {
            output += rest[..<key.upperBound] + "***"
            rest = rest[key.upperBound...]
            rest = rest[(rest.firstIndex { "&;'\"` \n\t".contains($0) } ?? rest.endIndex)...]
        }
        return output + rest
    }
}
