@testable import SchemaGen
import SyntheticSchemas

/// Random but valid schemas, and random edits of them, for the migration property test.
/// Every schema and edit is made from a seed, so a failure can be replayed.
struct RandomSchemas {
    var random: SeededGenerator
    private var counter = 0

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// A fresh name, never used before in this generator.
    mutating func name(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    // MARK: Schemas

    mutating func schema() -> SchemaDefinition {
        var schema = SchemaDefinition(name: "random")
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            schema.enums.append(EnumDefinition(name: QualifiedName(name("e")), values: (0..<Int.random(in: 2...4, using: &random)).map { _ in name("v") }))
        }
        for _ in 0..<Int.random(in: 2...5, using: &random) { schema.tables.append(table(in: schema)) }
        return schema.sorted()
    }

    mutating func table(in schema: SchemaDefinition) -> TableDefinition {
        let tableName = QualifiedName(name("t"))
        var table = TableDefinition(name: tableName)
        let key = random.pick([ColumnDefinition(name: "id", type: .integer, isNullable: false),
                               ColumnDefinition(name: "id", type: .bigint, isNullable: false, identity: Identity(.byDefault)),
                               ColumnDefinition(name: "id", type: .integer, isNullable: false, identity: Identity(.byDefault, maxValue: 1_000_000, cache: 5)),
                               ColumnDefinition(name: "id", type: .text, isNullable: false)])
        table.columns.append(key)
        table.primaryKey = PrimaryKeyDefinition(name: "\(tableName.name)_pkey", columns: ["id"])
        for _ in 0..<Int.random(in: 1...5, using: &random) { table.columns.append(column(in: schema)) }
        if let parent = schema.tables.isEmpty ? nil : random.pick(schema.tables), random.chance(0.6) {
            addForeignKey(to: &table, parent: parent)
        }
        if random.chance(0.5), let target = table.columns.dropFirst().randomElement(using: &random) {
            table.indexes.append(IndexDefinition(name: name("\(tableName.name)_i"), keys: [.column(target.name)]))
        }
        if random.chance(0.3), let target = table.columns.dropFirst().first(where: { $0.type.isInteger }) {
            table.checks.append(CheckDefinition(name: name("\(tableName.name)_c"), expression: "\(target.name) >= 0", noInherit: random.chance(0.2)))
        }
        if random.chance(0.2), !table.indexes.isEmpty { table.indexes[0].storageParameters = ["fillfactor": "90"] }
        return table
    }

    mutating func column(in schema: SchemaDefinition, nullable: Bool? = nil) -> ColumnDefinition {
        var types: [DataType] = [.integer, .bigint, .text, .varchar(40), .boolean, .numeric(precision: 10, scale: 2), .timestamptz, .date, .jsonb, .uuid, .array(.text)]
        types += schema.enums.map { .enumeration($0.name) }
        let type = random.pick(types)
        var column = ColumnDefinition(name: name("c"), type: type, isNullable: nullable ?? random.chance(0.6))
        if type.isCharacter, random.chance(0.15) { column.collation = "C" }
        if type == .jsonb, random.chance(0.2) { column.storage = .external }
        if random.chance(0.4) || !column.isNullable { column.defaultValue = defaultValue(for: type, in: schema) }
        return column
    }

    func defaultValue(for type: DataType, in schema: SchemaDefinition) -> DefaultValue? {
        switch type {
        case .integer, .bigint: .literal(.integer(7))
        case .text, .varchar: .literal(.string("it's"))
        case .boolean: .literal(.boolean(true))
        case .numeric: .literal(.number("1.50"))
        case .timestamptz: .expression("now()")
        case .date: .expression("CURRENT_DATE")
        case .jsonb: .literal(.string("{}"))
        case .uuid: .expression("gen_random_uuid()")
        case .array: .literal(.array([.string("a"), .string("b c")]))
        case .enumeration(let name): schema.enumType(named: name).map { .literal(.string($0.values[0])) }
        default: nil
        }
    }

    mutating func addForeignKey(to table: inout TableDefinition, parent: TableDefinition) {
        guard let parentKey = parent.column(named: "id") else { return }
        let column = ColumnDefinition(name: name("\(parent.name.name)_ref"), type: parentKey.type.storageType, isNullable: true)
        table.columns.append(column)
        let action = random.pick([ReferentialAction.noAction, .cascade, .setNull, .restrict])
        table.foreignKeys.append(ForeignKeyDefinition(
            name: name("\(table.name.name)_fk"), columns: [column.name], referencedTable: parent.name, referencedColumns: ["id"], onDelete: action))
    }

    // MARK: Edits

    /// A change of `schema`, with the hints and allowances that declare it.
    struct Edit {
        var schema: SchemaDefinition
        var renames = RenameHints()
        var kinds: [String] = []
    }

    mutating func edit(_ original: SchemaDefinition, steps: Int) -> Edit {
        var edit = Edit(schema: original)
        for _ in 0..<steps { applyRandomEdit(&edit) }
        // Hints left over from earlier migrations, as declarations keep them: they must change nothing.
        if random.chance(0.4), let table = edit.schema.tables.randomElement(using: &random) {
            edit.renames.tables[table.name] = QualifiedName(name("gone"))
            // A column has one former name: a stale hint never replaces this edit's own.
            if let column = table.columns.randomElement(using: &random), edit.renames.columns[table.name]?[column.name] == nil {
                edit.renames.columns[table.name, default: [:]][column.name] = name("gone")
            }
        }
        if random.chance(0.4), let type = edit.schema.enums.randomElement(using: &random) {
            edit.renames.enumValues[type.name, default: [:]][type.values[0]] = name("gone")
        }
        edit.schema = edit.schema.sorted()
        return edit
    }

    private mutating func applyRandomEdit(_ edit: inout Edit) {
        let kinds = ["addTable", "dropTable", "renameTable", "addColumn", "dropColumn", "renameColumn", "widenType", "retype",
                     "nullability", "changeDefault", "addIndex", "dropIndex", "addUnique", "addCheck", "dropCheck",
                     "changeAction", "addForeignKey", "dropForeignKey", "addEnumValue", "renameEnumValue", "removeEnumValue",
                     "addEnum", "comment", "renameIndex",
                     // Settings of columns, keys, checks and indexes.
                     "collation", "storage", "identityOptions", "serial", "indexStorage", "checkSettings", "uniqueSettings", "tableStorage",
                     // Declared renames that swap two columns' names.
                     "swapColumns"]
        let kind = random.pick(kinds)
        var schema = edit.schema
        guard !schema.tables.isEmpty else {
            schema.tables.append(table(in: schema))
            edit.schema = schema
            edit.kinds.append("addTable")
            return
        }
        let tableIndex = Int.random(in: 0..<schema.tables.count, using: &random)
        var table = schema.tables[tableIndex]
        let others = table.columns.indices.filter { table.columns[$0].name != "id" }
        func referenced(_ column: String) -> Bool {
            schema.tables.contains { $0.foreignKeys.contains { $0.referencedTable == table.name && $0.referencedColumns.contains(column) } }
        }
        switch kind {
        case "addTable":
            schema.tables.append(self.table(in: schema))
        case "dropTable":
            let name = table.name
            schema.tables.remove(at: tableIndex)
            for index in schema.tables.indices { schema.tables[index].foreignKeys.removeAll { $0.referencedTable == name } }
        case "renameTable":
            let new = QualifiedName(self.name("t"))
            edit.renames.tables[new] = table.name
            schema.tables = schema.tables.map { other in
                var other = other
                other.foreignKeys = other.foreignKeys.map { key in
                    var key = key
                    if key.referencedTable == table.name { key.referencedTable = new }
                    return key
                }
                return other
            }
            table = schema.tables[tableIndex]
            table.name = new
            table.primaryKey?.name = "\(new.name)_pkey"
            schema.tables[tableIndex] = table
        case "addColumn":
            table.columns.append(column(in: schema, nullable: random.chance(0.7) ? true : nil))
            if !table.columns.last!.isNullable, table.columns.last!.defaultValue == nil { table.columns[table.columns.count - 1].isNullable = true }
            schema.tables[tableIndex] = table
        case "dropColumn", "renameColumn", "widenType", "retype", "nullability", "changeDefault", "comment":
            guard let index = others.randomElement(using: &random) else { return }
            let column = table.columns[index]
            let usedByKey = table.foreignKeys.contains { $0.columns.contains(column.name) } || referenced(column.name)
            switch kind {
            case "dropColumn":
                table.columns.remove(at: index)
                table.foreignKeys.removeAll { $0.columns.contains(column.name) }
                table.indexes.removeAll { $0.keys.contains { $0.column == column.name } }
                table.uniques.removeAll { $0.columns.contains(column.name) }
                table.checks.removeAll { $0.expression.hasPrefix(column.name + " ") }
            case "renameColumn":
                let new = name("c")
                edit.renames.columns[table.name, default: [:]][new] = column.name
                table = table.renamingColumns([column.name: new])
                table.checks = table.checks.map { CheckDefinition(name: $0.name, expression: $0.expression.replacing(column.name + " ", with: new + " ")) }
            case "widenType":
                guard !usedByKey else { return }
                switch column.type {
                case .integer: table.columns[index].type = .bigint
                case .varchar: table.columns[index].type = .varchar(80)
                case .numeric: table.columns[index].type = .numeric(precision: 14, scale: 4)
                default: return
                }
            case "retype":
                guard !usedByKey, column.type != .text else { return }
                table.columns[index].type = .text
                table.columns[index].defaultValue = .literal(.string("it's"))
                table.indexes.removeAll { $0.keys.contains { $0.column == column.name } }
                table.checks.removeAll { $0.expression.hasPrefix(column.name + " ") }
            case "nullability":
                table.columns[index].isNullable.toggle()
                if !table.columns[index].isNullable {
                    // A foreign key column's default would point at no row.
                    guard !table.foreignKeys.contains(where: { $0.columns.contains(column.name) }) else { return }
                    table.columns[index].defaultValue = table.columns[index].defaultValue ?? defaultValue(for: column.type, in: schema)
                }
            case "changeDefault":
                table.columns[index].defaultValue = column.defaultValue == nil ? defaultValue(for: column.type, in: schema) : nil
                if table.columns[index].defaultValue == nil, !column.isNullable { table.columns[index].isNullable = true }
            default:
                table.columns[index].comment = column.comment == nil ? "it's \(name("note"))" : nil
            }
            schema.tables[tableIndex] = table
        case "addIndex", "addUnique", "addCheck":
            guard let index = others.randomElement(using: &random) else { return }
            let column = table.columns[index]
            if kind == "addIndex" {
                table.indexes.append(IndexDefinition(name: name("\(table.name.name)_i"), isUnique: random.chance(0.3), keys: [.column(column.name, order: random.chance(0.5) ? .descending : nil)]))
            } else if kind == "addUnique" {
                table.uniques.append(UniqueDefinition(name: name("\(table.name.name)_u"), columns: [column.name]))
            } else {
                guard column.type.isInteger else { return }
                table.checks.append(CheckDefinition(name: name("\(table.name.name)_c"), expression: "\(column.name) >= 0"))
            }
            schema.tables[tableIndex] = table
        case "dropIndex":
            guard !table.indexes.isEmpty else { return }
            table.indexes.removeLast()
            schema.tables[tableIndex] = table
        case "renameIndex":
            guard !table.indexes.isEmpty else { return }
            table.indexes[0].name = name("\(table.name.name)_renamed_i")
            schema.tables[tableIndex] = table
        case "dropCheck":
            guard !table.checks.isEmpty else { return }
            table.checks.removeLast()
            schema.tables[tableIndex] = table
        case "changeAction":
            guard !table.foreignKeys.isEmpty else { return }
            table.foreignKeys[0].onDelete = table.foreignKeys[0].onDelete == .cascade ? .restrict : .cascade
            schema.tables[tableIndex] = table
        case "addForeignKey":
            let parent = random.pick(schema.tables)
            addForeignKey(to: &table, parent: parent)
            schema.tables[tableIndex] = table
        case "dropForeignKey":
            guard !table.foreignKeys.isEmpty else { return }
            table.foreignKeys.removeLast()
            schema.tables[tableIndex] = table
        case "collation", "storage", "serial":
            guard let index = others.randomElement(using: &random) else { return }
            let column = table.columns[index]
            let usedByKey = table.foreignKeys.contains { $0.columns.contains(column.name) } || referenced(column.name)
            if kind == "collation" {
                guard column.type.isCharacter else { return }
                table.columns[index].collation = column.collation == nil ? random.pick(["C", "POSIX"]) : nil
            } else if kind == "storage" {
                guard column.type.defaultStorage == .extended else { return }
                table.columns[index].storage = column.storage == nil ? random.pick([.external, .main, .plain]) : nil
                if table.columns[index].storage == .plain { table.columns[index].storage = nil }
            } else {
                // integer <-> serial (NOT NULL, its default the sequence's).
                guard !usedByKey, column.type == .integer || column.type == .serial, column.identity == nil else { return }
                if column.type == .integer {
                    table.columns[index].type = .serial
                    table.columns[index].isNullable = false
                    table.columns[index].defaultValue = nil
                } else {
                    table.columns[index].type = .integer
                }
            }
            schema.tables[tableIndex] = table
        case "identityOptions":
            guard table.columns[0].identity != nil else { return }
            table.columns[0].identity = random.chance(0.5) ? Identity(.byDefault)
                : Identity(random.pick([.always, .byDefault]), start: random.pick([nil, 100]), increment: random.pick([nil, 5]),
                           maxValue: random.pick([nil, 1_000_000]), cache: random.pick([nil, 20]), cycle: random.chance(0.5))
            schema.tables[tableIndex] = table
        case "indexStorage":
            guard !table.indexes.isEmpty else { return }
            table.indexes[0].storageParameters = table.indexes[0].storageParameters == nil ? ["fillfactor": random.pick(["60", "80"])] : nil
            schema.tables[tableIndex] = table
        case "tableStorage":
            table.storageParameters = random.pick([nil, ["fillfactor": "70"], ["autovacuum_enabled": "false", "toast.autovacuum_enabled": "false"],
                                                   ["fillfactor": "90", "parallel_workers": "2"]])
            schema.tables[tableIndex] = table
        case "swapColumns":
            // Two columns no key, index or check names trade names, as a declaration states it.
            let free = others.filter { index in
                let name = table.columns[index].name
                return !table.foreignKeys.contains { $0.columns.contains(name) } && !referenced(name)
                    && !table.indexes.contains { $0.keys.contains { $0.column == name } } && !table.uniques.contains { $0.columns.contains(name) }
                    && !table.checks.contains { $0.expression.contains(name) }
            }
            guard free.count >= 2 else { return }
            let (first, second) = (table.columns[free[0]].name, table.columns[free[1]].name)
            edit.renames.columns[table.name, default: [:]][first] = second
            edit.renames.columns[table.name, default: [:]][second] = first
            table = table.renamingColumns([first: second, second: first])
            schema.tables[tableIndex] = table
        case "checkSettings":
            guard !table.checks.isEmpty else { return }
            let check = table.checks[0]
            table.checks[0] = CheckDefinition(
                name: check.name, expression: check.expression, noInherit: random.chance(0.5), notValid: check.notValid == nil && random.chance(0.5))
            schema.tables[tableIndex] = table
        case "uniqueSettings":
            guard !table.uniques.isEmpty else { return }
            let unique = table.uniques[0]
            table.uniques[0] = UniqueDefinition(
                name: unique.name, columns: unique.columns, nullsNotDistinct: random.chance(0.3),
                storageParameters: random.chance(0.5) ? ["fillfactor": "70"] : [:], deferrable: random.pick([nil, .initiallyImmediate, .initiallyDeferred]))
            schema.tables[tableIndex] = table
        case "addEnumValue", "renameEnumValue", "removeEnumValue":
            guard !schema.enums.isEmpty else { return }
            let enumIndex = Int.random(in: 0..<schema.enums.count, using: &random)
            var type = schema.enums[enumIndex]
            let value = name("v")
            if kind == "addEnumValue" {
                type.values.insert(value, at: Int.random(in: 0...type.values.count, using: &random))
            } else if kind == "renameEnumValue" {
                let position = Int.random(in: 0..<type.values.count, using: &random)
                edit.renames.enumValues[type.name, default: [:]][value] = type.values[position]
                renameEnumValue(in: &schema, type: type.name, from: type.values[position], to: value)
                type.values[position] = value
            } else {
                guard type.values.count > 2 else { return }
                type.values.removeLast()
            }
            schema.enums[enumIndex] = type
        case "addEnum":
            let type = EnumDefinition(name: QualifiedName(name("e")), values: [name("v"), name("v")])
            schema.enums.append(type)
            table.columns.append(ColumnDefinition(name: name("c"), type: .enumeration(type.name), isNullable: true, defaultValue: .literal(.string(type.values[1]))))
            schema.tables[tableIndex] = table
        default:
            return
        }
        edit.schema = schema
        edit.kinds.append(kind)
    }

    private func renameEnumValue(in schema: inout SchemaDefinition, type: QualifiedName, from old: String, to new: String) {
        for tableIndex in schema.tables.indices {
            for columnIndex in schema.tables[tableIndex].columns.indices
            where schema.tables[tableIndex].columns[columnIndex].type.enumName == type
                && schema.tables[tableIndex].columns[columnIndex].defaultValue == .literal(.string(old)) {
                schema.tables[tableIndex].columns[columnIndex].defaultValue = .literal(.string(new))
            }
        }
    }
}

extension SchemaDefinition {
    /// Objects in the order the resolver gives them, so that generated schemas render like declared ones.
    func sorted() -> SchemaDefinition {
        var schema = self
        schema.enums.sort { $0.name < $1.name }
        schema.tables = tables.map { table in
            var table = table
            table.uniques.sort { $0.name < $1.name }
            table.checks.sort { $0.name < $1.name }
            table.foreignKeys.sort { $0.name < $1.name }
            table.indexes.sort { $0.name < $1.name }
            return table
        }.sorted { $0.name < $1.name }
        return schema
    }
}
