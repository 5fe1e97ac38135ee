/// The statements of sequences, functions, views, triggers and row-level security.
extension DDLStatement {
    /// `CREATE SEQUENCE order_numbers AS integer START WITH 1000 INCREMENT BY 10;`: options at
    /// their defaults are left out, `OWNED BY` is `sequenceOwner(_:)`, once the table exists.
    public static func createSequence(_ sequence: SequenceDefinition) -> String {
        let options = sequence.normalized.options.options
        return "CREATE SEQUENCE \(SQLIdentifier.quote(sequence.name))" + (sequence.type.storageType == .bigint ? "" : " AS \(sequence.type.storageType.sql)")
            + (options.isEmpty ? "" : " " + options.joined(separator: " ")) + ";"
    }

    /// `ALTER SEQUENCE order_numbers OWNED BY orders.number;` (`OWNED BY NONE` for nil).
    public static func sequenceOwner(_ sequence: QualifiedName, _ owner: ColumnPath?) -> String {
        "ALTER SEQUENCE \(SQLIdentifier.quote(sequence)) OWNED BY "
            + (owner.map { "\(SQLIdentifier.quote($0.table)).\(SQLIdentifier.quote($0.column))" } ?? "NONE") + ";"
    }

    /// `CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $function$...$function$;`,
    /// or `CREATE OR REPLACE`; attributes at their defaults are left out.
    public static func createFunction(_ function: FunctionDefinition, orReplace: Bool = false) -> String {
        var head = "CREATE " + (orReplace ? "OR REPLACE " : "") + (function.isProcedure ? "PROCEDURE " : "FUNCTION ")
            + SQLIdentifier.quote(function.name) + "(" + function.arguments.filter { $0.mode != .table }.map(argument).joined(separator: ", ") + ")"
        let columns = function.arguments.filter { $0.mode == .table }
        if !columns.isEmpty {
            head += " RETURNS TABLE(" + columns.map { "\(SQLIdentifier.quote($0.name ?? "")) \($0.type.sql)" }.joined(separator: ", ") + ")"
        } else if let returns = function.returns {
            head += " RETURNS " + (function.returnsSet ? "SETOF " : "") + returns.sql
        }
        var attributes = ["LANGUAGE \(SQLIdentifier.quote(function.language))"]
        if !function.isProcedure {
            if function.volatility != .volatile { attributes.append(function.volatility.rawValue) }
            if function.isStrict { attributes.append("STRICT") }
            if function.leakproof { attributes.append("LEAKPROOF") }
            if function.parallel != .unsafe { attributes.append("PARALLEL \(function.parallel.rawValue)") }
            if let cost = function.cost { attributes.append("COST \(number(cost))") }
            if let rows = function.rows { attributes.append("ROWS \(number(rows))") }
        }
        if function.securityDefiner { attributes.append("SECURITY DEFINER") }
        attributes += function.settings.sorted { $0.key < $1.key }.map { name, value in "SET \(SQLIdentifier.quote(name)) TO \(settingValue(name, value))" }
        let body = function.isAtomic ? function.body : "AS " + dollarQuoted(function.body, tag: "function")
        return head + "\n    " + attributes.joined(separator: " ") + "\n    " + body + ";"
    }

    /// `IN "amount" numeric DEFAULT 0`: the mode only when not IN.
    private static func argument(_ argument: FunctionArgument) -> String {
        [argument.mode == .in ? nil : argument.mode.rawValue, argument.name.map(SQLIdentifier.quote), argument.type.sql,
         argument.defaultValue.map { "DEFAULT \($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    /// `100`, `0.5`: a cost or row estimate as PostgreSQL takes it.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `'public', 'pg_temp'` for a list setting (whose elements PostgreSQL keeps apart), one
    /// literal otherwise.
    static func settingValue(_ name: String, _ value: String) -> String {
        guard listSettings.contains(name.lowercased()) else { return SQLLiteral.quote(value) }
        return settingElements(value).map(SQLLiteral.quote).joined(separator: ", ")
    }

    /// Settings that hold lists of names, which PostgreSQL stores `"$user", public`.
    static let listSettings: Set<String> = ["search_path", "temp_tablespaces", "session_preload_libraries", "shared_preload_libraries", "local_preload_libraries"]

    /// The elements of a list setting: split at commas outside double quotes, trimmed, unquoted.
    static func settingElements(_ value: String) -> [String] {
        var elements: [String] = []
        var current = ""
        var quoted = false
        var wasQuoted = false
        var characters = Array(value)[...]
        while let character = characters.popFirst() {
            if character == "\"" {
                if quoted, characters.first == "\"" {
                    current.append(characters.removeFirst())
                } else {
                    quoted.toggle()
                    wasQuoted = true
                }
            } else if character == ",", !quoted {
                elements.append(wasQuoted ? current : current.trimmingWhitespace)
                (current, wasQuoted) = ("", false)
            } else if quoted || !character.isWhitespace || !current.isEmpty {
                current.append(character)
            }
        }
        elements.append(wasQuoted ? current : current.trimmingWhitespace)
        return elements.filter { !$0.isEmpty }
    }

    /// `$function$body$function$`, with a tag the body does not contain.
    static func dollarQuoted(_ body: String, tag: String) -> String {
        var delimiter = "$\(tag)$"
        var number = 1
        while body.contains(delimiter) || body.hasSuffix("$\(tag)") {
            delimiter = "$\(tag)\(number)$"
            number += 1
        }
        return delimiter + body + delimiter
    }

    /// `CREATE VIEW active_users WITH (security_barrier = true) AS SELECT ...;`, or `CREATE
    /// MATERIALIZED VIEW ... AS ...;` (whose indexes follow it).
    public static func createView(_ view: ViewDefinition, orReplace: Bool = false) -> String {
        "CREATE " + (orReplace ? "OR REPLACE " : "") + (view.isMaterialized ? "MATERIALIZED VIEW " : "VIEW ") + SQLIdentifier.quote(view.name)
            + withClause(view.options) + " AS\n" + view.query + ";"
    }

    /// `DROP VIEW active_users;`, `DROP MATERIALIZED VIEW daily_totals;`.
    public static func dropView(_ view: ViewDefinition) -> String {
        "DROP \(view.kind.uppercased()) \(SQLIdentifier.quote(view.name));"
    }

    /// `CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();`,
    /// then `ALTER TABLE ... DISABLE TRIGGER` when it is not enabled as usual.
    public static func createTrigger(_ trigger: TriggerDefinition, on table: QualifiedName, orReplace: Bool = false) -> [String] {
        let events = trigger.events.map { event in
            event == .update && !trigger.updateColumns.isEmpty ? "UPDATE OF \(SQLIdentifier.list(trigger.updateColumns))" : event.rawValue
        }
        var sql = "CREATE " + (orReplace ? "OR REPLACE " : "") + "TRIGGER \(SQLIdentifier.quote(trigger.name)) \(trigger.timing.rawValue) "
            + events.joined(separator: " OR ") + " ON \(SQLIdentifier.quote(table))"
        if trigger.oldTable != nil || trigger.newTable != nil {
            sql += " REFERENCING" + (trigger.oldTable.map { " OLD TABLE AS \(SQLIdentifier.quote($0))" } ?? "")
                + (trigger.newTable.map { " NEW TABLE AS \(SQLIdentifier.quote($0))" } ?? "")
        }
        sql += trigger.forEachRow ? " FOR EACH ROW" : " FOR EACH STATEMENT"
        if let when = trigger.when { sql += " WHEN (\(when))" }
        sql += " EXECUTE FUNCTION \(SQLIdentifier.quote(trigger.function))(\(trigger.arguments.map(SQLLiteral.quote).joined(separator: ", ")));"
        return [sql] + (trigger.enabled == .origin ? [] : [enableTrigger(trigger.name, on: table, trigger.enabled)])
    }

    /// `ALTER TABLE users DISABLE TRIGGER users_touch;`
    public static func enableTrigger(_ name: String, on table: QualifiedName, _ enabled: TriggerDefinition.Enabled) -> String {
        "ALTER TABLE \(SQLIdentifier.quote(table)) \(enabled.rawValue) TRIGGER \(SQLIdentifier.quote(name));"
    }

    /// `CREATE POLICY own_rows ON documents AS RESTRICTIVE FOR SELECT TO app_user USING (...) WITH CHECK (...);`
    public static func createPolicy(_ policy: PolicyDefinition, on table: QualifiedName) -> String {
        "CREATE POLICY \(SQLIdentifier.quote(policy.name)) ON \(SQLIdentifier.quote(table))" + (policy.isRestrictive ? " AS RESTRICTIVE" : "")
            + (policy.command == .all ? "" : " FOR \(policy.command.rawValue)") + (policy.roles.isEmpty ? "" : " TO \(SQLIdentifier.list(policy.roles))")
            + (policy.using.map { " USING (\($0))" } ?? "") + (policy.withCheck.map { " WITH CHECK (\($0))" } ?? "") + ";"
    }

    /// `ALTER TABLE documents ENABLE ROW LEVEL SECURITY;` and `... FORCE ROW LEVEL SECURITY;`,
    /// from `old` to `new` (nil is neither).
    public static func rowSecurity(of table: QualifiedName, from old: RowSecurity?, to new: RowSecurity?) -> [String] {
        var statements: [String] = []
        let quoted = SQLIdentifier.quote(table)
        if (old?.isEnabled ?? false) != (new?.isEnabled ?? false) {
            statements.append("ALTER TABLE \(quoted) \(new?.isEnabled == true ? "ENABLE" : "DISABLE") ROW LEVEL SECURITY;")
        }
        if (old?.isForced ?? false) != (new?.isForced ?? false) {
            statements.append("ALTER TABLE \(quoted) \(new?.isForced == true ? "FORCE" : "NO FORCE") ROW LEVEL SECURITY;")
        }
        return statements
    }

    /// `CREATE DOMAIN amount AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT amount_check CHECK (VALUE >= 0);`:
    /// checks declared NOT VALID are added after (``addDomainCheck(_:to:)``).
    public static func createDomain(_ domain: DomainDefinition) -> String {
        "CREATE DOMAIN \(SQLIdentifier.quote(domain.name)) AS \(domain.baseType.sql)"
            + (domain.collation.map { " COLLATE \(SQLIdentifier.quote($0))" } ?? "") + (domain.defaultValue.map { " DEFAULT \($0)" } ?? "")
            + (domain.isNotNull ? " NOT NULL" : "") + domain.checks.filter { $0.notValid != true }.map { " " + checkClause($0) }.joined() + ";"
    }

    /// `ALTER DOMAIN amount ADD CONSTRAINT amount_check CHECK (VALUE >= 0) [NOT VALID];`
    public static func addDomainCheck(_ check: CheckDefinition, to domain: QualifiedName) -> String {
        "ALTER DOMAIN \(SQLIdentifier.quote(domain)) ADD \(checkClause(check))" + (check.notValid == true ? " NOT VALID" : "") + ";"
    }

    /// `CREATE TYPE address AS (street text, city text COLLATE "C");`
    public static func createCompositeType(_ type: CompositeTypeDefinition) -> String {
        "CREATE TYPE \(SQLIdentifier.quote(type.name)) AS (" + type.attributes.map(attribute).joined(separator: ", ") + ");"
    }

    /// `city text COLLATE "C"`.
    static func attribute(_ attribute: CompositeTypeDefinition.Attribute) -> String {
        "\(SQLIdentifier.quote(attribute.name)) \(attribute.type.sql)" + (attribute.collation.map { " COLLATE \(SQLIdentifier.quote($0))" } ?? "")
    }

    /// `COMMENT ON FUNCTION touch() IS '...';`, `COMMENT ON TRIGGER users_touch ON users IS NULL;`.
    public static func commentOn(_ target: SchemaChange.CommentTarget, _ comment: String?) -> String {
        "COMMENT ON \(target.sql) IS \(comment.map(SQLLiteral.quote) ?? "NULL");"
    }

    /// `touch(integer, text)`: a function as `DROP` and `COMMENT ON` name it.
    public static func functionReference(_ function: FunctionDefinition) -> String {
        SQLIdentifier.quote(function.name) + "(" + function.arguments.filter(\.mode.isInput).map { $0.type.sql }.joined(separator: ", ") + ")"
    }
}

