/// What PostgreSQL does when a column changes from one type to another, in one place: whether
/// every value survives, whether the table is rewritten, whether the conversion needs a
/// `USING` cast, and whether it can fail on the data.
///
/// ```swift
/// TypeConversion(from: .varchar(20), to: .text)         // lossless, catalog only
/// TypeConversion(from: .text, to: .integer).using("n")  // "n::integer"
/// ```
public struct TypeConversion: Sendable {
    public let from: DataType
    public let to: DataType

    public init(from: DataType, to: DataType) {
        self.from = from.storageType.canonical
        self.to = to.storageType.canonical
    }

    /// Whether every value of `from` fits `to` without loss: longer text, larger integers,
    /// wider numerics, finer timestamps. Anything else is a destructive change.
    public var isLossless: Bool { Self.isLossless(from, to) }

    private static func isLossless(_ from: DataType, _ to: DataType) -> Bool {
        switch (from, to) {
        case (.varchar(let a?), .varchar(let b?)): a <= b
        case (.varchar, .varchar(nil)), (.varchar, .text), (.char, .text), (.char, .varchar(nil)), (.text, .varchar(nil)): true
        case (.char(let a?), .varchar(let b?)): a <= b
        case (.smallint, .integer), (.smallint, .bigint), (.integer, .bigint), (.real, .doublePrecision): true
        case (.smallint, .numeric(nil, _)), (.integer, .numeric(nil, _)), (.bigint, .numeric(nil, _)): true
        case (.numeric(let p1?, let s1?), .numeric(let p2?, let s2?)): s2 >= s1 && p2 - s2 >= p1 - s1
        case (.numeric(_?, _), .numeric(nil, _)): true
        case (.timestamp(let p1, let z1), .timestamp(let p2, let z2)): z1 == z2 && (p2 ?? 6) >= (p1 ?? 6)
        case (.time(let p1, let z1), .time(let p2, let z2)): z1 == z2 && (p2 ?? 6) >= (p1 ?? 6)
        case (.json, .jsonb), (.jsonb, .json), (.cidr, .inet): true
        case (.text, .custom("citext")), (.varchar, .custom("citext")), (.custom("citext"), .text): true
        case (.array(let a), .array(let b)): isLossless(a, b)
        default: false
        }
    }

    /// Whether PostgreSQL writes every row again. It changes the catalog only for longer or
    /// unbounded text, wider numerics of the same scale, finer time precision and `cidr` to
    /// `inet`; arrays are rewritten whatever their elements.
    public var rewritesTable: Bool {
        switch (from, to) {
        case (.varchar(let a?), .varchar(let b?)): a > b
        case (.varchar, .varchar(nil)), (.varchar, .text), (.text, .varchar(nil)): false
        case (.numeric(let p1?, let s1), .numeric(let p2?, let s2)): s1 != s2 || p2 < p1
        case (.numeric(_?, _), .numeric(nil, nil)): false
        case (.timestamp(let p1, let z1), .timestamp(let p2, let z2)): z1 != z2 || (p2 ?? 6) < (p1 ?? 6)
        case (.time(let p1, let z1), .time(let p2, let z2)): z1 != z2 || (p2 ?? 6) < (p1 ?? 6)
        case (.cidr, .inet): false
        // citext declares its casts to and from text WITHOUT FUNCTION: the same bytes.
        case (.text, .custom("citext")), (.varchar(nil), .custom("citext")), (.custom("citext"), .text): false
        default: true
        }
    }

    /// Whether a value may not convert, so that the change fails on some data: anything that
    /// is not lossless, except into `text` or unbounded `varchar`, which hold any value's text.
    public var mayFail: Bool {
        guard !isLossless else { return false }
        switch to {
        case .text, .varchar(nil): return false
        default: return true
        }
    }

    /// The `USING` expression for `column` (already quoted), or nil when PostgreSQL converts by
    /// assignment (into text, between numbers, between times). Enums and arrays of them go
    /// through text, since no cast joins two enum types: `status::text::new_status`.
    public func using(_ column: String) -> String? {
        if to.isCharacter { return nil }
        if from.isCharacter, to.isCharacter { return nil }
        if from.isNumeric, to.isNumeric { return nil }
        if case .timestamp = from, case .timestamp = to { return nil }
        if case .time = from, case .time = to { return nil }
        if from.enumName != nil {
            let text = if case .array = from { "text[]" } else { "text" }
            return "\(column)::\(text)::\(to.sql)"
        }
        return "\(column)::\(to.sql)"
    }
}
