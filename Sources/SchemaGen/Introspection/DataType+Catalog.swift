extension DataType {
    /// Reads a type as PostgreSQL's `format_type` writes it (`character varying(255)`,
    /// `timestamp(3) with time zone`, `numeric(10,2)`); anything else is kept as `.custom`.
    init(catalogName name: String) {
        let (base, parameters) = Self.split(name)
        let first = parameters.first
        switch base {
        case "smallint": self = .smallint
        case "integer": self = .integer
        case "bigint": self = .bigint
        case "smallserial": self = .smallserial
        case "serial": self = .serial
        case "bigserial": self = .bigserial
        case "numeric": self = .numeric(precision: first, scale: parameters.count > 1 ? parameters[1] : nil)
        case "real": self = .real
        case "double precision": self = .doublePrecision
        case "boolean": self = .boolean
        case "text": self = .text
        case "character varying": self = .varchar(first)
        case "character", "bpchar": self = .char(first)
        case "uuid": self = .uuid
        case "date": self = .date
        case "time without time zone": self = .time(precision: first, withTimeZone: false)
        case "time with time zone": self = .time(precision: first, withTimeZone: true)
        case "timestamp without time zone": self = .timestamp(precision: first, withTimeZone: false)
        case "timestamp with time zone": self = .timestamp(precision: first, withTimeZone: true)
        case "interval": self = .interval
        case "json": self = .json
        case "jsonb": self = .jsonb
        case "bytea": self = .bytea
        case "inet": self = .inet
        case "cidr": self = .cidr
        case "macaddr": self = .macaddr
        default: self = .custom(name)
        }
    }

    /// `timestamp(3) with time zone` → (`timestamp with time zone`, [3]).
    private static func split(_ name: String) -> (base: String, parameters: [Int]) {
        guard let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") else {
            return (name, [])
        }
        let parameters = name[name.index(after: open)..<close].split(separator: ",").compactMap {
            Int($0.trimmingCharacters(in: " "))
        }
        let base = (name[..<open] + name[name.index(after: close)...]).trimmingCharacters(in: " ")
        return (base, parameters)
    }
}

extension StringProtocol {
    func trimmingCharacters(in character: Character) -> String {
        guard let first = firstIndex(where: { $0 != character }), let last = lastIndex(where: { $0 != character }) else { return "" }
        return String(self[first...last])
    }
}
