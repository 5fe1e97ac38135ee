/// One partition of a table declared with ``PartitionBy``, and the rows it takes.
///
/// ```swift
/// Partition("events_2024", from: "2024-01-01", to: "2025-01-01")    // RANGE: FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
/// Partition("events_old", from: .minValue, to: "2020-01-01")         // FOR VALUES FROM (MINVALUE) TO ('2020-01-01')
/// Partition("readings_a1", from: ["a", 1], to: ["a", .maxValue])     // two keys
/// Partition("orders_eu", in: "de", "fr", .null)                      // LIST: FOR VALUES IN ('de', 'fr', NULL)
/// Partition("sessions_0", modulus: 4, remainder: 0)                  // HASH: FOR VALUES WITH (modulus 4, remainder 0)
/// Partition.default("orders_other")                                  // DEFAULT
/// ```
public struct Partition: Sendable {
    let definition: PartitionDefinition
    let location: SourceLocation

    /// A value of a bound: a constant (`"2024-01-01"`, `10`), `MINVALUE` or `MAXVALUE` in a
    /// range, `NULL` in a list, or an SQL expression PostgreSQL evaluates once (`.sql("'2024-01-01'::date + 7")`).
    public enum Value: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case literal(SQLLiteral)
        case minValue
        case maxValue
        case null
        case sql(String)

        public init(stringLiteral value: String) { self = .literal(.string(value)) }
        public init(integerLiteral value: Int) { self = .literal(.integer(value)) }

        var sql: String {
            switch self {
            case .literal(let literal): literal.sql
            case .minValue: "MINVALUE"
            case .maxValue: "MAXVALUE"
            case .null: "NULL"
            case .sql(let text): text
            }
        }
    }

    private init(_ name: String, schema: String?, bound: PartitionBound, comment: String?, location: SourceLocation) {
        definition = PartitionDefinition(name: QualifiedName(name, schema: schema ?? ""), bound: bound, comment: comment)
        self.location = location
    }

    /// A partition of a range-partitioned table, one value per key: from `lower`, included, to
    /// `upper`, excluded. `schema` is the parent's when nil.
    public init(
        _ name: String, schema: String? = nil, from lower: [Value], to upper: [Value], comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(name, schema: schema, bound: .range(from: lower.map(\.sql), to: upper.map(\.sql)), comment: comment,
                  location: SourceLocation(file: file, line: line, column: column))
    }

    /// A partition of a table partitioned by one range key.
    public init(
        _ name: String, schema: String? = nil, from lower: Value, to upper: Value, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(name, schema: schema, from: [lower], to: [upper], comment: comment, file: file, line: line, column: column)
    }

    /// A partition of a list-partitioned table.
    public init(
        _ name: String, schema: String? = nil, in values: Value..., comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(name, schema: schema, bound: .list(values.map(\.sql)), comment: comment,
                  location: SourceLocation(file: file, line: line, column: column))
    }

    /// A partition of a hash-partitioned table: the rows whose key hashes to `remainder` modulo `modulus`.
    public init(
        _ name: String, schema: String? = nil, modulus: Int, remainder: Int, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(name, schema: schema, bound: .hash(modulus: modulus, remainder: remainder), comment: comment,
                  location: SourceLocation(file: file, line: line, column: column))
    }

    /// The partition of a range- or list-partitioned table that takes the rows no other takes.
    public static func `default`(
        _ name: String, schema: String? = nil, comment: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Partition {
        Partition(name, schema: schema, bound: .default, comment: comment, location: SourceLocation(file: file, line: line, column: column))
    }
}
