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
    /// `COLLATE "C"`: a collation other than the column's; nil is the column's.
    public var collation: String?
    /// A non-default operator class (`text_pattern_ops`, `gin_trgm_ops`).
    public var operatorClass: String?
    /// The operator class's parameters (`gist_trgm_ops (siglen = 32)`); nil is none.
    public var operatorClassOptions: [String: String]?
    /// nil is the method's default (ascending).
    public var order: Order?
    /// nil is the default for the order (NULLS LAST ascending, NULLS FIRST descending).
    public var nulls: Nulls?

    public init(
        _ target: Target, collation: String? = nil, operatorClass: String? = nil, operatorClassOptions: [String: String] = [:],
        order: Order? = nil, nulls: Nulls? = nil
    ) {
        self.target = target
        self.collation = collation
        self.operatorClass = operatorClass
        self.operatorClassOptions = operatorClassOptions.isEmpty ? nil : operatorClassOptions
        self.order = order
        self.nulls = nulls
    }

    public init(stringLiteral column: String) {
        self.init(.column(column))
    }

    /// ```swift
    /// .column("name", collation: "C", operatorClass: "gist_trgm_ops", operatorClassOptions: ["siglen": "32"])
    /// // name COLLATE "C" gist_trgm_ops (siglen = 32)
    /// ```
    public static func column(
        _ name: String, collation: String? = nil, operatorClass: String? = nil, operatorClassOptions: [String: String] = [:],
        order: Order? = nil, nulls: Nulls? = nil
    ) -> IndexKey {
        IndexKey(.column(name), collation: collation, operatorClass: operatorClass, operatorClassOptions: operatorClassOptions, order: order, nulls: nulls)
    }

    public static func expression(
        _ sql: String, collation: String? = nil, operatorClass: String? = nil, operatorClassOptions: [String: String] = [:],
        order: Order? = nil, nulls: Nulls? = nil
    ) -> IndexKey {
        IndexKey(.expression(sql), collation: collation, operatorClass: operatorClass, operatorClassOptions: operatorClassOptions, order: order, nulls: nulls)
    }

    /// The column the key reads, when it is a plain column.
    public var column: String? {
        if case .column(let name) = target { name } else { nil }
    }
}

extension IndexKey: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("collation", collation)
            try members.write("nulls", nulls)
            try members.write("operatorClass", operatorClass)
            try members.write("operatorClassOptions", operatorClassOptions)
            try members.write("order", order)
            try members.write("target", target)
        }
    }
}

extension IndexKey.Order: JSONWritable {}
extension IndexKey.Nulls: JSONWritable {}
