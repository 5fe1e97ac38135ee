/// One key of an index: a column or an expression, with its operator class and ordering.
///
/// ```swift
/// Index("users_email_lower_idx", on: .expression("lower(email)")).unique()
/// Index("posts_recent_idx", on: .column("published_at", order: .descending, nulls: .last))
/// ```
public struct IndexKey: Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    public enum Target: Hashable, Sendable {
        case column(String)
        case expression(String)
    }

    public enum Order: String, Hashable, Sendable, Codable {
        case ascending = "ASC"
        case descending = "DESC"
    }

    public enum Nulls: String, Hashable, Sendable, Codable {
        case first = "NULLS FIRST"
        case last = "NULLS LAST"
    }

    public var target: Target
    /// A non-default operator class (`text_pattern_ops`, `gin_trgm_ops`).
    public var operatorClass: String?
    /// nil is the method's default (ascending).
    public var order: Order?
    /// nil is the default for the order (NULLS LAST ascending, NULLS FIRST descending).
    public var nulls: Nulls?

    public init(_ target: Target, operatorClass: String? = nil, order: Order? = nil, nulls: Nulls? = nil) {
        self.target = target
        self.operatorClass = operatorClass
        self.order = order
        self.nulls = nulls
    }

    public init(stringLiteral column: String) {
        self.init(.column(column))
    }

    public static func column(
        _ name: String, operatorClass: String? = nil, order: Order? = nil, nulls: Nulls? = nil
    ) -> IndexKey {
        IndexKey(.column(name), operatorClass: operatorClass, order: order, nulls: nulls)
    }

    public static func expression(
        _ sql: String, operatorClass: String? = nil, order: Order? = nil, nulls: Nulls? = nil
    ) -> IndexKey {
        IndexKey(.expression(sql), operatorClass: operatorClass, order: order, nulls: nulls)
    }

    /// The column the key reads, when it is a plain column.
    public var column: String? {
        if case .column(let name) = target { name } else { nil }
    }
}
