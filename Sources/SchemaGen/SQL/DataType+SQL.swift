extension DataType {
    /// The type as written in DDL: `varchar(255)`, `timestamp(3) with time zone`, `text[]`.
    public var sql: String {
        switch self {
        case .smallint: "smallint"
        case .integer: "integer"
        case .bigint: "bigint"
        case .smallserial: "smallserial"
        case .serial: "serial"
        case .bigserial: "bigserial"
        case .numeric(let precision?, let scale?): "numeric(\(precision),\(scale))"
        case .numeric(let precision?, nil): "numeric(\(precision))"
        case .numeric: "numeric"
        case .real: "real"
        case .doublePrecision: "double precision"
        case .boolean: "boolean"
        case .text: "text"
        case .varchar(let length): "varchar" + Self.parameter(length)
        case .char(let length): "char" + Self.parameter(length)
        case .uuid: "uuid"
        case .date: "date"
        case .time(let precision, let zone): "time" + Self.parameter(precision) + Self.zone(zone)
        case .timestamp(let precision, let zone): "timestamp" + Self.parameter(precision) + Self.zone(zone)
        case .interval: "interval"
        case .json: "json"
        case .jsonb: "jsonb"
        case .bytea: "bytea"
        case .inet: "inet"
        case .cidr: "cidr"
        case .macaddr: "macaddr"
        case .array(let element): element.sql + "[]"
        case .enumeration(let name): SQLIdentifier.quote(name)
        case .custom(let name): name
        }
    }

    private static func parameter(_ value: Int?) -> String {
        value.map { "(\($0))" } ?? ""
    }

    private static func zone(_ withTimeZone: Bool) -> String {
        withTimeZone ? " with time zone" : ""
    }
}
