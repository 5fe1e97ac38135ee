/// Declared expressions put to PostgreSQL, to learn how it stores them.
///
/// PostgreSQL keeps an expression as a parse tree and prints it back in its own words:
/// `status IN ('open', 'closed')` comes back as `status = ANY (ARRAY['open'::text,
/// 'closed'::text])`, `FALSE` as `false`, `price > 0` as `price > 0::numeric`. No text rule can
/// tell which spellings mean the same, so a declaration is compared with a catalog only after
/// PostgreSQL itself has printed the declaration's expressions.
///
/// The probe copies each table that holds an expression (a default, a check, a generated
/// column, an index key or predicate, a partition key or bound) into a temporary table, inside
/// a transaction the caller rolls back, then reads it with ``CatalogQuery/temporarySQL``: the query and reader that
/// introspection uses, so both sides are printed by the same functions. The copies are
/// partitioned tables, which PostgreSQL creates without storage (half the time of plain ones).
///
/// Given the catalog the declaration will be compared with, only tables with an expression
/// whose counterpart there is written differently are copied: text PostgreSQL printed itself
/// reads back the same in the same database, and an object with no counterpart is created
/// from the declaration's text whatever it is.
///
/// ```sql
/// DO $schemagen_probe$
/// BEGIN
///   BEGIN
///     CREATE TABLE pg_temp.schemagen_probe_0 (
///         status text DEFAULT 'open', schemagen_probe_partition_key integer,
///         CONSTRAINT orders_status_check CHECK (status IN ('open', 'closed'))
///     ) PARTITION BY LIST (schemagen_probe_partition_key);
///   EXCEPTION WHEN OTHERS THEN
///     INSERT INTO pg_temp.schemagen_probe_failures VALUES (0, SQLERRM);
///   END;
/// END
/// $schemagen_probe$;
/// ```
///
/// Forms recorded earlier (``ExpressionForms``, from `snapshot.json`) are applied first, so an
/// expression PostgreSQL has already printed is not asked about again. A table whose copy
/// PostgreSQL refuses (a type or function it does not have) keeps its declared text, and
/// `failures` says why.
public struct ExpressionProbe: Sendable {
    /// The declaration in catalog form with the recorded forms applied, as it is compared when
    /// PostgreSQL cannot be asked.
    public let schema: SchemaDefinition
    /// Indexes into `schema.tables` of the tables copied.
    private let probed: [Int]
    /// Indexes into `schema.views` of the views copied (as temporary views, whose query
    /// `pg_get_viewdef` prints as it prints a materialized view's).
    private let probedViews: [Int]
    /// Indexes into `schema.domains` of the domains copied (their defaults and checks).
    private let probedDomains: [Int]
    /// Whether extensions, schemas and enum types missing on the server are created first (on
    /// a scratch database; the transaction is rolled back all the same).
    public let createsMissingTypes: Bool

    public init(
        _ schema: SchemaDefinition, comparedWith catalog: SchemaDefinition? = nil, recorded: ExpressionForms = ExpressionForms(),
        createsMissingTypes: Bool = false
    ) {
        let schema = recorded.applied(to: schema.catalogForm)
        self.schema = schema
        let counterparts = catalog?.catalogForm.tablesByName
        probed = schema.tables.indices.filter { index in
            let table = schema.tables[index]
            guard let counterparts else { return table.hasExpressions }
            return counterparts[table.name].map(table.hasExpressionsWrittenDifferently(than:)) ?? false
        }
        let viewCounterparts = catalog.map { Dictionary($0.views.map { ($0.name, $0.query) }, uniquingKeysWith: { first, _ in first }) }
        let domainCounterparts = catalog.map { Dictionary($0.domains.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }) }
        probedDomains = schema.domains.indices.filter { index in
            let domain = schema.domains[index]
            guard domain.defaultValue != nil || !domain.checks.isEmpty else { return false }
            guard let domainCounterparts else { return true }
            return domainCounterparts[domain.name].map { $0.defaultValue != domain.defaultValue || $0.checks.map(\.expression) != domain.checks.map(\.expression) } ?? false
        }
        probedViews = schema.views.indices.filter { index in
            guard let viewCounterparts else { return true }
            return viewCounterparts[schema.views[index].name].map { $0 != schema.views[index].query } ?? false
        }
        self.createsMissingTypes = createsMissingTypes
    }

    /// Whether there is anything to ask PostgreSQL.
    public var isEmpty: Bool { probed.isEmpty && probedViews.isEmpty && probedDomains.isEmpty }

    static let failuresTable = "schemagen_probe_failures"

    /// The statements to run in a transaction, before reading ``CatalogQuery/temporarySQL``
    /// and ``failuresSQL``.
    public var statements: [String] {
        let numbered = blocks.enumerated().map { number, block in
            """
              BEGIN
            \(block.statement)
              EXCEPTION WHEN OTHERS THEN
                INSERT INTO pg_temp.\(Self.failuresTable) VALUES (\(number), SQLERRM);
              END;
            """
        }
        let body = "BEGIN\n" + numbered.joined(separator: "\n") + "\nEND\n"
        var tag = "$schemagen_probe$"
        while body.contains(tag) { tag = "$schemagen_probe_\(tag.count)$" }
        return [
            "CREATE TABLE pg_temp.\(Self.failuresTable) (block integer, message text)",
            "DO \(tag)\n\(body)\(tag)",
        ]
    }

    /// Reads back the failures as `block|message` rows.
    public static let failuresSQL = "SELECT block::text, message FROM pg_temp.\(failuresTable) ORDER BY block"

    /// The blocks of the probe, each run on its own, with what a failure of it is about: the
    /// missing types (whose failure, an object that exists already, is none), a table's copy
    /// with its checks, indexes and policies, a view's, or a trigger's (kept apart, since it
    /// needs its function).
    private var blocks: [(statement: String, subject: String?)] {
        var blocks: [(String, String?)] = []
        if createsMissingTypes {
            blocks += schema.extensions.map { (DDLStatement.createExtension($0), nil) }
            blocks += schema.namespaces.map { ("CREATE SCHEMA IF NOT EXISTS \(SQLIdentifier.quote($0));", nil) }
            blocks += schema.enums.map { (DDLStatement.createEnum($0), nil) }
        }
        for (number, index) in probedDomains.enumerated() {
            var copy = schema.domains[index]
            copy.name = QualifiedName(Self.domainCopyName(number), schema: "pg_temp")
            copy.checks = copy.checks.map { CheckDefinition(name: $0.name, expression: $0.expression) }
            blocks.append((DDLStatement.createDomain(copy), "domain \(schema.domains[index].name)"))
        }
        var triggers: [(String, String?)] = []
        for (number, index) in probed.enumerated() {
            let table = schema.tables[index]
            let copy = Self.copy(of: table, number: number)
            let statements = [Self.createCopy(copy)] + copy.indexes.map { DDLStatement.createIndex($0, on: copy.name) }
                + (copy.policies ?? []).map { DDLStatement.createPolicy($0, on: copy.name) }
            blocks.append((statements.joined(separator: "\n"), table.name.description))
            triggers += (copy.triggers ?? []).map { (DDLStatement.createTrigger($0, on: copy.name).joined(separator: "\n"), "trigger \($0.name) on \(table.name)") }
        }
        for (number, index) in probedViews.enumerated() {
            let view = schema.views[index]
            blocks.append(("CREATE TEMPORARY VIEW \(Self.viewCopyName(number)) AS\n\(view.query);", "\(view.kind) \(view.name)"))
        }
        return blocks + triggers
    }

    /// The objects whose copy failed, with PostgreSQL's reason, from the rows of ``failuresSQL``.
    public func failures(_ rows: [(block: Int, message: String)]) -> [String] {
        let subjects = blocks.map(\.subject)
        return rows.compactMap { row in
            guard subjects.indices.contains(row.block), let subject = subjects[row.block] else { return nil }
            return "\(subject): \(row.message)"
        }
    }

    /// The declaration with each expression as PostgreSQL printed it in `catalog` (the
    /// temporary schema read back); tables whose copy failed keep their declared text.
    public func normalized(reading catalog: SchemaDefinition) -> SchemaDefinition {
        var schema = schema
        let copies = Dictionary(catalog.tables.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (number, index) in probed.enumerated() {
            guard let copy = copies[Self.copyName(number)] else { continue }
            schema.tables[index].adoptExpressions(of: copy, indexNames: Self.copy(of: schema.tables[index], number: number).indexes.map(\.name))
        }
        let domains = Dictionary(catalog.domains.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (number, index) in probedDomains.enumerated() {
            guard let copy = domains[Self.domainCopyName(number)] else { continue }
            if schema.domains[index].defaultValue != nil { schema.domains[index].defaultValue = copy.defaultValue }
            for position in schema.domains[index].checks.indices {
                if let stored = copy.checks.first(where: { $0.name == schema.domains[index].checks[position].name }) {
                    schema.domains[index].checks[position].expression = stored.expression
                }
            }
        }
        let views = Dictionary(catalog.views.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (number, index) in probedViews.enumerated() {
            if let copy = views[Self.viewCopyName(number)] { schema.views[index].query = copy.query }
        }
        return schema
    }

    private static func copyName(_ number: Int) -> String { "schemagen_probe_\(number)" }
    private static func viewCopyName(_ number: Int) -> String { "schemagen_probe_view_\(number)" }
    private static func domainCopyName(_ number: Int) -> String { "schemagen_probe_domain_\(number)" }

    /// The column a copy is partitioned by.
    static let partitionKey = "schemagen_probe_partition_key"

    /// The table as a temporary table with only what holds expressions: columns with their
    /// storage types, defaults and generation expressions, checks, and indexes with expression
    /// keys or predicates (renamed, since index names share the temporary schema; not unique,
    /// which a partitioned table allows only with the partition key).
    private static func copy(of table: TableDefinition, number: Int) -> TableDefinition {
        var copy = TableDefinition(name: QualifiedName(copyName(number), schema: "pg_temp"))
        copy.columns = table.columns.map { column in
            var column = column
            column.type = column.type.storageType
            column.identity = nil
            column.isNullable = true
            column.comment = nil
            column.storage = nil
            column.compression = nil
            return column
        } + [ColumnDefinition(name: partitionKey, type: .integer)]
        copy.checks = table.checks.map { CheckDefinition(name: $0.name, expression: $0.expression) }
        // The declared key and bounds, on partitions themselves partitioned (so without storage).
        copy.partitioning = table.partitioning.map { scheme in
            PartitionScheme(strategy: scheme.strategy, keys: scheme.keys, partitions: scheme.partitions.indices.map { position in
                PartitionDefinition(name: QualifiedName("\(copyName(number))_p\(position)", schema: "pg_temp"), bound: scheme.partitions[position].bound)
            })
        }
        // Policies for PUBLIC (their roles may not exist here); triggers without transition
        // tables, which a partitioned table refuses.
        copy.policies = table.policies?.map { PolicyDefinition(name: $0.name, command: $0.command, isRestrictive: $0.isRestrictive, using: $0.using, withCheck: $0.withCheck) }
        copy.triggers = table.triggers?.filter { $0.when != nil }.map { trigger in
            var trigger = trigger
            (trigger.oldTable, trigger.newTable, trigger.enabled, trigger.comment) = (nil, nil, .origin, nil)
            return trigger
        }
        copy.indexes = table.indexes.enumerated().compactMap { position, index in
            guard index.hasExpressions else { return nil }
            var index = index
            index.name = "\(copyName(number))_\(position)"
            index.isUnique = false
            index.nullsNotDistinct = false
            return index
        } + (table.exclusions ?? []).enumerated().compactMap { position, exclusion in
            // An exclusion constraint's elements and predicate are printed as an index's are.
            let index = exclusion.index(named: "\(copyName(number))_x\(position)")
            return index.hasExpressions ? index : nil
        }
        return copy
    }

    /// `CREATE TABLE pg_temp.schemagen_probe_0 (...) PARTITION BY LIST (schemagen_probe_partition_key);`,
    /// or by the declared key, with each partition partitioned by the probe's column.
    private static func createCopy(_ copy: TableDefinition) -> String {
        var table = copy
        table.partitioning = copy.partitioning ?? PartitionScheme(strategy: .list, keys: [.column(partitionKey)])
        return ([DDLStatement.createTable(table)] + (copy.partitioning?.partitions ?? []).map { partition in
            String(DDLStatement.createPartition(partition, of: copy.name).dropLast()) + " PARTITION BY LIST (\(partitionKey));"
        }).joined(separator: "\n")
    }
}

extension TableDefinition {
    var hasExpressions: Bool {
        partitioning != nil || !checks.isEmpty || indexes.contains(where: \.hasExpressions) || (exclusions ?? []).contains(where: \.hasExpressions)
            || columns.contains { $0.defaultValue != nil || $0.generatedExpression != nil }
            || !(policies ?? []).isEmpty || (triggers ?? []).contains { $0.when != nil }
    }

    /// Takes defaults, generation expressions, checks, index keys and predicates from `copy`,
    /// the same table as PostgreSQL stored it; `indexNames` are the copy's names of the indexes
    /// with expressions, in order.
    mutating func adoptExpressions(of copy: TableDefinition, indexNames: [String]) {
        for index in columns.indices {
            guard let stored = copy.column(named: columns[index].name) else { continue }
            if columns[index].defaultValue != nil, let value = stored.defaultValue { columns[index].defaultValue = value }
            if columns[index].generatedExpression != nil { columns[index].generatedExpression = stored.generatedExpression }
        }
        for index in checks.indices {
            if let stored = copy.checks.first(where: { $0.name == checks[index].name }) { checks[index].expression = stored.expression }
        }
        var names = indexNames[...]
        for index in indexes.indices where indexes[index].hasExpressions {
            guard let name = names.popFirst(), let stored = copy.indexes.first(where: { $0.name == name }) else { continue }
            indexes[index].predicate = stored.predicate
            if stored.keys.count == indexes[index].keys.count {
                for key in indexes[index].keys.indices where indexes[index].keys[key].column == nil {
                    indexes[index].keys[key].target = stored.keys[key].target
                }
            }
        }
        for position in (policies ?? []).indices {
            guard let stored = copy.policies?.first(where: { $0.name == policies![position].name }) else { continue }
            (policies![position].using, policies![position].withCheck) = (stored.using, stored.withCheck)
        }
        for position in (triggers ?? []).indices where triggers![position].when != nil {
            if let stored = copy.triggers?.first(where: { $0.name == triggers![position].name }) { triggers![position].when = stored.when }
        }
        if let stored = copy.partitioning, let scheme = partitioning, stored.keys.count == scheme.keys.count, stored.partitions.count == scheme.partitions.count {
            for key in scheme.keys.indices where scheme.keys[key].column == nil { partitioning!.keys[key].target = stored.keys[key].target }
            // The copy's partitions are named by position, so their order is the declared one.
            let bounds = stored.partitions.sorted { $0.name.name.count != $1.name.name.count ? $0.name.name.count < $1.name.name.count : $0.name < $1.name }
            for position in scheme.partitions.indices { partitioning!.partitions[position].bound = bounds[position].bound }
        }
        for position in (exclusions ?? []).indices where exclusions![position].hasExpressions {
            guard let name = names.popFirst(), let stored = copy.indexes.first(where: { $0.name == name }),
                  stored.keys.count == exclusions![position].elements.count else { continue }
            exclusions![position].predicate = stored.predicate
            for element in exclusions![position].elements.indices where exclusions![position].elements[element].key.column == nil {
                exclusions![position].elements[element].key.target = stored.keys[element].target
            }
        }
    }
}

extension TableDefinition {
    /// Whether an expression of this table has a counterpart in `other` (the same column,
    /// check or index) written otherwise.
    func hasExpressionsWrittenDifferently(than other: TableDefinition) -> Bool {
        for column in columns {
            guard let twin = other.column(named: column.name) else { continue }
            if column.defaultValue != nil, twin.defaultValue != nil, column.defaultValue != twin.defaultValue { return true }
            if column.generatedExpression != nil, twin.generatedExpression != nil, column.generatedExpression != twin.generatedExpression { return true }
        }
        for check in checks {
            if let twin = other.checks.first(where: { $0.name == check.name }), twin.expression != check.expression { return true }
        }
        for index in indexes where index.hasExpressions {
            guard let twin = other.indexes.first(where: { $0.name == index.name }) else { continue }
            if twin.predicate != index.predicate || twin.keys.map(\.target) != index.keys.map(\.target) { return true }
        }
        for policy in policies ?? [] {
            guard let twin = other.policies?.first(where: { $0.name == policy.name }) else { continue }
            if twin.using != policy.using || twin.withCheck != policy.withCheck { return true }
        }
        for trigger in triggers ?? [] where trigger.when != nil {
            if let twin = other.triggers?.first(where: { $0.name == trigger.name }), twin.when != trigger.when { return true }
        }
        for exclusion in exclusions ?? [] {
            guard let twin = other.exclusions?.first(where: { $0.name == exclusion.name }) else { continue }
            if twin.predicate != exclusion.predicate || twin.elements.map(\.key.target) != exclusion.elements.map(\.key.target) { return true }
        }
        if let scheme = partitioning, let twin = other.partitioning {
            if scheme.keys.map(\.target) != twin.keys.map(\.target) { return true }
            let bounds = Dictionary(twin.partitions.map { ($0.name, $0.bound) }, uniquingKeysWith: { first, _ in first })
            if scheme.partitions.contains(where: { partition in bounds[partition.name].map { $0 != partition.bound } ?? false }) { return true }
        }
        return false
    }
}

extension ExclusionDefinition {
    var hasExpressions: Bool {
        predicate != nil || elements.contains { $0.key.column == nil }
    }
}

extension IndexDefinition {
    var hasExpressions: Bool {
        predicate != nil || keys.contains { $0.column == nil }
    }
}
