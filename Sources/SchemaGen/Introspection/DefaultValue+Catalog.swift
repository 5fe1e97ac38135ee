extension DefaultValue {
    /// Reads a default as `pg_get_expr` writes it back: `'member'::character varying`,
    /// `'-1'::integer`, `50`, `true`, `'{a,b}'::text[]` become literals; anything else
    /// (`now()`, `gen_random_uuid()`) stays an expression.
    init(catalogExpression text: String, for type: DataType) {
        self = DefaultValue.literal(in: text, for: type).map(DefaultValue.literal) ?? .expression(text)
    }

    /// The same default with a literal written as an expression (`'{}'::jsonb`) read as a literal,
    /// so that two ways of declaring one default compare equal.
    public func normalized(for type: DataType) -> DefaultValue {
        guard case .expression(let text) = self else { return self }
        return DefaultValue(catalogExpression: text, for: type)
    }

    private static func literal(in text: String, for type: DataType) -> SQLLiteral? {
        if let quoted = quotedPrefix(of: text) {
            let rest = text[quoted.end...]
            // A cast to another type is part of the default (`'2030-01-01'::timestamp` on a
            // timestamptz column is evaluated in the session's time zone): an expression.
            guard rest.isEmpty || rest.hasPrefix("::") && type.acceptsLiteralCast(String(rest.dropFirst(2)), of: quoted.value) else { return nil }
            return literal(fromText: quoted.value, for: type)
        }
        switch text {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: break
        }
        if let value = Int(text) { return .integer(value) }
        if text.first?.isNumber == true, Double(text) != nil { return .number(text) }
        return nil
    }

    /// A constant given as text: a number or boolean on such columns, an array literal on
    /// arrays, a string otherwise.
    private static func literal(fromText value: String, for type: DataType) -> SQLLiteral {
        switch type.storageType {
        case .array(let element):
            return arrayElements(value).map { .array($0.map { literal(fromText: $0, for: element) }) } ?? .string(value)
        case .smallint, .integer, .bigint:
            return Int(value).map(SQLLiteral.integer) ?? .string(value)
        case .numeric, .real, .doublePrecision:
            // 'NaN' and 'Infinity' are numbers to Double, but only strings to SQL.
            let digits = value.first == "-" ? value.dropFirst() : Substring(value)
            return Int(value).map(SQLLiteral.integer) ?? (digits.first?.isNumber == true && Double(value) != nil ? .number(value) : .string(value))
        case .boolean where value == "true" || value == "false":
            return .boolean(value == "true")
        default:
            return .string(value)
        }
    }

    /// `'it''s'...` → ("it's", index after the closing quote).
    private static func quotedPrefix(of text: String) -> (value: String, end: String.Index)? {
        guard text.first == "'" else { return nil }
        var value = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if character == "'" {
                guard index < text.endIndex, text[index] == "'" else { return (value, index) }
                index = text.index(after: index)
            }
            value.append(character)
        }
        return nil
    }

    /// The elements of a one-dimensional array literal `{a,"b c"}`, unquoted and unescaped.
    private static func arrayElements(_ text: String) -> [String]? {
        guard text.first == "{", text.last == "}" else { return nil }
        let body = text.dropFirst().dropLast()
        if body.isEmpty { return [] }
        var elements: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in body {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                elements.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        elements.append(current)
        return elements
    }
}

extension DataType {
    /// Whether `'value'::cast` on a column of this type is a plain constant, written back the
    /// same: the cast is the column's own type as `format_type` names it, or, on a number
    /// column, the type PostgreSQL gives the bare number itself (`'-1'::integer`,
    /// `'10000000000'::bigint`, `'1.5'::numeric`). `'10000000000'::numeric` (from `1e10`) is
    /// not: written bare it would come back as bigint.
    func acceptsLiteralCast(_ cast: String, of value: String) -> Bool {
        if cast == castName { return true }
        guard isNumeric, !isArray else { return false }
        let literalType = if Int32(value) != nil { "integer" } else if Int64(value) != nil { "bigint" } else { "numeric" }
        return cast == literalType
    }

    private var isArray: Bool {
        if case .array = self { true } else { false }
    }

    /// The type as PostgreSQL names it in a cast: `format_type` without modifiers.
    var castName: String {
        switch storageType {
        case .varchar: "character varying"
        case .char: "bpchar"
        case .numeric: "numeric"
        case .time(_, let zone): zone ? "time with time zone" : "time without time zone"
        case .timestamp(_, let zone): zone ? "timestamp with time zone" : "timestamp without time zone"
        case .array(let element): element.castName + "[]"
        case .custom(let name): String(name.prefix { $0 != "(" }).trimmingCharacters(in: " ")
        case let type: type.sql
        }
    }
}
