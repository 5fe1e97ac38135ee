/// The Swift type of each PostgreSQL type in generated code (Foundation types only), and how
/// `RowBridge` carries it: in PostgreSQL's binary format, or, where that is not the Swift type's
/// form, as text or as JSON (the row's `columnEncodings`).
///
/// | PostgreSQL | Swift | carried |
/// |---|---|---|
/// | smallint / smallserial | `Int16` | binary |
/// | integer / serial | `Int32` | binary |
/// | bigint / bigserial | `Int64` | binary |
/// | numeric | `Decimal` | binary |
/// | real / double precision | `Float` / `Double` | binary |
/// | boolean | `Bool` | binary |
/// | text, varchar, char | `String` | binary |
/// | citext and other custom types | `String` | text |
/// | uuid | `UUID` | binary |
/// | date, timestamp, timestamp with time zone | `Date` | binary |
/// | time, interval, inet, cidr, macaddr | `String` | text |
/// | json, jsonb | the declared `jsonType`, else `JSONValue` | JSON |
/// | bytea | `Data` | binary |
/// | T[] | `[T]` | binary for the integers, floats, `boolean`, text types, `uuid` and dates; else JSON |
/// | an enum | the generated Swift enum | binary (the label) |
/// | a domain | its base type's | its base type's |
enum SwiftTypeMapping {
    /// `enums` are the generated enums' names (``SwiftTypeNames``); an enum not among them is
    /// named from its SQL name.
    static func swiftType(of type: DataType, jsonType: String? = nil, enums: [QualifiedName: String] = [:]) -> String {
        switch type {
        case .smallint, .smallserial: "Int16"
        case .integer, .serial: "Int32"
        case .bigint, .bigserial: "Int64"
        case .numeric: "Decimal"
        case .real: "Float"
        case .doublePrecision: "Double"
        case .boolean: "Bool"
        case .text, .varchar, .char, .custom: "String"
        case .uuid: "UUID"
        case .date, .timestamp: "Date"
        case .time, .interval, .inet, .cidr, .macaddr: "String"
        case .json, .jsonb: jsonType ?? "JSONValue"
        case .bytea: "Data"
        case .array(let element): "[\(swiftType(of: element, enums: enums))]"
        case .enumeration(let name): enums[name] ?? SwiftNaming.typeName(of: name.name)
        }
    }

    /// How `RowBridge` carries a column of `type` (a domain resolved to its base type): `.text`
    /// or `.json` when PostgreSQL's binary form is not its Swift type's, nil when it is.
    static func encoding(of type: DataType) -> String? {
        switch type {
        case .time, .interval, .inet, .cidr, .macaddr, .custom: ".text"
        case .json, .jsonb: ".json"
        case .array(.smallint), .array(.integer), .array(.bigint), .array(.real), .array(.doublePrecision), .array(.boolean),
             .array(.text), .array(.varchar), .array(.char), .array(.uuid), .array(.date), .array(.timestamp): nil
        case .array: ".json"
        default: nil
        }
    }
}
