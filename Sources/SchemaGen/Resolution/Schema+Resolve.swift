extension Schema {
    /// Turns the declaration into the model: gives every constraint and index its final name,
    /// resolves typed handles to table and column names, and sorts objects by name so that the
    /// output does not depend on declaration order (columns keep theirs).
    public func resolve() -> ResolvedSchema {
        var resolver = Resolver(schemaName: name)
        resolver.sources.record(.schema, location)
        return resolver.resolve(elements)
    }
}

/// The state of one resolution pass.
private struct Resolver {
    let schemaName: String
    var sources = SourceMap()
    var diagnostics: [Diagnostic] = []
    var renames = RenameHints()
    var allowed: Set<DestructiveChange> = []
    var settings = MigrationSettings()
    /// Per table: SQL and Swift column names to the SQL name.
    var columnNames: [QualifiedName: [String: String]] = [:]
    /// Relation names taken per namespace (tables, indexes, and the indexes of keys).
    var relationNames: [String: Set<String>] = [:]
    /// The places of the members of the table or view being resolved, for ``SourceMap``.
    var places: [SourceMap.Place] = []

    init(schemaName: String) {
        self.schemaName = schemaName
    }

    /// A positive PostgreSQL time setting: a number with an optional unit (`us`, `ms`, `s`, `min`, `h`, `d`).
    static func isDuration(_ text: String) -> Bool {
        let number = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = text.dropFirst(number.count).drop { $0 == " " }
        guard let value = Double(number), value > 0, value.isFinite else { return false }
        return ["", "us", "ms", "s", "min", "h", "d"].contains(unit)
    }

    mutating func resolve(_ elements: [SchemaElement]) -> ResolvedSchema {
        var tables: [Table] = []
        var enums: [EnumDefinition] = []
        var extensions: [ExtensionDefinition] = []
        var namespaces: Set<String> = []
        var sequences: [SequenceDefinition] = []
        var functions: [FunctionDefinition] = []
        var views: [View] = []
        var domains: [DomainDefinition] = []
        var compositeTypes: [CompositeTypeDefinition] = []
        for element in elements {
            switch element {
            case .table(let table):
                tables.append(table)
                sources.record(.table(table.qualifiedName), table.location)
            case .enumType(let type):
                enums.append(type.definition)
                sources.record(.enumType(type.qualifiedName), type.location)
                if !type.renamedValues.isEmpty { renames.enumValues[type.qualifiedName] = type.renamedValues }
            case .extension(let ext):
                extensions.append(ext.definition)
                sources.record(.extension(ext.definition.name), ext.location)
            case .namespace(let namespace):
                namespaces.insert(namespace.name)
                sources.record(.namespace(namespace.name), namespace.location)
            case .sequence(let sequence):
                sequences.append(sequence.definition)
                sources.record(.sequence(sequence.definition.name), sequence.location)
            case .function(let function):
                functions.append(function.definition)
                sources.record(.function(function.definition.signature), function.location)
            case .view(let view):
                views.append(view)
                sources.record(.view(view.definition.name), view.location)
                relationNames[view.definition.name.schema, default: []].insert(view.definition.name.name)
            case .domain(let domain):
                var definition = domain.definition
                var taken = Set(definition.checks.map(\.name))
                for expression in domain.unnamedChecks {
                    let name = ObjectName.unique(definition.name.name, nil, label: "check") { taken.contains($0) }
                    taken.insert(name)
                    definition.checks.append(CheckDefinition(name: name, expression: expression))
                }
                definition.checks.sort { $0.name < $1.name }
                domains.append(definition)
                sources.record(.domain(definition.name), domain.location)
            case .compositeType(let type):
                compositeTypes.append(type.definition)
                sources.record(.compositeType(type.qualifiedName), type.location)
                relationNames[type.qualifiedName.schema, default: []].insert(type.qualifiedName.name)
            case .allow(let allow):
                allowed.insert(allow.change)
            case .settings(let declared):
                settings.online = settings.online || declared.online
                settings.forbidden.formUnion(declared.forbidden)
                settings.timeouts = declared.timeouts
                for (name, value) in [("lockTimeout", declared.timeouts.lockTimeout), ("statementTimeout", declared.timeouts.statementTimeout),
                                      ("longStatementTimeout", declared.timeouts.longStatementTimeout)] where !Self.isDuration(value) {
                    diagnostics.append(Diagnostic(
                        .error, code: .invalidDuration, schema: schemaName, object: name, location: sources[.schema],
                        "MigrationSettings timeouts \(name): \"\(value)\" is not a positive duration such as 500ms, 5s, 2min or 1h"))
                }
            }
        }
        for table in tables {
            var names: [String: String] = [:]
            for case .column(let column) in table.elements {
                names[column.definition.propertyName] = names[column.definition.propertyName] ?? column.definition.name
                names[column.definition.name] = column.definition.name
            }
            columnNames[table.qualifiedName] = names
            relationNames[table.qualifiedName.schema, default: []].insert(table.qualifiedName.name)
            reserveExplicitNames(of: table)
            if let former = table.formerName {
                renames.tables[table.qualifiedName] = QualifiedName(former, schema: table.qualifiedName.schema)
            }
        }
        for view in views { reserveExplicitNames(in: view.elements, of: view.definition.name) }
        let definitions = tables.map { resolveTable($0) }
        let viewDefinitions = views.map { resolveView($0) }
        let sequenceDefinitions = sequences.map { sequence in
            var sequence = sequence
            sequence.ownedBy = sequence.ownedBy.map { ColumnPath($0.table, sqlName($0.column, in: $0.table)) }
            return sequence
        }
        namespaces.formUnion(definitions.map(\.name.schema) + definitions.flatMap { ($0.partitioning?.partitions ?? []).map(\.name.schema) })
        namespaces.formUnion(enums.map(\.name.schema))
        namespaces.formUnion(sequences.map(\.name.schema) + functions.map(\.name.schema) + views.map(\.definition.name.schema))
        namespaces.formUnion(domains.map(\.name.schema) + compositeTypes.map(\.name.schema))
        namespaces.remove(QualifiedName.defaultSchema)
        let definition = SchemaDefinition(
            name: schemaName,
            extensions: extensions.sorted { $0.name < $1.name },
            namespaces: namespaces.sorted(),
            enums: enums.sorted { $0.name < $1.name },
            tables: definitions.sorted { $0.name < $1.name },
            sequences: sequenceDefinitions.sorted { $0.name < $1.name },
            functions: functions.sorted { $0.signature < $1.signature },
            views: viewDefinitions.sorted { $0.name < $1.name },
            domains: domains.sorted { $0.name < $1.name },
            compositeTypes: compositeTypes.sorted { $0.name < $1.name })
        return ResolvedSchema(definition: definition, sources: sources, diagnostics: diagnostics, renames: renames, allowed: allowed, settings: settings)
    }

    /// Explicit index and key names are taken before any default name is chosen.
    mutating func reserveExplicitNames(of table: Table) {
        reserveExplicitNames(in: table.elements, of: table.qualifiedName)
    }

    mutating func reserveExplicitNames(in elements: [TableElement], of relation: QualifiedName) {
        var names: [String] = []
        for element in elements {
            switch element {
            case .column(let column):
                names += [column.primaryKey?.name, column.unique?.constraint.name].compactMap { $0 }
            case .primaryKey(let key): names += [key.name].compactMap { $0 }
            case .unique(let unique): names += [unique.name].compactMap { $0 }
            case .index(let index): names += [index.name].compactMap { $0 }
            case .exclusion(let exclusion): names += [exclusion.name].compactMap { $0 }
            case .check, .foreignKey, .trigger, .policy, .rowLevelSecurity, .partitionBy, .partition: break
            }
        }
        relationNames[relation.schema, default: []].formUnion(names)
    }

    /// A default relation name that no other relation of the namespace has: PostgreSQL's
    /// numbering (`_key`, `_key1`, ...) on a clash.
    mutating func chooseRelationName(_ table: QualifiedName, _ columns: [String]?, label: String) -> String {
        let name = ObjectName.unique(table.name, columns?.joined(separator: "_"), label: label) {
            relationNames[table.schema, default: []].contains($0)
        }
        relationNames[table.schema, default: []].insert(name)
        return name
    }

    /// Where a member of the table or view being resolved was declared.
    mutating func place(_ path: SourcePath, _ location: SourceLocation) {
        places.append((path, location))
    }

    func sqlName(_ column: String, in table: QualifiedName) -> String {
        columnNames[table]?[column] ?? column
    }

    mutating func resolveTable(_ table: Table) -> TableDefinition {
        let tableName = table.qualifiedName
        var result = TableDefinition(name: tableName, comment: table.comment)
        if table.isJunction { result.isJunction = true }
        result.swiftName = table.swiftName
        result.storageParameters = table.storageParameters.isEmpty ? nil : table.storageParameters
        var constraintNames: Set<String> = []
        func chooseConstraintName(_ columns: [String]?, label: String) -> String {
            let name = ObjectName.unique(tableName.name, columns?.joined(separator: "_"), label: label) {
                constraintNames.contains($0)
            }
            constraintNames.insert(name)
            return name
        }
        for case .check(let check) in table.elements { constraintNames.formUnion([check.name].compactMap { $0 }) }
        for case .foreignKey(let key) in table.elements { constraintNames.formUnion([key.name].compactMap { $0 }) }

        var primaryKeys: [(key: PrimaryKeyDefinition, location: SourceLocation)] = []
        for element in table.elements {
            switch element {
            case .column(let column):
                let name = column.definition.name
                result.columns.append(column.definition)
                place(.column(tableName, name), column.location)
                if let former = column.formerName { renames.columns[tableName, default: [:]][name] = former }
                if let key = column.primaryKey {
                    let keyName = key.name ?? chooseRelationName(tableName, nil, label: "pkey")
                    primaryKeys.append((PrimaryKeyDefinition(name: keyName, columns: [name]), key.location))
                }
                if let (constraint, nullsNotDistinct) = column.unique {
                    let uniqueName = constraint.name ?? chooseRelationName(tableName, [name], label: "key")
                    result.uniques.append(UniqueDefinition(name: uniqueName, columns: [name], nullsNotDistinct: nullsNotDistinct))
                    place(.constraint(tableName, uniqueName), constraint.location)
                }
                for (check, expression) in column.checks {
                    let checkName = check.name ?? chooseConstraintName([name], label: "check")
                    result.checks.append(CheckDefinition(name: checkName, expression: expression))
                    place(.constraint(tableName, checkName), check.location)
                }
                for key in column.foreignKeys {
                    let target = key.target.resolve()
                    let keyName = key.name ?? chooseConstraintName([name], label: "fkey")
                    result.foreignKeys.append(ForeignKeyDefinition(
                        name: keyName, columns: [name], referencedTable: target.table,
                        referencedColumns: [sqlName(target.column, in: target.table)],
                        onDelete: key.onDelete, onUpdate: key.onUpdate, deferrable: key.deferrable,
                        relationName: key.relation, inverseName: key.inverse))
                    place(.constraint(tableName, keyName), key.location)
                }
                for reference in column.logicalReferences {
                    let target: LogicalReference.Target
                    switch reference.target {
                    case .table(let handle):
                        let resolved = handle.resolve()
                        target = .table(resolved.table, columns: [sqlName(resolved.column, in: resolved.table)])
                    case .external(let description):
                        target = .external(description)
                    }
                    place(.logicalReference(tableName, result.logicalReferences.count), reference.location)
                    result.logicalReferences.append(LogicalReference(columns: [name], target: target, note: reference.note))
                }
            case .primaryKey(let key):
                let columns = key.columns.map { sqlName($0, in: tableName) }
                let keyName = key.name ?? chooseRelationName(tableName, nil, label: "pkey")
                primaryKeys.append((PrimaryKeyDefinition(
                    name: keyName, columns: columns, include: key.include.map { sqlName($0, in: tableName) },
                    storageParameters: key.storageParameters, deferrable: key.deferrable), key.location))
            case .unique(let unique):
                let columns = unique.columns.map { sqlName($0, in: tableName) }
                let uniqueName = unique.name ?? chooseRelationName(tableName, columns, label: "key")
                result.uniques.append(UniqueDefinition(
                    name: uniqueName, columns: columns, nullsNotDistinct: unique.nullsNotDistinct, include: unique.include.map { sqlName($0, in: tableName) },
                    storageParameters: unique.storageParameters, deferrable: unique.deferrable))
                place(.constraint(tableName, uniqueName), unique.location)
            case .check(let check):
                let checkName = check.name ?? chooseConstraintName(nil, label: "check")
                result.checks.append(CheckDefinition(name: checkName, expression: check.expression, noInherit: check.noInherit, notValid: check.notValid))
                place(.constraint(tableName, checkName), check.location)
            case .foreignKey(let key):
                let columns = key.columns.map { sqlName($0, in: tableName) }
                let target = key.table?().qualifiedName ?? tableName
                let keyName = key.name ?? chooseConstraintName(columns, label: "fkey")
                result.foreignKeys.append(ForeignKeyDefinition(
                    name: keyName, columns: columns, referencedTable: target,
                    referencedColumns: key.referencedColumns.map { sqlName($0, in: target) },
                    onDelete: key.onDelete, onDeleteColumns: key.onDeleteColumns.map { sqlName($0, in: tableName) }, onUpdate: key.onUpdate,
                    deferrable: key.deferrable, match: key.match, notValid: key.notValid))
                place(.constraint(tableName, keyName), key.location)
            case .exclusion(let exclusion):
                var definition = exclusion.definition
                definition.elements = definition.elements.map { element in
                    guard let column = element.key.column else { return element }
                    var renamed = element
                    renamed.key.target = .column(sqlName(column, in: tableName))
                    return renamed
                }
                definition.include = definition.include?.map { sqlName($0, in: tableName) }
                definition.name = exclusion.name ?? chooseRelationName(tableName, definition.elements.map { $0.key.column ?? "expr" }, label: "excl")
                result.exclusions = (result.exclusions ?? []) + [definition]
                place(.constraint(tableName, definition.name), exclusion.location)
            case .trigger(let trigger):
                var definition = trigger.definition
                definition.updateColumns = definition.updateColumns.map { sqlName($0, in: tableName) }
                result.triggers = (result.triggers ?? []) + [definition]
                place(.trigger(tableName, definition.name), trigger.location)
            case .policy(let policy):
                result.policies = (result.policies ?? []) + [policy.definition]
                place(.policy(tableName, policy.definition.name), policy.location)
            case .rowLevelSecurity(let security):
                result.rowSecurity = RowSecurity(isEnabled: true, isForced: security.forced)
            case .index(let index):
                result.indexes.append(resolveIndex(index, of: tableName))
            case .partitionBy(let partitioning):
                if result.partitioning != nil {
                    diagnostics.append(Diagnostic(
                        .error, code: .invalidPartition, schema: schemaName, table: tableName, location: partitioning.location,
                        "a second PartitionBy: a table is partitioned by one key (list several columns in one PartitionBy)"))
                    break
                }
                let keys = partitioning.keys.map { key in
                    guard let column = key.column else { return key }
                    var renamed = key
                    renamed.target = .column(sqlName(column, in: tableName))
                    return renamed
                }
                result.partitioning = PartitionScheme(strategy: partitioning.strategy, keys: keys)
            case .partition:
                break
            }
        }
        var partitions: [PartitionDefinition] = []
        for case .partition(let partition) in table.elements {
            var definition = partition.definition
            if definition.name.schema.isEmpty { definition.name.schema = tableName.schema }
            partitions.append(definition)
            place(.partition(tableName, definition.name), partition.location)
            relationNames[definition.name.schema, default: []].insert(definition.name.name)
            guard result.partitioning == nil else { continue }
            diagnostics.append(Diagnostic(
                .error, code: .invalidPartition, schema: schemaName, table: tableName, object: definition.name.name, location: partition.location,
                "partition \(definition.name.name) of a table without PartitionBy: declare PartitionBy(.range | .list | .hash, \"column\") in \(tableName.name)"))
        }
        result.partitioning?.partitions = partitions.sorted { $0.name < $1.name }

        if let (first, location) = primaryKeys.first {
            result.primaryKey = first
            place(.constraint(tableName, first.name), location)
            for (extra, extraLocation) in primaryKeys.dropFirst() {
                diagnostics.append(Diagnostic(
                    .error, code: .multiplePrimaryKeys, schema: schemaName, table: tableName,
                    object: extra.name, location: extraLocation,
                    "a second primary key (\(extra.columns.joined(separator: ", "))) besides (\(first.columns.joined(separator: ", "))); "
                        + "declare one composite PrimaryKey(...) or a single .primaryKey() column"))
            }
            let keyColumns = Set(first.columns)
            for index in result.columns.indices where keyColumns.contains(result.columns[index].name) {
                result.columns[index].isNullable = false
            }
        }
        result.uniques.sort { $0.name < $1.name }
        result.exclusions?.sort { $0.name < $1.name }
        result.checks.sort { $0.name < $1.name }
        result.foreignKeys.sort { $0.name < $1.name }
        result.indexes.sort { $0.name < $1.name }
        result.triggers?.sort { $0.name < $1.name }
        result.policies?.sort { $0.name < $1.name }
        sources.record(places, of: tableName)
        places.removeAll(keepingCapacity: true)
        return result
    }

    /// An index with its key and included columns named in SQL, and its final name.
    mutating func resolveIndex(_ index: Index, of tableName: QualifiedName) -> IndexDefinition {
        var definition = index.definition
        definition.keys = definition.keys.map { key in
            guard let column = key.column else { return key }
            var renamed = key
            renamed.target = .column(sqlName(column, in: tableName))
            return renamed
        }
        definition.include = definition.include.map { sqlName($0, in: tableName) }
        let keyNames = definition.keys.map { $0.column ?? "expr" }
        definition.name = index.name ?? chooseRelationName(tableName, keyNames, label: "idx")
        place(.index(tableName, definition.name), index.location)
        return definition
    }

    /// A view: its typed columns, triggers (of a plain view) and indexes (of a materialized
    /// view); any other element of its body is an error, since a view has no keys, checks or
    /// policies of its own.
    mutating func resolveView(_ view: View) -> ViewDefinition {
        var definition = view.definition
        let name = definition.name
        var columns: [ColumnDefinition] = []
        var indexes: [IndexDefinition] = []
        var triggers: [TriggerDefinition] = []
        for element in view.elements {
            switch element {
            case .column(let column):
                columns.append(column.definition)
                place(.column(name, column.definition.name), column.location)
            case .index(let index) where definition.isMaterialized:
                indexes.append(resolveIndex(index, of: name))
            case .trigger(let trigger) where !definition.isMaterialized:
                triggers.append(trigger.definition)
                place(.trigger(name, trigger.definition.name), trigger.location)
            default:
                diagnostics.append(Diagnostic(
                    .error, code: .viewElement, schema: schemaName, table: name, location: sources[.view(name)],
                    "a \(definition.kind) holds only typed columns and \(definition.isMaterialized ? "indexes" : "triggers"): keys, checks, foreign keys, "
                        + (definition.isMaterialized ? "triggers" : "indexes") + " and policies belong to tables"))
            }
        }
        definition.columns = columns.isEmpty ? nil : columns
        definition.indexes = indexes.isEmpty ? nil : indexes.sorted { $0.name < $1.name }
        definition.triggers = triggers.isEmpty ? nil : triggers.sorted { $0.name < $1.name }
        sources.record(places, of: name)
        places.removeAll(keepingCapacity: true)
        return definition
    }
}

extension ObjectName {
    /// The first of `base`, `base1`, `base2`, ... (numbered in the label, as PostgreSQL does)
    /// that `isTaken` refuses.
    static func unique(_ name1: String, _ name2: String?, label: String, isTaken: (String) -> Bool) -> String {
        var candidate = make(name1, name2, label: label)
        var counter = 1
        while isTaken(candidate) {
            candidate = make(name1, name2, label: label + String(counter))
            counter += 1
        }
        return candidate
    }
}
