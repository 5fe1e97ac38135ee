/// One way two schemas differ, as a person reads it in a drift report:
///
/// ```
/// missing: column public.users.nickname
/// unexpected: index public.users_name_idx
/// changed: column public.users.email: type is varchar(255) declared, text in the database
/// ```
public struct SchemaDifference: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Expected (declared) but absent.
        case missing
        /// Present but not expected.
        case unexpected
        /// Present on both sides, differently.
        case changed
    }

    public var kind: Kind
    /// `table public.users`, `column public.users.email`, `foreign key users_team_id_fkey on public.users`.
    public var object: String
    /// For a change: what differs, both ways.
    public var detail: String?

    public init(_ kind: Kind, _ object: String, detail: String? = nil) {
        self.kind = kind
        self.object = object
        self.detail = detail
    }

    public var description: String {
        "\(kind.rawValue): \(object)" + (detail.map { ": \($0)" } ?? "")
    }
}
