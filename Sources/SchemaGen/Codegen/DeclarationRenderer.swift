/// Writes a schema model as a Swift declaration in the DSL: what `schemagen pull` produces from
/// an existing database, so that a team adopts schemagen without typing its schema again.
/// Declaring the result gives back the same model, hence the same DDL; names PostgreSQL would
/// choose anyway are left out.
///
/// ```swift
/// print(DeclarationRenderer(typeName: "Billing").render(model))
/// // public enum Billing {
/// //     static let customers: Table = Table("customers") {
/// //         Column("id", .uuid).primaryKey().defaultRandomUUID()
/// //         ...
/// ```
public struct DeclarationRenderer: Sendable {
    /// The Swift enum that holds the declaration.
    public var typeName: String

    public init(typeName: String) {
        self.typeName = typeName
    }

    /// `billing_v2` → `BillingV2`.
    /// Enums and tables listed one by one in the schema's block up to this many.
    static let longestBlock = 100

    public static func typeName(forSchema name: String) -> String {
        SwiftNaming.typeName(of: name)
    }

    public func render(_ schema: SchemaDefinition) -> String {
        let names = VariableNames(schema)
        var lines = [
            "import SchemaGen",
            "",
            "/// Schema \(schema.name), pulled from a live database by `schemagen pull`.",
            "public enum \(typeName) {",
        ]
        var members: [String] = []
        for type in schema.enums {
            var arguments = [literal(type.name.name)] + type.values.map(literal)
            if type.name.schema != QualifiedName.defaultSchema { arguments.append("schema: \(literal(type.name.schema))") }
            if let comment = type.comment { arguments.append("comment: \(literal(comment))") }
            members.append("    static let \(names.enums[type.name]!) = Enum(\(arguments.joined(separator: ", ")))")
        }
        for table in schema.tables {
            members.append(render(table, names: names))
        }
        lines.append(members.joined(separator: "\n\n"))
        lines.append("")
        // A builder block of hundreds of elements is one long expression for the type checker;
        // typed arrays keep each large schema's block short (measured: 107 ms at 1,000 tables).
        let listed = schema.enums.count + schema.tables.count > Self.longestBlock
        if listed {
            lines.append("    static let allEnums: [Enum] = [\n" + schema.enums.map { "        \(names.enums[$0.name]!),\n" }.joined() + "    ]")
            lines.append("")
            lines.append("    static let allTables: [Table] = [\n" + schema.tables.map { "        \(names.tables[$0.name]!),\n" }.joined() + "    ]")
            lines.append("")
        }
        lines.append("    public static let schema: Schema = Schema(\(literal(schema.name))) {")
        for ext in schema.extensions {
            let schemaArgument = ext.schema.flatMap { $0 == QualifiedName.defaultSchema ? nil : ", schema: \(literal($0))" } ?? ""
            lines.append("        Extension(\(literal(ext.name))\(schemaArgument))")
        }
        lines += schema.namespaces.map { "        Namespace(\(literal($0)))" }
        lines += schema.domains.map { "        " + render($0, names: names) }
        lines += schema.compositeTypes.map { "        " + render($0, names: names) }
        lines += schema.sequences.map { "        " + render($0, names: names) }
        lines += schema.functions.map { "        " + render($0, names: names) }
        if listed {
            lines += ["        allEnums", "        allTables"]
        } else {
            lines += schema.enums.map { "        \(names.enums[$0.name]!)" }
            lines += schema.tables.map { "        \(names.tables[$0.name]!)" }
        }
        lines += schema.views.map { render($0, names: names) }
        lines += ["    }", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Domain("amount", .numeric(precision: 12, scale: 2), default: "0", notNull: true).check("VALUE >= 0", name: "amount_check")`.
    private func render(_ domain: DomainDefinition, names: VariableNames) -> String {
        var parts = [literal(domain.name.name), swiftType(domain.baseType, names: names)]
        if domain.name.schema != QualifiedName.defaultSchema { parts.append("schema: \(literal(domain.name.schema))") }
        if let collation = domain.collation { parts.append("collation: \(literal(collation))") }
        if let value = domain.defaultValue { parts.append("default: \(literal(value))") }
        if domain.isNotNull { parts.append("notNull: true") }
        if let comment = domain.comment { parts.append("comment: \(literal(comment))") }
        return "Domain(\(parts.joined(separator: ", ")))" + domain.checks.map { check in
            ".check(\(literal(check.expression)), name: \(literal(check.name))" + (check.notValid == true ? ", notValid: true)" : ")")
        }.joined()
    }

    /// `CompositeType("address", attributes: [.init("street", .text)])`.
    private func render(_ type: CompositeTypeDefinition, names: VariableNames) -> String {
        var parts = [literal(type.name.name)]
        parts.append("attributes: [" + type.attributes.map { attribute in
            ".init(\(literal(attribute.name)), \(swiftType(attribute.type, names: names))" + (attribute.collation.map { ", collation: \(literal($0))" } ?? "") + ")"
        }.joined(separator: ", ") + "]")
        if type.name.schema != QualifiedName.defaultSchema { parts.append("schema: \(literal(type.name.schema))") }
        if let comment = type.comment { parts.append("comment: \(literal(comment))") }
        return "CompositeType(\(parts.joined(separator: ", ")))"
    }

    /// `SequenceGenerator("order_numbers", as: .integer, start: 1000, ownedBy: orders.number)`.
    private func render(_ sequence: SequenceDefinition, names: VariableNames) -> String {
        let options = sequence.normalized
        var parts = [literal(sequence.name.name)]
        if sequence.name.schema != QualifiedName.defaultSchema { parts.append("schema: \(literal(sequence.name.schema))") }
        if options.type != .bigint { parts.append("as: \(swiftType(options.type, names: names))") }
        parts += [("start", options.start), ("increment", options.increment), ("minValue", options.minValue), ("maxValue", options.maxValue),
                  ("cache", options.cache)].compactMap { label, value in value.map { "\(label): \($0)" } }
        if options.cycle == true { parts.append("cycle: true") }
        if let owner = sequence.ownedBy, names.tables[owner.table] != nil { parts.append("ownedBy: \(names.column(owner.column, of: owner.table))") }
        if let comment = sequence.comment { parts.append("comment: \(literal(comment))") }
        return "SequenceGenerator(\(parts.joined(separator: ", ")))"
    }

    /// `Function("touch", returns: .custom("trigger"), language: "plpgsql", body: "...").volatility(.stable)`.
    private func render(_ function: FunctionDefinition, names: VariableNames) -> String {
        var parts = [literal(function.name.name)]
        if function.name.schema != QualifiedName.defaultSchema { parts.append("schema: \(literal(function.name.schema))") }
        if !function.arguments.isEmpty {
            parts.append("arguments: [" + function.arguments.map { argument in
                var text = "FunctionArgument(\(argument.name.map(literal) ?? "nil"), \(swiftType(argument.type, names: names))"
                if argument.mode != .in { text += ", mode: .\(Self.caseName(argument.mode))" }
                if let value = argument.defaultValue { text += ", default: \(literal(value))" }
                return text + ")"
            }.joined(separator: ", ") + "]")
        }
        parts.append("returns: " + (function.returns.map { swiftType($0, names: names) } ?? "nil"))
        if function.returnsSet { parts.append("setOf: true") }
        parts += ["language: \(literal(function.language))", "body: \(literal(function.body))"]
        if function.isAtomic { parts.append("atomic: true") }
        if let comment = function.comment { parts.append("comment: \(literal(comment))") }
        var text = "Function(\(parts.joined(separator: ", ")))"
        if function.volatility != .volatile { text += ".volatility(.\(function.volatility.rawValue.lowercased()))" }
        if function.isStrict { text += ".strict()" }
        if function.securityDefiner { text += ".securityDefiner()" }
        if function.leakproof { text += ".leakproof()" }
        if function.parallel != .unsafe { text += ".parallel(.\(function.parallel.rawValue.lowercased()))" }
        if let cost = function.cost { text += ".cost(\(DDLStatement.number(cost)))" }
        if let rows = function.rows { text += ".rows(\(DDLStatement.number(rows)))" }
        for (name, value) in function.settings.sorted(by: { $0.key < $1.key }) { text += ".set(\(literal(name)), \(literal(value)))" }
        return text
    }

    /// `View("active_users", as: "SELECT ...") { Column("id", .bigint) }` with its triggers, or
    /// `MaterializedView` with its indexes.
    private func render(_ view: ViewDefinition, names: VariableNames) -> String {
        var parts = [literal(view.name.name)]
        if view.name.schema != QualifiedName.defaultSchema { parts.append("schema: \(literal(view.name.schema))") }
        parts.append("as: \(literal(view.query))")
        let options = view.options ?? [:]
        if view.isMaterialized {
            if !options.isEmpty { parts.append("with: \(dictionary(options))") }
        } else {
            if options["security_barrier"] == "true" { parts.append("securityBarrier: true") }
            if options["security_invoker"] == "true" { parts.append("securityInvoker: true") }
            if let check = options["check_option"] { parts.append("checkOption: .\(check)") }
        }
        if let comment = view.comment { parts.append("comment: \(literal(comment))") }
        let table = TableDefinition(name: view.name)
        let body = (view.columns ?? []).map { "Column(\(literal($0.name)), \(swiftType($0.type, names: names)))" }
            + (view.indexes ?? []).map { render($0, in: table) } + (view.triggers ?? []).map(render)
        let head = "        \(view.isMaterialized ? "MaterializedView" : "View")(\(parts.joined(separator: ", ")))"
        return body.isEmpty ? head : head + " {\n" + body.map { "            " + $0 + "\n" }.joined() + "        }"
    }

    /// `Trigger("users_touch", .before, .update, executeFunction: "touch")`.
    private func render(_ trigger: TriggerDefinition) -> String {
        var parts = [literal(trigger.name), ".\(Self.caseName(trigger.timing))"] + trigger.events.map { ".\($0.rawValue.lowercased())" }
        if !trigger.updateColumns.isEmpty { parts.append("updateOf: [\(trigger.updateColumns.map(literal).joined(separator: ", "))]") }
        if !trigger.forEachRow { parts.append("forEachRow: false") }
        if let when = trigger.when { parts.append("when: \(literal(when))") }
        if let table = trigger.oldTable { parts.append("oldTable: \(literal(table))") }
        if let table = trigger.newTable { parts.append("newTable: \(literal(table))") }
        parts.append("executeFunction: \(literal(trigger.function.name))")
        if trigger.function.schema != QualifiedName.defaultSchema { parts.append("schema: \(literal(trigger.function.schema))") }
        if !trigger.arguments.isEmpty { parts.append("arguments: [\(trigger.arguments.map(literal).joined(separator: ", "))]") }
        if trigger.enabled != .origin { parts.append("enabled: .\(Self.caseName(trigger.enabled))") }
        if let comment = trigger.comment { parts.append("comment: \(literal(comment))") }
        return "Trigger(\(parts.joined(separator: ", ")))"
    }

    /// `Policy("own_rows", for: .select, to: "app_user", using: "owner = current_user")`.
    private func render(_ policy: PolicyDefinition) -> String {
        var parts = [literal(policy.name)]
        if policy.command != .all { parts.append("for: .\(policy.command.rawValue.lowercased())") }
        if !policy.roles.isEmpty { parts.append("to: " + policy.roles.map(literal).joined(separator: ", ")) }
        if policy.isRestrictive { parts.append("restrictive: true") }
        if let using = policy.using { parts.append("using: \(literal(using))") }
        if let check = policy.withCheck { parts.append("withCheck: \(literal(check))") }
        if let comment = policy.comment { parts.append("comment: \(literal(comment))") }
        return "Policy(\(parts.joined(separator: ", ")))"
    }

    /// The Swift case name of a DSL enum value: `.insteadOf`, `.inOut`.
    private static func caseName(_ value: some Any) -> String {
        "\(value)"
    }

    private func render(_ table: TableDefinition, names: VariableNames) -> String {
        let tableName = table.name.name
        var arguments = [literal(tableName)]
        if table.name.schema != QualifiedName.defaultSchema { arguments.append("schema: \(literal(table.name.schema))") }
        if let storage = table.storageParameters { arguments.append("with: \(dictionary(storage))") }
        if let comment = table.comment { arguments.append("comment: \(literal(comment))") }
        var body: [String] = []
        var tableLevel: [String] = []

        // A key with index settings is declared at the table level, where they are written.
        let singlePrimaryKey = table.primaryKey.flatMap { $0.columns.count == 1 && !Self.hasIndexSettings($0.include, $0.storageParameters, $0.deferrable) ? $0 : nil }
        if let key = table.primaryKey, singlePrimaryKey == nil {
            let parts = key.columns.map(literal) + named(key.name, default: ObjectName.make(tableName, nil, label: "pkey"))
                + indexSettings(key.include, key.storageParameters, key.deferrable)
            tableLevel.append("PrimaryKey(\(parts.joined(separator: ", ")))")
        }
        var columnUniques: [String: UniqueDefinition] = [:]
        for unique in table.uniques {
            if unique.columns.count == 1, columnUniques[unique.columns[0]] == nil, !Self.hasIndexSettings(unique.include, unique.storageParameters, unique.deferrable) {
                columnUniques[unique.columns[0]] = unique
            } else {
                var parts = unique.columns.map(literal) + named(unique.name, default: ObjectName.make(tableName, unique.columns.joined(separator: "_"), label: "key"))
                if unique.nullsNotDistinct { parts.append("nullsNotDistinct: true") }
                parts += indexSettings(unique.include, unique.storageParameters, unique.deferrable)
                tableLevel.append("Unique(\(parts.joined(separator: ", ")))")
            }
        }
        var columnKeys: [String: [ForeignKeyDefinition]] = [:]
        for key in table.foreignKeys {
            if key.columns.count == 1, names.tables[key.referencedTable] != nil, key.match == nil, key.notValid == nil, key.onDeleteColumns == nil {
                columnKeys[key.columns[0], default: []].append(key)
            } else {
                tableLevel.append(tableForeignKey(key, in: table, names: names))
            }
        }
        for check in table.checks {
            var parts = [literal(check.expression)] + named(check.name, default: ObjectName.make(tableName, nil, label: "check"))
            if check.noInherit == true { parts.append("noInherit: true") }
            if check.notValid == true { parts.append("notValid: true") }
            tableLevel.append("Check(\(parts.joined(separator: ", ")))")
        }
        for index in table.indexes {
            tableLevel.append(render(index, in: table))
        }
        for exclusion in table.exclusions ?? [] {
            tableLevel.append(render(exclusion, in: table))
        }
        if let security = table.rowSecurity, security.isEnabled {
            tableLevel.append(security.isForced ? "RowLevelSecurity(forced: true)" : "RowLevelSecurity()")
        }
        tableLevel += (table.triggers ?? []).map(render)
        tableLevel += (table.policies ?? []).map(render)
        if let scheme = table.partitioning {
            tableLevel.append("PartitionBy(.\(scheme.strategy.rawValue.lowercased()), \(scheme.keys.map(key).joined(separator: ", ")))")
            tableLevel += scheme.partitions.map { render($0, of: table) }
        }

        let swiftNames = Self.swiftNames(of: table.columns)
        for column in table.columns {
            var text = "Column(\(literal(column.name)), \(swiftType(column.type, names: names)))"
            if let swiftName = swiftNames[column.name] { text += ".swiftName(\(literal(swiftName)))" }
            if singlePrimaryKey?.columns == [column.name], let key = singlePrimaryKey {
                text += ".primaryKey(\(named(key.name, default: ObjectName.make(tableName, nil, label: "pkey")).joined()))"
            } else if !column.isNullable, column.identity == nil, !column.type.isSerial {
                text += ".notNull()"
            }
            if let unique = columnUniques[column.name] {
                var parts = named(unique.name, default: ObjectName.make(tableName, column.name, label: "key"))
                if unique.nullsNotDistinct { parts.append("nullsNotDistinct: true") }
                text += ".unique(\(parts.joined(separator: ", ")))"
            }
            if let value = column.defaultValue { text += defaultModifier(value) }
            if let identity = column.identity {
                var parts = identity.generation == .always ? [] : [".byDefault"]
                if let start = identity.start { parts.append("start: \(start)") }
                if let increment = identity.increment { parts.append("increment: \(increment)") }
                if let minValue = identity.minValue { parts.append("minValue: \(minValue)") }
                if let maxValue = identity.maxValue { parts.append("maxValue: \(maxValue)") }
                if let cache = identity.cache { parts.append("cache: \(cache)") }
                if identity.cycle == true { parts.append("cycle: true") }
                text += ".identity(\(parts.joined(separator: ", ")))"
            }
            if let expression = column.generatedExpression { text += ".generated(as: \(literal(expression)))" }
            if let collation = column.collation { text += ".collation(\(literal(collation)))" }
            if let storage = column.storage { text += ".storage(.\(storage.rawValue.lowercased()))" }
            if let compression = column.compression { text += ".compression(\(literal(compression)))" }
            for key in columnKeys[column.name] ?? [] {
                var parts = [names.column(key.referencedColumns[0], of: key.referencedTable)]
                parts += actions(key)
                parts += named(key.name, default: ObjectName.make(tableName, column.name, label: "fkey"))
                text += ".references(\(parts.joined(separator: ", ")))"
            }
            if let comment = column.comment { text += ".comment(\(literal(comment)))" }
            body.append(text)
        }
        let variable = names.tables[table.name]!
        let lines = (body + tableLevel).map { "        " + $0 }
        return "    static let \(variable): Table = Table(\(arguments.joined(separator: ", "))) {\n" + lines.joined(separator: "\n") + "\n    }"
    }

    /// The `.swiftName(...)` a pulled column needs: a name with nothing Swift can use (`🙂`
    /// becomes `column3`), or one whose property another column already has (`userId` beside
    /// `user_id` becomes `userId2`).
    static func swiftNames(of columns: [ColumnDefinition]) -> [String: String] {
        var used: Set<String> = []
        var chosen: [String: String] = [:]
        for (position, column) in columns.enumerated() {
            if let declared = column.swiftName {
                used.insert(declared)
                continue
            }
            let derived = SwiftNaming.memberName(column.propertyName).trimmingCharacters(in: "`")
            var name = derived
            if name == "_" || name.isEmpty { name = "column\(position + 1)" }
            var number = 2
            while used.contains(name) {
                name = (derived == "_" ? "column\(position + 1)_" : derived) + String(number)
                number += 1
            }
            used.insert(name)
            if name != derived { chosen[column.name] = name }
        }
        return chosen
    }

    private func tableForeignKey(_ key: ForeignKeyDefinition, in table: TableDefinition, names: VariableNames) -> String {
        let columns = "[\(key.columns.map(literal).joined(separator: ", "))]"
        let referenced = "[\(key.referencedColumns.map(literal).joined(separator: ", "))]"
        var parts = [columns]
        if key.referencedTable == table.name {
            parts.append("referencesSelf: \(referenced)")
        } else {
            parts += ["references: \(names.tables[key.referencedTable] ?? "<table \(key.referencedTable) is not in this schema>")", referenced]
        }
        parts += actions(key)
        if key.match == .full { parts.append("match: .full") }
        if key.notValid == true { parts.append("notValid: true") }
        parts += named(key.name, default: ObjectName.make(table.name.name, key.columns.joined(separator: "_"), label: "fkey"))
        return "ForeignKey(\(parts.joined(separator: ", ")))"
    }

    private func actions(_ key: ForeignKeyDefinition) -> [String] {
        var parts: [String] = []
        if key.onDelete != .noAction { parts.append("onDelete: .\(key.onDelete.swiftCase)") }
        if let setting = key.onDeleteColumns { parts.append("setting: [\(setting.map(literal).joined(separator: ", "))]") }
        if key.onUpdate != .noAction { parts.append("onUpdate: .\(key.onUpdate.swiftCase)") }
        if let deferrable = key.deferrable { parts.append("deferrable: .\(deferrable == .initiallyDeferred ? "initiallyDeferred" : "initiallyImmediate")") }
        return parts
    }

    private static func hasIndexSettings(_ include: [String]?, _ storageParameters: [String: String]?, _ deferrable: Deferrability?) -> Bool {
        include != nil || storageParameters != nil || deferrable != nil
    }

    /// `include: ["b"], with: ["fillfactor": "70"], deferrable: .initiallyDeferred`, as set.
    private func indexSettings(_ include: [String]?, _ storageParameters: [String: String]?, _ deferrable: Deferrability?) -> [String] {
        var parts: [String] = []
        if let include { parts.append("include: [\(include.map(literal).joined(separator: ", "))]") }
        if let storageParameters { parts.append("with: \(dictionary(storageParameters))") }
        if let deferrable { parts.append("deferrable: .\(deferrable == .initiallyDeferred ? "initiallyDeferred" : "initiallyImmediate")") }
        return parts
    }

    /// `["fillfactor": "70"]`, by key.
    private func dictionary(_ values: [String: String]) -> String {
        "[" + values.sorted { $0.key < $1.key }.map { "\(literal($0.key)): \(literal($0.value))" }.joined(separator: ", ") + "]"
    }

    /// An index key as the DSL writes it: `"name"` or `.column("name", order: .descending)`.
    private func key(_ key: IndexKey) -> String {
        var options: [String] = []
        if let collation = key.collation { options.append("collation: \(literal(collation))") }
        if let operatorClass = key.operatorClass { options.append("operatorClass: \(literal(operatorClass))") }
        if let parameters = key.operatorClassOptions { options.append("operatorClassOptions: \(dictionary(parameters))") }
        if let order = key.order { options.append("order: .\(order == .ascending ? "ascending" : "descending")") }
        if let nulls = key.nulls { options.append("nulls: .\(nulls == .first ? "first" : "last")") }
        switch key.target {
        case .column(let name):
            return options.isEmpty ? literal(name) : ".column(\(([literal(name)] + options).joined(separator: ", ")))"
        case .expression(let sql):
            return ".expression(\(([literal(sql)] + options).joined(separator: ", ")))"
        }
    }

    /// `Partition("events_2024", from: "2024-01-01", to: "2025-01-01")`, `Partition.default("events_other")`.
    private func render(_ partition: PartitionDefinition, of table: TableDefinition) -> String {
        var parts = [literal(partition.name.name)]
        if partition.name.schema != table.name.schema { parts.append("schema: \(literal(partition.name.schema))") }
        func values(_ texts: [String]) -> String {
            texts.count == 1 ? value(texts[0]) : "[" + texts.map(value).joined(separator: ", ") + "]"
        }
        switch partition.bound {
        case .default:
            if let comment = partition.comment { parts.append("comment: \(literal(comment))") }
            return "Partition.default(\(parts.joined(separator: ", ")))"
        case .range(let lower, let upper): parts += ["from: \(values(lower))", "to: \(values(upper))"]
        case .list(let texts): parts.append("in: " + texts.map(value).joined(separator: ", "))
        case .hash(let modulus, let remainder): parts += ["modulus: \(modulus)", "remainder: \(remainder)"]
        }
        if let comment = partition.comment { parts.append("comment: \(literal(comment))") }
        return "Partition(\(parts.joined(separator: ", ")))"
    }

    /// A bound's value as the DSL writes it: `"de"`, `10`, `.minValue`, `.null`, or `.sql("...")`.
    private func value(_ sql: String) -> String {
        switch sql.uppercased() {
        case "MINVALUE": return ".minValue"
        case "MAXVALUE": return ".maxValue"
        case "NULL": return ".null"
        default: break
        }
        if Int(sql) != nil, !sql.hasPrefix("+") { return sql }
        if sql.count >= 2, sql.hasPrefix("'"), sql.hasSuffix("'") {
            let inner = String(sql.dropFirst().dropLast())
            let text = inner.replacing("''", with: "'")
            if SQLLiteral.quote(text) == sql { return literal(text) }
        }
        return ".sql(\(literal(sql)))"
    }

    /// `Exclude(using: .gist, ("room", "="), (.column("during"), "&&"), name: "...")`.
    private func render(_ exclusion: ExclusionDefinition, in table: TableDefinition) -> String {
        var parts = exclusion.method == .gist ? [] : ["using: .\(exclusion.method.rawValue)"]
        parts += exclusion.elements.map { "(\(key($0.key)), \(literal($0.operator)))" }
        let defaultName = ObjectName.make(table.name.name, exclusion.elements.map { $0.key.column ?? "expr" }.joined(separator: "_"), label: "excl")
        if exclusion.name != defaultName { parts.append("name: \(literal(exclusion.name))") }
        if let include = exclusion.include { parts.append("include: [\(include.map(literal).joined(separator: ", "))]") }
        if let predicate = exclusion.predicate { parts.append("where: \(literal(predicate))") }
        if let deferrable = exclusion.deferrable { parts.append("deferrable: .\(deferrable == .initiallyDeferred ? "initiallyDeferred" : "initiallyImmediate")") }
        return "Exclude(\(parts.joined(separator: ", ")))"
    }

    private func render(_ index: IndexDefinition, in table: TableDefinition) -> String {
        let keys = index.keys.map(key)
        let defaultName = ObjectName.make(table.name.name, index.keys.map { $0.column ?? "expr" }.joined(separator: "_"), label: "idx")
        var text = "Index(" + (index.name == defaultName ? "" : literal(index.name) + ", ") + "on: " + keys.joined(separator: ", ") + ")"
        if index.isUnique { text += ".unique(\(index.nullsNotDistinct ? "nullsNotDistinct: true" : ""))" }
        if index.method != .btree { text += ".using(.\(index.method.rawValue))" }
        if let predicate = index.predicate { text += ".where(\(literal(predicate)))" }
        if !index.include.isEmpty { text += ".include(\(index.include.map(literal).joined(separator: ", ")))" }
        if let parameters = index.storageParameters { text += ".with(\(dictionary(parameters)))" }
        return text
    }

    private func defaultModifier(_ value: DefaultValue) -> String {
        switch value {
        case .expression("now()"): ".defaultNow()"
        case .expression("gen_random_uuid()"): ".defaultRandomUUID()"
        case .expression(let sql): ".default(sql: \(literal(sql)))"
        case .literal(let literal): ".default(\(swiftLiteral(literal)))"
        }
    }

    private func swiftLiteral(_ value: SQLLiteral) -> String {
        switch value {
        case .string(let text): literal(text)
        case .integer(let number): String(number)
        case .number(let text): ".number(\(literal(text)))"
        case .boolean(let flag): String(flag)
        case .array(let elements): "[\(elements.map(swiftLiteral).joined(separator: ", "))]"
        }
    }

    private func swiftType(_ type: DataType, names: VariableNames) -> String {
        switch type {
        case .smallint, .integer, .bigint, .smallserial, .serial, .bigserial, .real, .doublePrecision, .boolean, .text, .uuid, .date,
             .interval, .json, .jsonb, .bytea, .inet, .cidr, .macaddr:
            return "." + "\(type)"
        case .numeric(nil, nil): return ".numeric"
        case .numeric(let precision, let scale):
            return ".numeric(" + [precision.map { "precision: \($0)" }, scale.map { "scale: \($0)" }].compactMap { $0 }.joined(separator: ", ") + ")"
        case .varchar(let length): return length.map { ".varchar(\($0))" } ?? ".varchar"
        case .char(let length): return length.map { ".char(\($0))" } ?? ".char"
        case .time(nil, let zone): return zone ? ".timetz" : ".time"
        case .timestamp(nil, let zone): return zone ? ".timestamptz" : ".timestamp"
        case .time(let precision?, let zone): return ".time(precision: \(precision)\(zone ? ", withTimeZone: true" : ""))"
        case .timestamp(let precision?, let zone): return ".timestamp(precision: \(precision)\(zone ? ", withTimeZone: true" : ""))"
        case .array(let element): return ".array(\(swiftType(element, names: names)))"
        case .enumeration(let name):
            if let variable = names.enums[name] { return ".enum(\(variable))" }
            return ".enumeration(QualifiedName(\(literal(name.name)), schema: \(literal(name.schema))))"
        case .custom(let name): return ".custom(\(literal(name)))"
        }
    }

    /// `name: "x"` unless `name` is what the DSL would choose.
    private func named(_ name: String, default defaultName: String) -> [String] {
        name == defaultName ? [] : ["name: \(literal(name))"]
    }

    private func literal(_ text: String) -> String {
        SwiftCodeGenerator.literal(text)
    }

    /// One Swift name per table and enum, unique within the declaration.
    private struct VariableNames {
        var tables: [QualifiedName: String] = [:]
        var enums: [QualifiedName: String] = [:]
        private var columns: [QualifiedName: Set<String>] = [:]

        init(_ schema: SchemaDefinition) {
            var taken: Set<String> = ["schema", "allEnums", "allTables"]
            func choose(_ name: QualifiedName, suffix: String) -> String {
                var candidate = SwiftNaming.memberName(name.name).trimmingCharacters(in: "`")
                if taken.contains(candidate) || SwiftNaming.keywords.contains(candidate) {
                    candidate = SwiftNaming.memberName(name.schema + "_" + name.name).trimmingCharacters(in: "`")
                }
                while taken.contains(candidate) || SwiftNaming.keywords.contains(candidate) { candidate += suffix }
                taken.insert(candidate)
                return candidate
            }
            for table in schema.tables {
                tables[table.name] = choose(table.name, suffix: "Table")
                columns[table.name] = Set(table.columns.map(\.name))
            }
            for type in schema.enums { enums[type.name] = choose(type.name, suffix: "Enum") }
        }

        /// `users.id`, or `users[dynamicMember: "user-id"]` for a name Swift cannot spell.
        func column(_ name: String, of table: QualifiedName) -> String {
            let variable = tables[table]!
            let plain = name.first.map { $0.isLetter || $0 == "_" } == true && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
                && name.allSatisfy(\.isASCII) && !SwiftNaming.keywords.contains(name)
            return plain ? "\(variable).\(name)" : "\(variable)[dynamicMember: \(SwiftCodeGenerator.literal(name))]"
        }
    }
}

extension ReferentialAction {
    /// The case's Swift name: `.cascade`, `.setNull`.
    var swiftCase: String {
        switch self {
        case .noAction: "noAction"
        case .restrict: "restrict"
        case .cascade: "cascade"
        case .setNull: "setNull"
        case .setDefault: "setDefault"
        }
    }
}
