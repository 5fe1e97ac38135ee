/// A sequence in its own right (not a serial column's or an identity's), with its options;
/// nil is PostgreSQL's default for the option, as with ``Identity``.
///
/// ```sql
/// CREATE SEQUENCE "order_numbers" AS integer START WITH 1000 INCREMENT BY 10 CACHE 20;
/// ALTER SEQUENCE "order_numbers" OWNED BY "orders"."number";
/// ```
public struct SequenceDefinition: Hashable, Sendable, Codable {
    public var name: QualifiedName
    /// `AS smallint | integer | bigint`.
    public var type: DataType
    public var start: Int?
    public var increment: Int?
    public var minValue: Int?
    public var maxValue: Int?
    public var cache: Int?
    public var cycle: Bool?
    /// `OWNED BY table.column`: the sequence is dropped with the column.
    public var ownedBy: ColumnPath?
    public var comment: String?

    public init(
        name: QualifiedName, type: DataType = .bigint, start: Int? = nil, increment: Int? = nil, minValue: Int? = nil, maxValue: Int? = nil,
        cache: Int? = nil, cycle: Bool? = nil, ownedBy: ColumnPath? = nil, comment: String? = nil
    ) {
        self.name = name
        self.type = type
        self.start = start
        self.increment = increment
        self.minValue = minValue
        self.maxValue = maxValue
        self.cache = cache
        self.cycle = cycle == true ? true : nil
        self.ownedBy = ownedBy
        self.comment = comment
    }

    /// The options as an identity holds them, to share its defaults and its SQL.
    var options: Identity {
        Identity(.byDefault, start: start, increment: increment, minValue: minValue, maxValue: maxValue, cache: cache, cycle: cycle)
    }

    /// The same sequence with each option that is PostgreSQL's default for its type left nil.
    public var normalized: SequenceDefinition {
        var sequence = self
        let options = options.normalized(for: type)
        (sequence.start, sequence.increment, sequence.minValue, sequence.maxValue, sequence.cache, sequence.cycle) =
            (options.start, options.increment, options.minValue, options.maxValue, options.cache, options.cycle)
        sequence.type = type.storageType
        return sequence
    }
}

/// A column by its table: what `OWNED BY` names.
public struct ColumnPath: Hashable, Sendable, Codable, CustomStringConvertible {
    public var table: QualifiedName
    public var column: String

    public init(_ table: QualifiedName, _ column: String) {
        self.table = table
        self.column = column
    }

    public var description: String { "\(table).\(column)" }
}
