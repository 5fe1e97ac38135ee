extension Validator {
    /// Types, defaults, identity and generated columns.
    func checkColumns(of table: TableDefinition, into diagnostics: inout [Diagnostic]) {
        for column in table.columns {
            let path = SourcePath.column(table.name, column.name)
            func report(_ code: DiagnosticCode, _ message: String) {
                diagnostics.append(diagnostic(code, table: table.name, column: column.name, at: path, message))
            }
            if let problem = typeProblem(column.type) { report(.invalidType, problem) }
            if let name = column.type.enumName, schema.enumType(named: name) == nil {
                report(.unknownEnum, "uses enum \"\(name)\", which is not listed in schema \(schema.name); add it to the Schema block")
            }
            if let value = column.defaultValue {
                if column.type.isSerial { report(.serialDefault, "a serial column has its own default; remove the default or use an integer type") }
                if column.identity != nil { report(.identityDefault, "an identity column cannot also have a default") }
                if column.generatedExpression != nil { report(.generatedDefault, "a generated column cannot have a default") }
                if case .literal(let literal) = value {
                    if let problem = literal.syntaxProblem {
                        report(.invalidLiteral, problem)
                    } else if let problem = literalProblem(literal, for: column.type) {
                        report(problem.code, problem.message)
                    }
                }
            }
            if column.identity != nil {
                if !column.type.storageType.isInteger || column.type.isSerial {
                    report(.identityType, "an identity column must be smallint, integer or bigint, not \(column.type.sql)")
                }
                if column.generatedExpression != nil { report(.identityGenerated, "a column cannot be both identity and generated") }
                if let problem = identityProblem(column.identity!, type: column.type.storageType) { report(.invalidIdentity, problem) }
            }
            if let swiftType = column.jsonSwiftType {
                if ![.json, .jsonb].contains(column.type) {
                    report(.jsonType, "jsonType(...) applies to json and jsonb columns, not \(column.type.sql)")
                } else if !SwiftTypeReference.isValid(swiftType) {
                    report(.jsonType, "jsonType(\(Self.shown(swiftType))) is not a Swift type name such as Settings, [String: Int] or Payload.V2")
                }
            }
        }
    }

    /// Sequence options PostgreSQL refuses (`CREATE SEQUENCE`): the bounds default to the
    /// type's range, the start to the minimum (or the maximum for a negative increment).
    private func identityProblem(_ identity: Identity, type: DataType) -> String? {
        let range = Identity.range(of: type)
        let increment = identity.increment ?? 1
        if increment == 0 { return "identity INCREMENT must not be zero" }
        for (name, value) in [("MINVALUE", identity.minValue), ("MAXVALUE", identity.maxValue), ("START", identity.start)] {
            if let value, !range.contains(value) { return "identity \(name) \(value) is out of range for \(type.sql) (\(range.lowerBound) to \(range.upperBound))" }
        }
        let minimum = identity.minValue ?? (increment > 0 ? 1 : range.lowerBound)
        let maximum = identity.maxValue ?? (increment > 0 ? range.upperBound : -1)
        if minimum >= maximum { return "identity MINVALUE \(minimum) must be less than MAXVALUE \(maximum)" }
        let start = identity.start ?? (increment > 0 ? minimum : maximum)
        if !(minimum...maximum).contains(start) { return "identity START \(start) must be between MINVALUE \(minimum) and MAXVALUE \(maximum)" }
        if let cache = identity.cache, cache < 1 { return "identity CACHE must be at least 1, not \(cache)" }
        return nil
    }

    /// What is wrong with a type's parameters, if anything.
    private func typeProblem(_ type: DataType) -> String? {
        switch type {
        case .numeric(let precision?, let scale):
            if !(1...1000).contains(precision) { return "numeric precision must be between 1 and 1000, not \(precision)" }
            if let scale, !(0...precision).contains(scale) { return "numeric scale must be between 0 and the precision \(precision), not \(scale)" }
        case .numeric(nil, .some): return "numeric needs a precision when it has a scale"
        case .varchar(let length?), .char(let length?):
            if !(1...10_485_760).contains(length) { return "length must be between 1 and 10485760, not \(length)" }
        case .time(let precision?, _), .timestamp(let precision?, _):
            if !(0...6).contains(precision) { return "time precision must be between 0 and 6, not \(precision)" }
        case .array(let element):
            if element.isSerial { return "an array of serial is not a type; use an array of the integer type" }
            return typeProblem(element)
        case .custom(let name) where name.trimmingWhitespace.isEmpty: return "custom type has no name"
        case .custom(let name) where !SQLTypeName.isValid(name):
            return "custom type \(Self.shown(name)) is not a type name: write a name such as tstzrange, \"My Type\", extensions.citext, bit(8) or int4range[]"
        default: break
        }
        return nil
    }

    /// Whether a constant fits a column type: its kind, its enum, its length.
    private func literalProblem(_ literal: SQLLiteral, for type: DataType) -> (code: DiagnosticCode, message: String)? {
        let storage = type.storageType
        if case .custom = storage { return nil }
        func mismatch() -> (DiagnosticCode, String) {
            (.defaultType, "default \(literal.sql) does not fit type \(type.sql)")
        }
        if case .array(let elements) = literal {
            guard case .array(let element) = storage else { return mismatch() }
            return elements.lazy.compactMap { literalProblem($0, for: element) }.first
        }
        if case .array = storage { return mismatch() }
        switch literal {
        case .array:
            return nil
        case .boolean:
            return storage == .boolean ? nil : mismatch()
        case .integer:
            return storage.isNumeric ? nil : mismatch()
        case .number:
            switch storage {
            case .numeric, .real, .doublePrecision: return nil
            default: return mismatch()
            }
        case .string(let value):
            switch storage {
            case .enumeration(let name):
                guard let type = schema.enumType(named: name), !type.values.contains(value) else { return nil }
                return (.enumDefault, "default '\(value)' is not a value of enum \"\(name)\" (\(type.values.joined(separator: ", ")))")
            case .varchar(let length?) where value.count > length, .char(let length?) where value.count > length:
                return (.defaultTooLong, "default \(literal.sql) is \(value.count) characters, longer than \(type.sql) holds")
            case .boolean, .smallint, .integer, .bigint, .real, .doublePrecision:
                return mismatch()
            default:
                return nil
            }
        }
    }
}

extension Validator {
    /// Text from a declaration, quoted for a message, with control characters escaped.
    static func shown(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0) }.joined() + "\""
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
