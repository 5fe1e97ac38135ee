/// One hazard of one planned statement: its kind and what exactly it means here. Written
/// above the statement in a migration file, so that it stays with the frozen SQL:
///
/// ```sql
/// -- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held while the table is rewritten: blocks reads and writes
/// -- hazard table-rewrite: "users" is rewritten with its indexes
/// ALTER TABLE "users" ALTER COLUMN "age" TYPE bigint;
/// ```
public struct Hazard: Hashable, Sendable, Codable, CustomStringConvertible {
    public var kind: HazardKind
    public var detail: String

    public init(_ kind: HazardKind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(kind.rawValue): \(detail)" }

    static let marker = "-- hazard "

    /// The comment line of a migration file.
    var comment: String { Self.marker + CommentText.escape(description) }

    /// Reads a comment line written by ``comment`` back.
    init?(comment line: String) {
        guard line.hasPrefix(Self.marker) else { return nil }
        let text = line.dropFirst(Self.marker.count)
        guard let colon = text.firstIndex(of: ":"), let kind = HazardKind(rawValue: String(text[..<colon])) else { return nil }
        self.init(kind, CommentText.unescape(String(text[text.index(after: colon)...].drop { $0 == " " })))
    }
}
