import SchemaGen

/// Large, realistic schemas made from a seed, declared through the DSL at run time: what the
/// benchmarks measure. Each table has 8 to 15 columns of the common types, foreign keys to
/// earlier tables (indexed), two to four indexes, now and then a unique or check constraint;
/// one enum per 25 tables.
///
/// ```swift
/// let schema = SyntheticSchema.declaration(tables: 1_000)   // a DSL Schema, 1,000 tables
/// let next = SyntheticSchema.edited(schema.resolve().definition, fraction: 0.05)
/// ```
public enum SyntheticSchema {
    static let nouns = ["orders", "accounts", "invoices", "events", "projects", "tickets", "documents", "payments", "devices", "reports"]

    public static func declaration(tables count: Int, seed: UInt64 = 1) -> Schema {
        var random = SeededGenerator(seed: seed)
        let enums = (0..<max(1, count / 25)).map { number in
            Enum("status_\(number)", values: (0..<Int.random(in: 3...6, using: &random)).map { "value_\($0)" })
        }
        // Every enum's first value is value_0: the default of enum columns.
        var tables: [Table] = []
        for number in 0..<count {
            tables.append(table(number, earlier: tables, enums: enums, random: &random))
        }
        let schemaTables = tables
        return Schema("synthetic_\(count)") {
            enums
            schemaTables
        }
    }

    private static func table(_ number: Int, earlier: [Table], enums: [Enum], random: inout SeededGenerator) -> Table {
        let name = "\(nouns[number % nouns.count])_\(number)"
        var columns = [Column("id", .bigint).primaryKey().identity()]
        var indexes: [Index] = []
        var constraints: [Check] = []
        let parents = earlier.isEmpty ? [] : (0..<Int.random(in: 1...2, using: &random)).map { _ in random.pick(earlier) }
        for (position, parent) in parents.enumerated() {
            let column = "parent_\(position)_id"
            let nullable = random.chance(0.4)
            let action: ReferentialAction = nullable ? random.pick([.setNull, .noAction]) : random.pick([.cascade, .restrict, .noAction])
            let declared = Column(column, .bigint).references(parent.id, onDelete: action)
            columns.append(nullable ? declared : declared.notNull())
            indexes.append(Index(on: .column(column)))
        }
        let plain = (0..<Int.random(in: (7 - parents.count)...(13 - parents.count), using: &random)).map { "c\($0)" }
        for name in plain { columns.append(column(name, enums: enums, random: &random)) }
        indexes.append(Index(on: .column(plain[0]), .column(plain[1], order: .descending)))
        if parents.isEmpty || random.chance(0.5), let last = plain.last {
            indexes.append(Index(on: .column(last)))
        }
        if random.chance(0.2) {
            constraints.append(Check("char_length(code) <= 64"))
            columns.append(Column("code", .text).notNull().unique())
        }
        let tableColumns = columns
        let tableIndexes = indexes
        let checks = constraints
        return Table(name, comment: random.chance(0.3) ? "Synthetic table \(number)." : nil) {
            tableColumns
            for index in tableIndexes { index }
            for check in checks { check }
        }
    }

    private static func column(_ name: String, enums: [Enum], random: inout SeededGenerator) -> Column {
        switch Int.random(in: 0..<12, using: &random) {
        case 0: Column(name, .text).notNull()
        case 1: Column(name, .varchar(Int.random(in: 20...255, using: &random)))
        case 2: Column(name, .integer).notNull().default(0)
        case 3: Column(name, .bigint)
        case 4: Column(name, .boolean).notNull().default(false)
        case 5: Column(name, .numeric(precision: 12, scale: 2))
        case 6: Column(name, .timestamptz).notNull().defaultNow()
        case 7: Column(name, .date)
        case 8: Column(name, .jsonb).notNull().default("{}")
        case 9: Column(name, .uuid).notNull().defaultRandomUUID()
        case 10:
            Column(name, .enum(random.pick(enums))).notNull().default("value_0")
        default: Column(name, .array(.text))
        }
    }

    /// `schema` with about `fraction` of its tables changed (a column added, one dropped, a type
    /// widened, an index added or dropped) and as many new tables: the second version a diff
    /// benchmark compares.
    public static func edited(_ schema: SchemaDefinition, fraction: Double = 0.05, seed: UInt64 = 2) -> SchemaDefinition {
        var random = SeededGenerator(seed: seed)
        var result = schema
        let changes = max(1, Int(Double(schema.tables.count) * fraction))
        for index in (0..<changes).map({ _ in Int.random(in: 0..<result.tables.count, using: &random) }) {
            var table = result.tables[index]
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                table.columns.append(ColumnDefinition(name: "added_\(index)", type: .text))
            case 1:
                if let dropped = table.columns.lastIndex(where: { column in
                    column.isNullable && !table.indexes.contains { $0.keys.contains { $0.column == column.name } }
                        && !table.foreignKeys.contains { $0.columns.contains(column.name) }
                }) {
                    table.columns.remove(at: dropped)
                }
            case 2:
                if let widened = table.columns.firstIndex(where: { if case .varchar = $0.type { true } else { false } }) {
                    table.columns[widened].type = .varchar(1000)
                }
            default:
                table.indexes.append(IndexDefinition(name: "\(table.name.name)_added_idx", keys: [.column("id", order: .descending)]))
            }
            result.tables[index] = table
        }
        for number in 0..<changes {
            result.tables.append(TableDefinition(
                name: QualifiedName("new_table_\(number)"),
                columns: [ColumnDefinition(name: "id", type: .bigint, isNullable: false, identity: Identity(.always)),
                          ColumnDefinition(name: "note", type: .text)],
                primaryKey: PrimaryKeyDefinition(name: "new_table_\(number)_pkey", columns: ["id"])))
        }
        result.tables.sort { $0.name < $1.name }
        return result
    }
}
