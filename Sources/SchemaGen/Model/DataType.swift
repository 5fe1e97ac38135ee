/// A PostgreSQL column type.
///
/// ```swift
/// Column("price", .numeric(precision: 10, scale: 2))   // "price" numeric(10,2)
/// Column("tags", .array(.text))                        // "tags" text[]
/// Column("seen_at", .timestamptz)                      // "seen_at" timestamp with time zone
/// ```
public indirect enum DataType: Hashable, Sendable {
    case smallint, integer, bigint
    /// Auto-incrementing integers: the integer type, an owned sequence and its `nextval` default.
    case smallserial, serial, bigserial
    case numeric(precision: Int? = nil, scale: Int? = nil)
    case real, doublePrecision
    case boolean
    case text
    case varchar(Int? = nil)
    /// `char(n)`; PostgreSQL reads a missing length as 1.
    case char(Int? = nil)
    case uuid
    case date
    case time(precision: Int? = nil, withTimeZone: Bool = false)
    case timestamp(precision: Int? = nil, withTimeZone: Bool = false)
    case interval
    case json, jsonb
    case bytea
    case inet, cidr, macaddr
    /// An array of another type. PostgreSQL does not enforce dimensions, so `text[][]` is `text[]`.
    case array(DataType)
    /// A declared PostgreSQL enum type.
    case enumeration(QualifiedName)
    /// Any other type, written as PostgreSQL spells it (`citext`, `tsvector`, `vector(1536)`).
    case custom(String)

    public static var varchar: DataType { .varchar(nil) }
    public static var char: DataType { .char(nil) }
    public static var numeric: DataType { .numeric(precision: nil, scale: nil) }
    public static var time: DataType { .time(precision: nil, withTimeZone: false) }
    public static var timestamp: DataType { .timestamp(precision: nil, withTimeZone: false) }
    /// `time with time zone`.
    public static var timetz: DataType { .time(precision: nil, withTimeZone: true) }
    /// `timestamp with time zone`.
    public static var timestamptz: DataType { .timestamp(precision: nil, withTimeZone: true) }
}

extension DataType {
    /// The type as stored: serial types are their integer type, arrays keep their element.
    public var storageType: DataType {
        switch self {
        case .smallserial: .smallint
        case .serial: .integer
        case .bigserial: .bigint
        case .array(let element): .array(element.storageType)
        default: self
        }
    }

    public var isSerial: Bool {
        switch self {
        case .smallserial, .serial, .bigserial: true
        default: false
        }
    }

    public var isInteger: Bool {
        switch storageType {
        case .smallint, .integer, .bigint: true
        default: false
        }
    }

    /// The character types, between which PostgreSQL compares and casts freely.
    public var isCharacter: Bool {
        switch self {
        case .text, .varchar, .char: true
        default: false
        }
    }

    public var isNumeric: Bool {
        switch storageType {
        case .smallint, .integer, .bigint, .numeric, .real, .doublePrecision: true
        default: false
        }
    }

    /// The enum type of the column, looking through arrays.
    public var enumName: QualifiedName? {
        switch self {
        case .enumeration(let name): name
        case .array(let element): element.enumName
        default: nil
        }
    }

    /// The same type with PostgreSQL's implicit parameters written out (`char` is `char(1)`,
    /// `numeric(10)` is `numeric(10,0)`), and a built-in type written as `.custom` by another of
    /// its names read as that type (`int4`, `pg_catalog.int4`, `numeric(10, 2)`, `text[]`).
    public var canonical: DataType {
        switch self {
        case .char(nil): .char(1)
        case .numeric(let precision?, nil): .numeric(precision: precision, scale: 0)
        case .array(let element): .array(element.canonical)
        case .custom(let name): DataType(builtinSpelling: name)?.canonical ?? self
        default: self
        }
    }
}
