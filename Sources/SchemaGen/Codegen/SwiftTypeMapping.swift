/// The Swift type of each PostgreSQL type in generated code. Foundation types only:
///
/// | PostgreSQL | Swift |
/// |---|---|
/// | smallint / smallserial | `Int16` |
/// | integer / serial | `Int32` |
/// | bigint / bigserial | `Int64` |
/// | numeric | `Decimal` |
/// | real / double precision | `Float` / `Double` |
/// | boolean | `Bool` |
/// | text, varchar, char, citext and other custom types | `String` |
/// | uuid | `UUID` |
/// | date, timestamp, timestamp with time zone | `Date` |
/// | time, interval, inet, cidr, macaddr | `String` |
/// | json, jsonb | the declared `jsonType`, else `JSONValue` |
/// | bytea | `Data` |
/// | T[] | `[T]` |
/// | an enum | the generated Swift enum |
/// | a domain | its base type's |
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
}
