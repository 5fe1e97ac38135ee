/// The rows a partition takes, with each value as SQL text, as `pg_get_expr(relpartbound)`
/// prints it (`'2024-01-01'`, `10`, `MINVALUE`, `NULL`).
public enum PartitionBound: Hashable, Sendable {
    /// `DEFAULT`: the rows no other partition takes.
    case `default`
    /// `FOR VALUES FROM (lower) TO (upper)`: lower included, upper excluded, one value per key.
    case range(from: [String], to: [String])
    /// `FOR VALUES IN (values)`.
    case list([String])
    /// `FOR VALUES WITH (modulus m, remainder r)`.
    case hash(modulus: Int, remainder: Int)

    /// The clause, as PostgreSQL prints it.
    public var sql: String {
        switch self {
        case .default: "DEFAULT"
        case .range(let lower, let upper): "FOR VALUES FROM (\(lower.joined(separator: ", "))) TO (\(upper.joined(separator: ", ")))"
        case .list(let values): "FOR VALUES IN (\(values.joined(separator: ", ")))"
        case .hash(let modulus, let remainder): "FOR VALUES WITH (modulus \(modulus), remainder \(remainder))"
        }
    }

    /// Reads the clause `pg_get_expr` prints; nil for text of another form.
    public init?(sql: String) {
        func values(_ text: Substring) -> [String]? {
            guard text.first == "(", text.last == ")" else { return nil }
            return SQLExpression.listItems(String(text.dropFirst().dropLast()))
        }
        if sql == "DEFAULT" {
            self = .default
        } else if sql.hasPrefix("FOR VALUES IN "), let list = values(sql.dropFirst("FOR VALUES IN ".count)) {
            self = .list(list)
        } else if sql.hasPrefix("FOR VALUES FROM "), let to = sql.range(of: ") TO (", options: .backwards),
                  let lower = values(sql[sql.index(sql.startIndex, offsetBy: "FOR VALUES FROM ".count)...to.lowerBound]),
                  let upper = values(sql[sql.index(before: to.upperBound)...]) {
            self = .range(from: lower, to: upper)
        } else if sql.hasPrefix("FOR VALUES WITH (modulus "), sql.hasSuffix(")") {
            let numbers = sql.dropFirst("FOR VALUES WITH (modulus ".count).dropLast().split(separator: ", remainder ")
            guard numbers.count == 2, let modulus = Int(numbers[0]), let remainder = Int(numbers[1]) else { return nil }
            self = .hash(modulus: modulus, remainder: remainder)
        } else {
            return nil
        }
    }
}

extension PartitionBound: Codable {
    /// Stored as its SQL text.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let bound = PartitionBound(sql: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a partition bound: \(text)"))
        }
        self = bound
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sql)
    }
}
