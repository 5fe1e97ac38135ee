/// Orders the changes of a diff by dependency and writes their SQL: extensions and schemas
/// first, renames, then drops of what depends on other objects before those objects, creations
/// in the reverse order, foreign keys after the keys they point to, indexes, the dropping of
/// types no longer used, comments. Enum values added with `ADD VALUE` go in a step of their own
/// so that they are committed before anything uses them.
///
/// ```swift
/// let plan = Planner().plan(Differ(from: old, to: new).diff())
/// ```
public struct Planner: Sendable {
    public let options: PlanOptions

    public init(options: PlanOptions = PlanOptions()) {
        self.options = options
    }

    public func plan(_ diff: SchemaDiff) -> MigrationPlan {
        let createdTables = Set(diff.changes.compactMap { change -> QualifiedName? in
            if case .createTable(let table) = change { table.name } else { nil }
        })
        let droppedColumns = Set(diff.changes.compactMap { change -> String? in
            if case .dropColumn(let table, let column) = change { "\(table).\(column.name)" } else { nil }
        })
        // Values are renamed before any is added, since an added value is placed by a label.
        let addsValues = diff.changes.contains { if case .addEnumValue = $0 { true } else { false } }
        var enumValues: [String] = []
        var main: [(phase: Int, sql: [String])] = []
        var concurrent: [MigrationStep] = []
        for change in diff.changes.enumerated().sorted(by: { (Self.valueOrder($0.element), $0.offset) < (Self.valueOrder($1.element), $1.offset) }).map(\.element) {
            switch change {
            case .addEnumValue:
                enumValues += MigrationSQL.statements(for: change)
                continue
            case .renameEnumValue where addsValues:
                enumValues += MigrationSQL.statements(for: change)
                continue
            default:
                break
            }
            if options.concurrentIndexes, let step = concurrentStep(change, createdTables: createdTables, droppedColumns: droppedColumns) {
                concurrent.append(step)
                continue
            }
            main.append((phase(of: change), MigrationSQL.statements(for: change)))
            if case .rebuildEnum(let from, _, _) = change {
                main.append((Phase.dropTypes, ["DROP TYPE \(SQLIdentifier.quote(MigrationSQL.retiredName(of: from.name)));"]))
            }
        }
        let ordered = main.enumerated().sorted { ($0.element.phase, $0.offset) < ($1.element.phase, $1.offset) }.flatMap(\.element.sql)
        var steps: [MigrationStep] = []
        if !enumValues.isEmpty {
            steps.append(MigrationStep(
                transactional: true, statements: enumValues,
                note: "New enum values are committed before the next step may use them."))
        }
        if !ordered.isEmpty { steps.append(MigrationStep(transactional: true, statements: ordered)) }
        return MigrationPlan(steps: steps + concurrent)
    }

    /// Index changes on tables that exist before and after, built or dropped without blocking writes.
    private func concurrentStep(_ change: SchemaChange, createdTables: Set<QualifiedName>, droppedColumns: Set<String>) -> MigrationStep? {
        let note = "CONCURRENTLY cannot run inside a transaction."
        switch change {
        case .createIndex(let table, let index) where !createdTables.contains(table):
            return MigrationStep(transactional: false, statements: [DDLStatement.createIndex(index, on: table, concurrently: true)], note: note)
        case .dropIndex(let table, let index)
            where !index.keys.contains(where: { $0.column.map { droppedColumns.contains("\(table).\($0)") } ?? false }):
            return MigrationStep(transactional: false, statements: [MigrationSQL.dropIndex(index, on: table, concurrently: true)], note: note)
        default:
            return nil
        }
    }

    /// Renames of enum values first, then everything else in diff order.
    private static func valueOrder(_ change: SchemaChange) -> Int {
        if case .renameEnumValue = change { 0 } else { 1 }
    }

    private enum Phase {
        static let dropTypes = 17
    }

    /// Where a change goes in the main step; lower first.
    private func phase(of change: SchemaChange) -> Int {
        switch change {
        case .createExtension, .createSchema: 1
        case .renameTable, .renameColumn, .renameEnumValue: 2
        case .renameConstraint, .renameIndex: 3
        case .dropForeignKey: 4
        case .dropIndex, .dropPrimaryKey, .dropUnique, .dropCheck: 5
        case .dropTable: 6
        case .createEnum: 7
        case .rebuildEnum: 8
        case .createTable: 9
        case .dropColumn, .dropExpression, .dropDefault, .dropIdentity, .dropNotNull: 10
        case .addColumn, .alterColumnType: 11
        case .setNotNull, .setDefault, .alterIdentity: 12
        case .addIdentity: 13
        case .addPrimaryKey, .addUnique, .addCheck: 14
        case .addForeignKey: 15
        case .createIndex: 16
        case .dropEnum: Phase.dropTypes
        case .dropSchema, .dropExtension: 18
        case .commentOnTable, .commentOnColumn, .commentOnEnum: 19
        case .addEnumValue: 0
        }
    }
}
