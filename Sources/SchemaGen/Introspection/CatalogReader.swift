import Foundation

/// Turns the document of ``CatalogQuery`` into a ``SchemaDefinition``: the same model a
/// declaration resolves to, so that a database and a declaration can be compared, diffed and
/// rendered alike. Serial columns are recognised by their owned sequence, literal defaults are
/// read back into ``SQLLiteral`` values, and objects come sorted as the resolver sorts them.
public struct CatalogReader: Sendable {
    public init() {}

    /// Reads the JSON text the catalog query returned.
    public func read(json: String, schemaName: String) throws -> SchemaDefinition {
        try snapshot(json: json, schemaName: schemaName).schema
    }

    /// The model and the objects it leaves out.
    public func snapshot(json: String, schemaName: String) throws -> CatalogSnapshot {
        let document = try JSONDecoder().decode(CatalogDocument.self, from: Data(json.utf8))
        let schema = schema(document, name: schemaName)
        var snapshot = CatalogSnapshot(schema: schema, unmodeled: document.unmodeled.map {
            UnmodeledObject(kind: $0.kind, name: $0.name)
        } + Self.partitionSettings(document, schema))
        snapshot.invalidIndexes = document.invalidIndexes.map { QualifiedName($0.name, schema: $0.schema) }
        let unmodeled = Dictionary(snapshot.unmodeled.map { ($0.description, $0) }, uniquingKeysWith: { first, _ in first })
        snapshot.unmodeledDependencies = Dictionary(document.dependencies.compactMap { row in
            guard row.kind == "unmodeled", let object = row.name.flatMap({ unmodeled[$0] }) else { return nil }
            return (object, Self.dependencies(row))
        }, uniquingKeysWith: { first, _ in first })
        return snapshot
    }

    private func schema(_ document: CatalogDocument, name schemaName: String) -> SchemaDefinition {
        let serials = Self.serialColumns(document)
        let functions = document.functions.map(Self.function)
        var schema = SchemaDefinition(
            name: schemaName,
            extensions: document.extensions.map { ExtensionDefinition(name: $0.name, schema: $0.schema, version: $0.version) },
            namespaces: document.namespaces.filter { $0 != QualifiedName.defaultSchema },
            enums: document.enums.map {
                EnumDefinition(name: QualifiedName($0.name, schema: $0.schema), values: $0.values, comment: $0.comment)
            },
            tables: document.tables.map { table($0, serials: serials) },
            sequences: document.sequences.map(Self.sequence).filter { sequence in sequence.ownedBy.map { !serials.contains($0) } ?? true },
            functions: functions.sorted { $0.signature < $1.signature },
            views: document.views.map(view),
            domains: document.domains.map { row in
                DomainDefinition(
                    name: QualifiedName(row.name, schema: row.schema), baseType: DataType(catalogName: row.baseType), collation: row.collation,
                    defaultValue: row.default, isNotNull: row.notNull,
                    checks: row.checks.map { CheckDefinition(name: $0.name, expression: $0.expression, notValid: !$0.validated) }, comment: row.comment)
            },
            compositeTypes: document.compositeTypes.map { row in
                CompositeTypeDefinition(
                    name: QualifiedName(row.name, schema: row.schema),
                    attributes: row.attributes.map { .init($0.name, DataType(catalogName: $0.type), collation: $0.collation) }, comment: row.comment)
            })
        let signatures = Dictionary(zip(document.functions.map(\.oid), functions.map(\.signature)), uniquingKeysWith: { first, _ in first })
        schema.dependencies = Self.dependencies(document, signatures: signatures)
        return schema
    }

    /// What each object of a modelled kind uses, by the path that names it (a function by the
    /// signature of its oid).
    private static func dependencies(_ document: CatalogDocument, signatures: [UInt32: String]) -> [SourcePath: Dependencies] {
        var result: [SourcePath: Dependencies] = [:]
        for row in document.dependencies {
            let owner = row.owner.map { QualifiedName($0, schema: row.schema ?? QualifiedName.defaultSchema) }
            let path: SourcePath? = switch (row.kind, owner, row.name) {
            case ("view", let owner?, _): .view(owner)
            case ("function", _, _): row.function.flatMap { signatures[$0] }.map { .function($0) }
            case ("trigger", let owner?, let name?): .trigger(owner, name)
            case ("policy", let owner?, let name?): .policy(owner, name)
            case ("default", let owner?, let name?): .column(owner, name)
            case ("constraint", let owner?, let name?): .constraint(owner, name)
            case ("index", let owner?, let name?): .index(owner, name)
            default: nil
            }
            guard let path else { continue }
            result[path] = dependencies(row)
        }
        return result
    }

    private static func dependencies(_ row: CatalogDocument.DependencyRow) -> Dependencies {
        func names(_ rows: [CatalogDocument.NameRow]) -> [QualifiedName] { rows.map { QualifiedName($0.name, schema: $0.schema) } }
        return Dependencies(
            relations: names(row.relations), columns: row.columns.map { ColumnPath(QualifiedName($0.table, schema: $0.schema), $0.column) },
            functions: names(row.functions), types: names(row.types))
    }

    /// The columns `serial` made: each owns a sequence its default calls, named, typed and set
    /// as `serial` makes it. Any other sequence, even owned by the column it feeds, is read as
    /// the object it is.
    private static func serialColumns(_ document: CatalogDocument) -> Set<ColumnPath> {
        var columnTypes: [ColumnPath: String] = [:]
        for table in document.tables {
            for column in table.columns where column.ownsSequence {
                columnTypes[ColumnPath(QualifiedName(table.name, schema: table.schema), column.name)] = column.type
            }
        }
        return Set(document.sequences.compactMap { row -> ColumnPath? in
            guard row.feedsOwner, let owner = row.owner else { return nil }
            let path = ColumnPath(QualifiedName(owner.table, schema: owner.schema), owner.column)
            let sequence = sequence(row)
            let plain = SequenceDefinition(name: sequence.name, type: sequence.type, ownedBy: path, comment: sequence.comment)
            guard row.schema == owner.schema, row.name == ObjectName.make(owner.table, owner.column, label: "seq"),
                  columnTypes[path] == row.type, sequence == plain.normalized, sequence.comment == nil else { return nil }
            return path
        })
    }

    private static func sequence(_ row: CatalogDocument.SequenceRow) -> SequenceDefinition {
        SequenceDefinition(
            name: QualifiedName(row.name, schema: row.schema), type: DataType(catalogName: row.type), start: row.start, increment: row.increment,
            minValue: row.minimum, maxValue: row.maximum, cache: row.cache, cycle: row.cycle,
            ownedBy: row.owner.map { ColumnPath(QualifiedName($0.table, schema: $0.schema), $0.column) }, comment: row.comment
        ).normalized
    }

    /// A function with the attributes at their defaults left nil, as a declaration leaves them.
    private static func function(_ row: CatalogDocument.FunctionRow) -> FunctionDefinition {
        let modes: [String: FunctionArgument.Mode] = ["i": .in, "o": .out, "b": .inOut, "v": .variadic, "t": .table]
        var arguments = row.arguments.map { FunctionArgument($0.name, DataType(catalogName: $0.type), mode: modes[$0.mode] ?? .in) }
        // The defaults belong to the last input arguments.
        let defaults = SQLExpression.listItems(row.defaults ?? "")
        var inputs = arguments.indices.filter { arguments[$0].mode.isInput }.suffix(defaults.count)[...]
        for value in defaults {
            guard let index = inputs.popFirst() else { break }
            arguments[index].defaultValue = value
        }
        let defaultCost: Double = ["c", "internal"].contains(row.language) ? 1 : 100
        return FunctionDefinition(
            name: QualifiedName(row.name, schema: row.schema), arguments: arguments,
            returns: row.kind == "p" ? nil : DataType(catalogName: row.returns), returnsSet: row.returnsSet, language: row.language,
            body: row.body, isAtomic: row.atomic,
            volatility: ["i": .immutable, "s": .stable][row.volatility] ?? .volatile, isStrict: row.strict, securityDefiner: row.securityDefiner,
            leakproof: row.leakproof, parallel: ["s": .safe, "r": .restricted][row.parallel] ?? .unsafe,
            cost: row.cost == defaultCost || row.kind == "p" ? nil : row.cost,
            rows: row.rows == (row.returnsSet ? 1000 : 0) ? nil : row.rows,
            settings: parameters(row.settings), comment: row.comment)
    }

    private func view(_ row: CatalogDocument.ViewRow) -> ViewDefinition {
        var query = row.query.trimmingWhitespace
        if query.hasSuffix(";") { query.removeLast() }
        var view = ViewDefinition(
            name: QualifiedName(row.name, schema: row.schema), query: query, isMaterialized: row.materialized, options: Self.parameters(row.options),
            indexes: row.indexes.map(Self.index), columns: row.columns.map { column($0) }, comment: row.comment)
        view.triggers = row.triggers?.map(Self.trigger)
        return view
    }

    private static func trigger(_ row: CatalogDocument.TriggerRow) -> TriggerDefinition {
        let type = row.type
        let timing: TriggerDefinition.Timing = type & 64 != 0 ? .insteadOf : type & 2 != 0 ? .before : .after
        let bits: [(Int, TriggerDefinition.Event)] = [(4, .insert), (8, .delete), (16, .update), (32, .truncate)]
        let events = bits.filter { type & $0.0 != 0 }.map(\.1)
        return TriggerDefinition(
            name: row.name, timing: timing, events: events, updateColumns: row.columns ?? [], forEachRow: type & 1 != 0, when: row.when,
            oldTable: row.oldTable, newTable: row.newTable, function: QualifiedName(row.function, schema: row.functionSchema),
            arguments: triggerArguments(hex: row.arguments),
            enabled: ["D": .disabled, "R": .replica, "A": .always][row.enabled] ?? .origin, comment: row.comment)
    }

    /// `tgargs` as hex: arguments each ended by a zero byte, in UTF-8.
    private static func triggerArguments(hex: String) -> [String] {
        var bytes: [UInt8] = []
        var digits = hex.makeIterator()
        while let high = digits.next(), let low = digits.next(), let byte = UInt8(String([high, low]), radix: 16) { bytes.append(byte) }
        return bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
    }

    private static func policy(_ row: CatalogDocument.PolicyRow) -> PolicyDefinition {
        PolicyDefinition(
            name: row.name, command: ["r": .select, "a": .insert, "w": .update, "d": .delete][row.command] ?? .all, isRestrictive: !row.permissive,
            roles: row.roles, using: row.using, withCheck: row.withCheck, comment: row.comment)
    }

    private func table(_ row: CatalogDocument.TableRow, serials: Set<ColumnPath>) -> TableDefinition {
        let name = QualifiedName(row.name, schema: row.schema)
        var table = TableDefinition(name: name, columns: row.columns.map { column($0, isSerial: serials.contains(ColumnPath(name, $0.name))) }, comment: row.comment)
        if let storage = row.storage, !storage.isEmpty { table.storageParameters = Self.parameters(storage) }
        for constraint in row.constraints {
            let columns = constraint.columns ?? []
            switch constraint.kind {
            case "p":
                table.primaryKey = PrimaryKeyDefinition(
                    name: constraint.name, columns: columns, include: constraint.include ?? [],
                    storageParameters: Self.parameters(constraint.storage), deferrable: deferrability(constraint))
            case "u":
                table.uniques.append(UniqueDefinition(
                    name: constraint.name, columns: columns, nullsNotDistinct: constraint.nullsNotDistinct, include: constraint.include ?? [],
                    storageParameters: Self.parameters(constraint.storage), deferrable: deferrability(constraint)))
            case "c":
                table.checks.append(CheckDefinition(
                    name: constraint.name, expression: constraint.check ?? "", noInherit: constraint.noInherit, notValid: !constraint.validated))
            case "f":
                table.foreignKeys.append(ForeignKeyDefinition(
                    name: constraint.name, columns: columns,
                    referencedTable: QualifiedName(constraint.referencedTable ?? "", schema: constraint.referencedSchema ?? QualifiedName.defaultSchema),
                    referencedColumns: constraint.referencedColumns ?? [],
                    onDelete: action(constraint.onDelete), onDeleteColumns: constraint.onDeleteColumns ?? [], onUpdate: action(constraint.onUpdate),
                    deferrable: deferrability(constraint), match: constraint.matchFull ? .full : .simple, notValid: !constraint.validated))
            case "x":
                guard let exclusion = constraint.exclusion else { continue }
                table.exclusions = (table.exclusions ?? []) + [ExclusionDefinition(
                    name: constraint.name, method: IndexMethod(rawValue: exclusion.method) ?? .gist,
                    elements: exclusion.elements.map { ExclusionDefinition.Element(Self.indexKey($0.key), $0.operator) },
                    include: constraint.include ?? [], predicate: exclusion.predicate, deferrable: deferrability(constraint))]
            default:
                continue
            }
        }
        table.indexes = row.indexes.map(Self.index)
        table.rowSecurity = row.rowSecurity.map { RowSecurity(isEnabled: $0.enabled, isForced: $0.forced) }
        table.triggers = row.triggers.map { $0.map(Self.trigger) }
        table.policies = row.policies.map { $0.map(Self.policy) }
        if let key = row.partitionKey {
            var expressions = SQLExpression.listItems(key.expressions ?? "")[...]
            table.partitioning = PartitionScheme(
                strategy: ["r": .range, "l": .list, "h": .hash][key.strategy] ?? .range,
                keys: key.keys.map { part in
                    let target = part.column.map(IndexKey.Target.column) ?? .expression(SQLExpression.unparenthesized(expressions.popFirst() ?? ""))
                    return IndexKey(target, collation: part.collation, operatorClass: part.operatorClass)
                },
                partitions: (row.partitions ?? []).compactMap { partition in
                    PartitionBound(sql: partition.bound).map {
                        PartitionDefinition(name: QualifiedName(partition.name, schema: partition.schema), bound: $0, comment: partition.comment)
                    }
                })
        }
        return table
    }

    /// What partitions hold beyond what PostgreSQL clones onto them from their table, as
    /// `partition setting` entries: objects and settings of their own, a bound the model cannot
    /// read, and cloned indexes named otherwise than PostgreSQL names them when it creates the
    /// partition (an index attached by hand).
    private static func partitionSettings(_ document: CatalogDocument, _ schema: SchemaDefinition) -> [UnmodeledObject] {
        var entries: [UnmodeledObject] = []
        let rows = document.tables.filter { $0.partitions != nil }
        guard !rows.isEmpty else { return [] }
        let taken = schema.relationNames
        for row in rows {
            guard let table = schema.table(named: QualifiedName(row.name, schema: row.schema)), let partitions = row.partitions else { continue }
            for partition in partitions {
                let partitionName = QualifiedName(partition.name, schema: partition.schema)
                var settings = partition.extras.isEmpty ? [] : [partition.extras]
                if PartitionBound(sql: partition.bound) == nil { settings.append(partition.bound) }
                let definition = PartitionDefinition(name: partitionName, bound: .default)
                let expected = table.partitionTable(definition) { taken.contains(QualifiedName($0, schema: partitionName.schema)) }.indexNamesByParent(of: table)
                for index in partition.indexes where expected[index.parent].map({ $0 != index.name }) ?? false {
                    settings.append("index \(index.name) of \(index.parent) (PostgreSQL names it \(expected[index.parent]!))")
                }
                if !settings.isEmpty {
                    entries.append(UnmodeledObject(kind: "partition setting", name: "\(partitionName.qualifiedText) \(settings.joined(separator: "; "))"))
                }
            }
        }
        return entries
    }

    private static func index(_ index: CatalogDocument.IndexRow) -> IndexDefinition {
        IndexDefinition(
            name: index.name, isUnique: index.unique, method: IndexMethod(rawValue: index.method) ?? .btree,
            keys: index.keys.map(Self.indexKey),
            include: index.include ?? [], predicate: index.predicate, nullsNotDistinct: index.nullsNotDistinct,
            storageParameters: Self.parameters(index.storage))
    }

    private func column(_ row: CatalogDocument.ColumnRow, isSerial: Bool = false) -> ColumnDefinition {
        let element = row.isEnum
            ? DataType.enumeration(QualifiedName(row.typeName, schema: row.typeSchema))
            : DataType(catalogName: row.type)
        var type = row.isArray ? DataType.array(element) : element
        var defaultValue = row.default.map { DefaultValue(catalogExpression: $0, for: type) }
        if isSerial, row.identity == nil, case .expression(let text) = defaultValue, text.hasPrefix("nextval(") {
            switch type {
            case .smallint: type = .smallserial
            case .integer: type = .serial
            case .bigint: type = .bigserial
            default: break
            }
            if type.isSerial { defaultValue = nil }
        }
        var column = ColumnDefinition(
            name: row.name, type: type, isNullable: !row.notNull, defaultValue: defaultValue, identity: row.identity.map { Self.identity($0, type: type) },
            collation: row.settings?.collation, generatedExpression: row.generated, comment: row.comment)
        column.storage = row.settings?.storage.flatMap { ["p": ColumnStorage.plain, "e": .external, "x": .extended, "m": .main][$0] }
        column.compression = row.settings?.compression
        return column
    }

    /// The identity as ``Identity/normalized(for:)`` leaves it.
    private static func identity(_ row: CatalogDocument.IdentityRow, type: DataType) -> Identity {
        Identity(
            row.generation == "a" ? .always : .byDefault, start: row.start, increment: row.increment, minValue: row.minimum,
            maxValue: row.maximum, cache: row.cache, cycle: row.cycle
        ).normalized(for: type)
    }

    private static func indexKey(_ key: CatalogDocument.IndexKeyRow) -> IndexKey {
        IndexKey(
            // PostgreSQL prints an expression key in parentheses unless it is a function call.
            key.column.map(IndexKey.Target.column) ?? .expression(SQLExpression.unparenthesized(key.expression ?? "")),
            collation: key.collation, operatorClass: key.operatorClass, operatorClassOptions: parameters(key.operatorClassOptions),
            order: key.descending ? .descending : nil,
            nulls: key.nullsFirst != key.descending ? (key.nullsFirst ? .first : .last) : nil)
    }

    private func deferrability(_ constraint: CatalogDocument.ConstraintRow) -> Deferrability? {
        constraint.deferrable ? (constraint.deferred ? .initiallyDeferred : .initiallyImmediate) : nil
    }

    /// `["fillfactor=70"]`, as `reloptions` holds them, by name.
    private static func parameters(_ options: [String]?) -> [String: String] {
        Dictionary((options ?? []).map { option in
            let parts = option.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }, uniquingKeysWith: { _, last in last })
    }

    private func action(_ code: String) -> ReferentialAction {
        switch code {
        case "r": .restrict
        case "c": .cascade
        case "n": .setNull
        case "d": .setDefault
        default: .noAction
        }
    }
}
