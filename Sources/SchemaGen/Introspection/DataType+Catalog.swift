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

    /// A built-in type named as `.custom(...)` may name it: an alias (`int4`, `float8`,
    /// `timestamptz`, `varchar(20)`), `pg_catalog.`-qualified, in capitals, with spaces inside
    /// the modifier, or an array of one (`text[]`). nil for any other type.
    init?(builtinSpelling name: String) {
        var text = name.trimmingCharacters(in: " ")
        if text.hasSuffix("[]") {
            guard let element = DataType(builtinSpelling: String(text.dropLast(2))) else {
                self = .array(.custom(String(text.dropLast(2))))
                return
            }
            self = .array(element)
            return
        }
        // Unquoted names fold to lower case; a quoted one names a type of its own.
        guard !text.contains("\"") else { return nil }
        text = text.lowercased()
        if text.hasPrefix("pg_catalog.") { text = String(text.dropFirst("pg_catalog.".count)) }
        let (base, parameters) = Self.split(text)
        let aliases = [
            "int2": "smallint", "int": "integer", "int4": "integer", "int8": "bigint", "float4": "real", "float8": "double precision",
            "bool": "boolean", "varchar": "character varying", "char": "character", "decimal": "numeric",
            "timestamptz": "timestamp with time zone", "timestamp": "timestamp without time zone", "timetz": "time with time zone",
            "time": "time without time zone", "serial4": "serial", "serial8": "bigserial", "serial2": "smallserial",
        ]
        let canonicalBase = aliases[base] ?? base
        let modifier = parameters.isEmpty ? "" : "(" + parameters.map(String.init).joined(separator: ",") + ")"
        // Modifiers of the time types sit before `with(out) time zone` in format_type's spelling.
        let spelled = canonicalBase.hasSuffix(" time zone") && !modifier.isEmpty
            ? canonicalBase.replacingFirst(" with", by: "\(modifier) with")
            : canonicalBase + modifier
        let type = DataType(catalogName: spelled)
        if case .custom = type { return nil }
        self = type
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

extension String {
    /// The text with the first `target` replaced.
    func replacingFirst(_ target: String, by replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

extension StringProtocol {
    func trimmingCharacters(in character: Character) -> String {
        guard let first = firstIndex(where: { $0 != character }), let last = lastIndex(where: { $0 != character }) else { return "" }
        return String(self[first...last])
    }
}
