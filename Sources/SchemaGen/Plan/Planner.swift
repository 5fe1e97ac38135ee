/// Orders the changes of a diff by dependency and writes their SQL with the hazards of each
/// statement: extensions and schemas first, renames, then drops of what depends on other
/// objects before those objects, creations in the reverse order, foreign keys after the keys
/// they point to, indexes, the dropping of types no longer used, comments. Enum values added
/// with `ADD VALUE` go in a step of their own so that they are committed before anything uses
/// them.
///
/// An online plan (``PlanOptions/online``) keeps a busy database readable and writable:
/// indexes of existing tables are built and dropped `CONCURRENTLY`, each as its own step;
/// checks and foreign keys are added `NOT VALID` and validated in a later step; `SET NOT NULL`
/// goes through a validated `CHECK (column IS NOT NULL)`; unique and primary keys are attached
/// to an index built concurrently (`ADD CONSTRAINT ... USING INDEX`); an index of a
/// partitioned table is built partition by partition and attached, and a table becoming a
/// partition is attached last; every step sets `lock_timeout` and `statement_timeout` first. Rewrites (most type changes) cannot be
/// avoided and keep their hazards.
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
        var plan = Plan(diff: diff, options: options)
        // Values are renamed before any is added, since an added value is placed by a label.
        let ordered = diff.changes.enumerated().sorted { (Self.valueOrder($0.element), $0.offset) < (Self.valueOrder($1.element), $1.offset) }
        for change in ordered.map(\.element) { plan.add(change) }
        return MigrationPlan(steps: plan.steps())
    }

    /// Renames of enum values first, then everything else in diff order.
    private static func valueOrder(_ change: SchemaChange) -> Int {
        if case .renameEnumValue = change { 0 } else { 1 }
    }
}

/// The steps of one plan while they are filled.
private struct Plan {
    let options: PlanOptions
    let created: Set<QualifiedName>
    let addsValues: Bool
    /// Whether the main step creates functions, whose bodies may use tables created after them.
    let createsFunctions: Bool
    /// Keys built concurrently in an online plan: foreign keys to them wait until they exist.
    let lateKeys: Set<KeyColumns>
    /// Keys referenced by foreign keys the main step drops.
    let droppedReferences: Set<KeyColumns>
    /// Columns made NOT NULL in an online plan, in its finish step: an identity added to one
    /// waits until then.
    let notNullColumns: Set<String>
    /// Partitioned tables, with the names of their partitions' index copies.
    let partitionIndexes: [QualifiedName: [SchemaDiff.PartitionIndexes]]
    /// Partitions detached in the main step: their indexes can be dropped concurrently only after.
    let detached: Set<QualifiedName>

    var enumValues = MigrationStep(transactional: true, note: "New enum values are committed before the next step may use them.")
    var main: [(phase: Int, statement: String, hazards: [Hazard])] = []
    /// Concurrent index drops before the main step, whose type changes may not cope with the
    /// index (a predicate comparing a rebuilt enum); those a foreign key dropped in the main
    /// step still needs go after it.
    var concurrentDrops: [MigrationStep] = []
    var concurrent: [MigrationStep] = []
    var validate = MigrationStep(transactional: true, note: "Constraints added NOT VALID are checked without blocking reads or writes.")
    var finish = MigrationStep(transactional: true, note: "Validated: SET NOT NULL and USING INDEX change the catalog only.")
    var validateLate = MigrationStep(transactional: true, note: "Foreign keys to the keys attached above are checked.")
    /// Tables attached as partitions in an online plan: last in the finish step, once they hold
    /// the indexes and constraints built concurrently, which PostgreSQL then adopts.
    var attachments: [(statement: String, hazards: [Hazard])] = []

    init(diff: SchemaDiff, options: PlanOptions) {
        self.options = options
        partitionIndexes = diff.partitionIndexes
        detached = Set(diff.changes.compactMap { if case .detachPartition(_, let partition) = $0 { partition.name } else { nil } })
        created = Set(diff.changes.compactMap { change in
            switch change {
            case .createTable(let table): table.name
            case .createView(let view): view.name
            default: nil
            }
        })
        createsFunctions = diff.changes.contains { change in
            switch change {
            case .createFunction, .replaceFunction, .recreateFunction: true
            default: false
            }
        }
        addsValues = diff.changes.contains { if case .addEnumValue = $0 { true } else { false } }
        var lateKeys: Set<KeyColumns> = []
        var notNullColumns: Set<String> = []
        var droppedReferences: Set<KeyColumns> = []
        for change in diff.changes {
            switch change {
            case .addUnique(let table, let unique) where !created.contains(table) && diff.partitionIndexes[table] == nil: lateKeys.insert(KeyColumns(table: table, columns: unique.columns))
            case .addPrimaryKey(let table, let key) where !created.contains(table) && diff.partitionIndexes[table] == nil: lateKeys.insert(KeyColumns(table: table, columns: key.columns))
            case .createIndex(let table, let index) where index.isUnique && !created.contains(table):
                lateKeys.insert(KeyColumns(table: table, columns: index.keys.compactMap(\.column)))
            case .setNotNull(let table, let column) where !created.contains(table): notNullColumns.insert("\(table).\(column)")
            case .dropForeignKey(_, let key): droppedReferences.insert(KeyColumns(table: key.referencedTable, columns: key.referencedColumns))
            default: break
            }
        }
        self.lateKeys = options.online == nil ? [] : lateKeys
        self.notNullColumns = notNullColumns
        self.droppedReferences = droppedReferences
    }

    mutating func add(_ change: SchemaChange) {
        switch change {
        case .addEnumValue:
            append(change, to: &enumValues)
            return
        case .renameEnumValue where addsValues:
            append(change, to: &enumValues)
            return
        default:
            break
        }
        if options.online != nil, addOnline(change) { return }
        if options.concurrentIndexes, addConcurrently(change) { return }
        main += planned(change).map { (Self.phase(of: change), $0.statement, $0.hazards) }
        if case .rebuildEnum(let from, _, _) = change {
            main.append((Self.dropTypes, "DROP TYPE \(SQLIdentifier.quote(MigrationSQL.retiredName(of: from.name)));", []))
        }
    }

    private func append(_ change: SchemaChange, to step: inout MigrationStep) {
        for entry in planned(change) { step.append(entry.statement, hazards: entry.hazards) }
    }

    /// The change's statements as written for any plan, its hazards on the first.
    private func planned(_ change: SchemaChange) -> [(statement: String, hazards: [Hazard])] {
        let hazards = change.hazards(created: created)
        return MigrationSQL.statements(for: change).enumerated().map { ($1, $0 == 0 ? hazards : []) }
    }

    /// Index changes on tables that exist before and after (in an online plan, on new tables
    /// too, so that no plain `CREATE INDEX` is left), built or dropped without blocking writes.
    /// A drop says `IF EXISTS`: dropping a column the index reads may have dropped it already.
    private mutating func addConcurrently(_ change: SchemaChange) -> Bool {
        switch change {
        // PostgreSQL builds and drops no index of a partitioned table concurrently: a new
        // table's and a dropped index go in the main step.
        case .createIndex(let table, _) where created.contains(table) && partitionIndexes[table] != nil:
            return false
        case .dropIndex(let table, _) where partitionIndexes[table] != nil:
            return false
        case .createIndex(let table, let index) where partitionIndexes[table] != nil:
            buildOnPartitions(index, of: table)
        case .createIndex(let table, let index) where options.online != nil || !created.contains(table):
            let hazards = created.contains(table) ? [] : [
                LockLevel.shareUpdateExclusive.hazard(on: table, "while the index is built"), Hazard(.indexBuild, "\(index.name) on \"\(table)\" is built"),
            ] + (index.isUnique ? [Hazard(.mayFail, "fails if \"\(table)\" holds duplicates; the index is then left INVALID")] : [])
            concurrent.append(Self.concurrentStep(DDLStatement.createIndex(index, on: table, concurrently: true), hazards: hazards))
        case .dropIndex(let table, let index):
            let step = Self.concurrentStep(MigrationSQL.dropIndex(index, on: table, concurrently: true), hazards: [LockLevel.shareUpdateExclusive.hazard(on: table, "briefly")])
            if droppedReferences.contains(KeyColumns(table: table, columns: index.keys.compactMap(\.column))) || detached.contains(table) {
                concurrent.append(step)
            } else {
                concurrentDrops.append(step)
            }
        default:
            return false
        }
        return true
    }

    /// An index of an existing partitioned table, built without blocking writes: each
    /// partition's copy concurrently, then the table's own `ON ONLY` (no build) and the copies
    /// attached to it, which makes it valid.
    ///
    /// ```sql
    /// CREATE INDEX CONCURRENTLY events_2024_kind_idx ON events_2024 (kind);   -- one step per partition
    /// CREATE INDEX events_kind_idx ON ONLY events (kind);
    /// ALTER INDEX events_kind_idx ATTACH PARTITION events_2024_kind_idx;
    /// ```
    private mutating func buildOnPartitions(_ index: IndexDefinition, of table: QualifiedName) {
        var attached: [QualifiedName] = []
        for partition in partitionIndexes[table] ?? [] {
            guard let name = partition.names[index.name] else { continue }
            var copy = index
            copy.name = name
            let hazards = created.contains(partition.partition) ? [] : [
                LockLevel.shareUpdateExclusive.hazard(on: partition.partition, "while the index is built"),
                Hazard(.indexBuild, "\(name) on \"\(partition.partition)\" is built"),
            ] + (index.isUnique ? [Hazard(.mayFail, "fails if \"\(partition.partition)\" holds duplicates; the index is then left INVALID")] : [])
            concurrent.append(Self.concurrentStep(DDLStatement.createIndex(copy, on: partition.partition, concurrently: true), hazards: hazards))
            // A partition's copy lives in the partition's schema.
            attached.append(QualifiedName(name, schema: partition.partition.schema))
        }
        finish.append(DDLStatement.createIndex(index, on: table, only: true), hazards: [LockLevel.share.hazard(on: table, "briefly")])
        for name in attached {
            finish.append("ALTER INDEX \(SQLIdentifier.quote(QualifiedName(index.name, schema: table.schema))) ATTACH PARTITION \(SQLIdentifier.quote(name));",
                          hazards: [])
        }
    }

    private static func concurrentStep(_ statement: String, hazards: [Hazard]) -> MigrationStep {
        MigrationStep(transactional: false, statements: [statement], note: "CONCURRENTLY cannot run inside a transaction.", hazards: [hazards])
    }

    /// The changes an online plan writes differently; false for the others.
    private mutating func addOnline(_ change: SchemaChange) -> Bool {
        let brief = "briefly"
        switch change {
        case .addCheck(let table, let check):
            main.append((Self.phase(of: change), MigrationSQL.alter(table, "ADD " + DDLStatement.checkClause(check) + " NOT VALID"),
                         created.contains(table) ? [] : [LockLevel.accessExclusive.hazard(on: table, brief)]))
            // Declared NOT VALID: left so.
            guard check.notValid == nil else { return true }
            validate.append(MigrationSQL.alter(table, "VALIDATE CONSTRAINT \(SQLIdentifier.quote(check.name))"), hazards: validation(of: table, "breaks \(check.name)"))
        // PostgreSQL 15 adds no foreign key NOT VALID to a partitioned table: it is checked as added.
        case .addForeignKey(let table, _) where partitionIndexes[table] != nil:
            return false
        case .addForeignKey(let table, let key):
            let statement = MigrationSQL.alter(table, "ADD " + DDLStatement.foreignKeyClause(key) + " NOT VALID")
            let isNew = created.contains(table)
            let locks = [table, key.referencedTable].filter { !created.contains($0) }.map { LockLevel.shareRowExclusive.hazard(on: $0, brief) }
            let check = MigrationSQL.alter(table, "VALIDATE CONSTRAINT \(SQLIdentifier.quote(key.name))")
            let checkHazards = isNew ? [] : validation(of: table, "has no match in \"\(key.referencedTable)\"")
            let validated = key.notValid == nil
            if lateKeys.contains(KeyColumns(table: key.referencedTable, columns: key.referencedColumns)) {
                finish.append(statement, hazards: locks)
                if validated { validateLate.append(check, hazards: checkHazards) }
            } else {
                main.append((Self.phase(of: change), statement, locks))
                if validated { validate.append(check, hazards: checkHazards) }
            }
        case .setNotNull(let table, let column) where !created.contains(table):
            let check = SQLIdentifier.quote(ObjectName.make(table.name, column, label: "not_null"))
            main.append((Self.phase(of: change), MigrationSQL.alter(table, "ADD CONSTRAINT \(check) CHECK (\(SQLIdentifier.quote(column)) IS NOT NULL) NOT VALID"),
                         [LockLevel.accessExclusive.hazard(on: table, brief)]))
            validate.append(MigrationSQL.alter(table, "VALIDATE CONSTRAINT \(check)"), hazards: validation(of: table, "holds NULL in \"\(column)\""))
            finish.append(MigrationSQL.alterColumn(table, column, "SET NOT NULL"), hazards: [LockLevel.accessExclusive.hazard(on: table, brief)])
            finish.append(MigrationSQL.alter(table, "DROP CONSTRAINT \(check)"), hazards: [LockLevel.accessExclusive.hazard(on: table, brief)])
        case .addIdentity(let table, let column, _) where notNullColumns.contains("\(table).\(column)"):
            append(change, to: &finish)
        // A partition given another bound is detached and attached in one transaction, so that
        // no row of its range goes elsewhere meanwhile.
        case .attachPartition(_, let partition, _) where !detached.contains(partition.name):
            attachments += planned(change)
        case .addUnique(let table, let unique) where !created.contains(table) && partitionIndexes[table] == nil:
            let index = IndexDefinition(
                name: unique.name, isUnique: true, keys: unique.columns.map { .column($0) }, include: unique.include ?? [],
                nullsNotDistinct: unique.nullsNotDistinct, storageParameters: unique.storageParameters ?? [:])
            attach(index, on: table, as: "UNIQUE", deferrable: unique.deferrable)
        case .addPrimaryKey(let table, let key) where !created.contains(table) && partitionIndexes[table] == nil:
            let index = IndexDefinition(
                name: key.name, isUnique: true, keys: key.columns.map { .column($0) }, include: key.include ?? [], storageParameters: key.storageParameters ?? [:])
            attach(index, on: table, as: "PRIMARY KEY", deferrable: key.deferrable)
        default:
            return false
        }
        return true
    }

    /// A unique index built concurrently, then made the constraint `kind` in the catalog only.
    private mutating func attach(_ index: IndexDefinition, on table: QualifiedName, as kind: String, deferrable: Deferrability?) {
        _ = addConcurrently(.createIndex(table, index))
        let name = SQLIdentifier.quote(index.name)
        finish.append(MigrationSQL.alter(table, "ADD CONSTRAINT \(name) \(kind) USING INDEX \(name)" + (deferrable.map { " " + $0.rawValue } ?? "")),
                      hazards: [LockLevel.accessExclusive.hazard(on: table, "briefly")])
    }

    private func validation(of table: QualifiedName, _ failure: String) -> [Hazard] {
        if created.contains(table) { return [] }
        return [LockLevel.shareUpdateExclusive.hazard(on: table, "while every row is checked"),
                Hazard(.validationScan, "every row of \"\(table)\" is read"), Hazard(.mayFail, "fails if a row of \"\(table)\" \(failure)")]
    }

    func steps() -> [MigrationStep] {
        var mainStep = MigrationStep(transactional: true)
        // As pg_dump does: a body is checked when called, so a function may be created before
        // the tables it reads.
        if createsFunctions { mainStep.append("SET LOCAL check_function_bodies = off;", hazards: []) }
        for entry in main.enumerated().sorted(by: { ($0.element.phase, $0.offset) < ($1.element.phase, $1.offset) }).map(\.element) {
            mainStep.append(entry.statement, hazards: entry.hazards)
        }
        // Index builds and validations may run long; the other steps change the catalog only.
        var finish = finish
        for entry in attachments { finish.append(entry.statement, hazards: entry.hazards) }
        let steps: [(step: MigrationStep, long: Bool)] = [(enumValues, false)] + concurrentDrops.map { ($0, true) } + [(mainStep, false)]
            + concurrent.map { ($0, true) } + [(validate, true), (finish, false), (validateLate, true)]
        return steps.filter { !$0.step.statements.isEmpty }.map { step, long in
            guard let timeouts = options.online else { return step }
            return Self.withTimeouts(step, lock: timeouts.lockTimeout, statement: long ? timeouts.longStatementTimeout : timeouts.statementTimeout)
        }
    }

    /// `SET LOCAL` inside a transaction, `SET` for a step that runs outside one.
    private static func withTimeouts(_ step: MigrationStep, lock: String, statement: String) -> MigrationStep {
        let set = step.transactional ? "SET LOCAL" : "SET"
        return MigrationStep(
            transactional: step.transactional,
            statements: ["\(set) lock_timeout = \(SQLLiteral.quote(lock));", "\(set) statement_timeout = \(SQLLiteral.quote(statement));"] + step.statements,
            note: step.note, hazards: [[], []] + step.hazards)
    }

    static let dropTypes = 170

    /// Where a change goes in the main step; lower first. What uses other objects is dropped
    /// first (views, triggers and policies before the columns and functions they read) and
    /// created last (after tables, columns and functions); functions are created before the
    /// tables whose defaults and checks may call them, except those created late.
    static func phase(of change: SchemaChange) -> Int {
        switch change {
        case .addEnumValue: 0
        case .createExtension, .createSchema, .alterExtensionSchema, .updateExtension: 10
        case .renameTable, .renameColumn, .renameEnumValue, .renameSequence: 20
        case .renameConstraint, .renameIndex, .alterIndexStorage, .alterTableStorage, .alterForeignKeyDeferrability: 30
        // Before the changes that make a detached partition the table declared.
        case .detachPartition: 32
        case .setSequenceOwner(_, nil): 30
        // What nothing else depends on, then views and functions dropped to be created
        // again, in reverse dependency order.
        case .dropTrigger, .dropPolicy, .dropDefault, .dropCheck: 34
        case .dropIndex(_, let index) where index.expressionSQL != nil: 34
        case .dropView, .dropFunction(_, rebuiltAs: .some): 35
        case .dropForeignKey: 40
        case .dropIndex, .dropPrimaryKey, .dropUnique, .dropExclusion, .dropDomainCheck: 50
        case .dropTable, .dropPartition: 60
        case .createEnum: 70
        case .createDomain, .createCompositeType, .recreateDomain, .recreateCompositeType: 72
        case .addAttribute, .dropAttribute, .alterAttribute: 73
        case .createSequence, .alterSequence: 75
        case .createFunction(_, late: false), .replaceFunction: 77
        case .rebuildEnum: 80
        case .createTable: 90
        case .createPartition: 95
        case .dropColumn, .dropExpression, .dropIdentity, .dropNotNull, .dropSerial: 100
        // Once the defaults, checks, indexes, triggers and views using it are dropped.
        case .recreateFunction: 105
        case .addColumn, .alterColumnType, .alterCollation: 110
        case .setNotNull, .alterIdentity, .addSerial, .alterSerial, .alterStorage, .alterCompression: 120
        case .alterDomainDefault, .alterDomainNotNull, .addDomainCheck, .validateDomainCheck: 121
        case .addIdentity: 130
        // After columns and functions, before a materialized view's indexes (unique ones too).
        case .createView, .replaceView, .alterViewOptions, .createFunction(_, late: true): 135
        // A default may call a function created with the views.
        case .setDefault: 137
        // A unique index may be what a new foreign key references.
        case .addPrimaryKey, .addUnique, .addCheck, .adoptIndex, .addExclusion: 140
        case .createIndex(_, let index) where index.isUnique: 140
        case .addForeignKey, .validateConstraint: 150
        case .createIndex: 160
        // Once the table matches its parent: columns, checks, keys, indexes and foreign keys.
        case .attachPartition: 165
        case .setSequenceOwner: 163
        case .createTrigger, .replaceTrigger, .enableTrigger, .alterRowSecurity, .createPolicy, .alterPolicy: 167
        case .dropFunction(_, rebuiltAs: nil), .dropSequence: 169
        case .dropEnum, .dropDomain, .dropCompositeType: dropTypes
        case .dropSchema, .dropExtension: 180
        case .commentOnTable, .commentOnColumn, .commentOnEnum, .commentOn: 190
        }
    }
}

/// A key by its table and columns, in order.
private struct KeyColumns: Hashable {
    let table: QualifiedName
    let columns: [String]
}
