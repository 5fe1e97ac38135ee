/// Compares two schemas and lists the changes that take the first to the second.
///
/// Renames come only from ``RenameHints``; a removed object and an added one that look like a
/// rename are reported as ``SchemaDiff/SuspectedRename`` instead of guessed. Column order is
/// not compared: PostgreSQL cannot reorder columns.
///
/// ```swift
/// let diff = Differ(from: recorded, to: declared, renames: resolved.renames).diff()
/// ```
public struct Differ: Sendable {
    var from: SchemaDefinition
    var to: SchemaDefinition
    /// The hints that apply to this pair of schemas.
    let renames: RenameHints
    /// Drops the declaration allows explicitly; such a drop is not suspected of being a rename.
    let allowed: Set<DestructiveChange>

    public init(from: SchemaDefinition, to: SchemaDefinition, renames: RenameHints = RenameHints(), allowed: Set<DestructiveChange> = []) {
        let sequences = Set((from.sequences + to.sequences).map(\.name))
        self.from = from.expandingSerials(named: sequences)
        self.to = to.expandingSerials(named: sequences)
        self.renames = renames.applicable(from: from, to: to)
        self.allowed = allowed
    }

    public func diff() -> SchemaDiff {
        var diff = SchemaDiff()
        var differ = self
        differ.movePartitions(into: &diff)
        let old = differ.renamed(differ.from)
        differ.diffNamespaces(old, into: &diff)
        differ.diffEnums(old, into: &diff)
        differ.diffDomains(old, into: &diff)
        differ.diffCompositeTypes(old, into: &diff)
        differ.diffSequences(old, into: &diff)
        differ.diffFunctions(old, into: &diff)
        differ.diffTables(old, into: &diff)
        differ.diffTriggersAndPolicies(old, into: &diff)
        differ.diffViews(old, into: &diff)
        differ.rebuildEnumDependents(old, into: &diff)
        differ.rebuildDependents(old, into: &diff)
        differ.recreateTriggersOfRebuiltViews(into: &diff)
        differ.deferCallsToLateFunctions(into: &diff)
        differ.orderViewsAndFunctions(old, in: &diff)
        differ.recordPartitionIndexes(into: &diff)
        return diff
    }

    /// `from` with the declared renames applied, so that it can be compared with `to` by name.
    /// The renames themselves are emitted by ``diffTables(_:into:)`` and ``diffEnums(_:into:)``.
    func renamed(_ schema: SchemaDefinition) -> SchemaDefinition {
        var schema = schema
        let tableRenames = Dictionary(uniqueKeysWithValues: renames.tables.map { ($1, $0) })
        let columnRenames = renames.columns.mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($1, $0) }) }
        schema.tables = schema.tables.map { table in
            var table = table
            table.name = tableRenames[table.name] ?? table.name
            table = table.renamingColumns(columnRenames[table.name] ?? [:])
            table.foreignKeys = table.foreignKeys.map { key in
                var key = key
                key.referencedTable = tableRenames[key.referencedTable] ?? key.referencedTable
                key.referencedColumns = key.referencedColumns.map { columnRenames[key.referencedTable]?[$0] ?? $0 }
                return key
            }
            return table
        }
        func renamed(_ path: ColumnPath) -> ColumnPath {
            let table = tableRenames[path.table] ?? path.table
            return ColumnPath(table, columnRenames[table]?[path.column] ?? path.column)
        }
        schema.sequences = schema.sequences.map { sequence in
            var sequence = sequence
            sequence.ownedBy = sequence.ownedBy.map(renamed)
            return sequence
        }
        schema.enums = schema.enums.map { type in
            guard let values = renames.enumValues[type.name] else { return type }
            var type = type
            let formerToNew = Dictionary(uniqueKeysWithValues: values.map { ($1, $0) })
            type.values = type.values.map { formerToNew[$0] ?? $0 }
            return type
        }
        // What the objects use, by the tables' and columns' new names.
        func renamed(_ object: SourcePath) -> SourcePath {
            switch object {
            case .trigger(let table, let name): return .trigger(tableRenames[table] ?? table, name)
            case .policy(let table, let name): return .policy(tableRenames[table] ?? table, name)
            case .constraint(let table, let name): return .constraint(tableRenames[table] ?? table, name)
            case .index(let table, let name): return .index(tableRenames[table] ?? table, name)
            case .column(let table, let column):
                let path = renamed(ColumnPath(table, column))
                return .column(path.table, path.column)
            default: return object
            }
        }
        schema.dependencies = Dictionary(schema.dependencies.map { object, uses in
            var uses = uses
            uses.relations = uses.relations.map { tableRenames[$0] ?? $0 }
            uses.columns = uses.columns.map(renamed)
            return (renamed(object), uses)
        }, uniquingKeysWith: { first, _ in first })
        return schema
    }

    private func diffNamespaces(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        let oldExtensions = Dictionary(old.extensions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newExtensions = Dictionary(to.extensions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for ext in to.extensions where oldExtensions[ext.name] == nil { diff.changes.append(.createExtension(ext)) }
        for ext in old.extensions where newExtensions[ext.name] == nil { diff.changes.append(.dropExtension(ext)) }
        for ext in to.extensions {
            guard let before = oldExtensions[ext.name] else { continue }
            let differs = ext.differs(from: before)
            if differs.schema { diff.changes.append(.alterExtensionSchema(ext.name, ext.schema!)) }
            if differs.version { diff.changes.append(.updateExtension(ext.name, ext.version!)) }
        }
        for name in to.namespaces where !old.namespaces.contains(name) { diff.changes.append(.createSchema(name)) }
        for name in old.namespaces where !to.namespaces.contains(name) { diff.changes.append(.dropSchema(name)) }
    }
}

extension TableDefinition {
    /// The same table with columns renamed (old name → new name), in every key and index.
    func renamingColumns(_ mapping: [String: String]) -> TableDefinition {
        guard !mapping.isEmpty else { return self }
        func rename(_ names: [String]) -> [String] { names.map { mapping[$0] ?? $0 } }
        var table = self
        table.columns = columns.map { column in
            var column = column
            column.name = mapping[column.name] ?? column.name
            return column
        }
        table.primaryKey?.columns = rename(primaryKey?.columns ?? [])
        table.uniques = uniques.map { var unique = $0; unique.columns = rename(unique.columns); return unique }
        table.foreignKeys = foreignKeys.map { var key = $0; key.columns = rename(key.columns); return key }
        // PostgreSQL renames the column inside expressions too.
        func renameReferences(_ expression: String) -> String {
            SQLExpression.renamingColumns(expression, mapping)
        }
        table.indexes = indexes.map { index in
            var index = index
            index.keys = index.keys.map { key in
                var key = key
                switch key.target {
                case .column(let column): key.target = .column(mapping[column] ?? column)
                case .expression(let expression): key.target = .expression(renameReferences(expression))
                }
                return key
            }
            index.include = rename(index.include)
            index.predicate = index.predicate.map(renameReferences)
            return index
        }
        table.checks = checks.map { var check = $0; check.expression = renameReferences(check.expression); return check }
        table.exclusions = exclusions?.map { exclusion in
            var exclusion = exclusion
            exclusion.elements = exclusion.elements.map { element in
                var element = element
                switch element.key.target {
                case .column(let column): element.key.target = .column(mapping[column] ?? column)
                case .expression(let expression): element.key.target = .expression(renameReferences(expression))
                }
                return element
            }
            exclusion.include = exclusion.include.map(rename)
            exclusion.predicate = exclusion.predicate.map(renameReferences)
            return exclusion
        }
        table.columns = table.columns.map { column in
            var column = column
            column.generatedExpression = column.generatedExpression.map(renameReferences)
            return column
        }
        table.triggers = triggers?.map { trigger in
            var trigger = trigger
            trigger.updateColumns = rename(trigger.updateColumns)
            trigger.when = trigger.when.map(renameReferences)
            return trigger
        }
        table.policies = policies?.map { policy in
            var policy = policy
            policy.using = policy.using.map(renameReferences)
            policy.withCheck = policy.withCheck.map(renameReferences)
            return policy
        }
        table.partitioning?.keys = partitioning?.keys.map { key in
            var key = key
            switch key.target {
            case .column(let column): key.target = .column(mapping[column] ?? column)
            case .expression(let expression): key.target = .expression(renameReferences(expression))
            }
            return key
        } ?? []
        return table
    }
}

extension Differ {
    /// A differ for two schemas of any origin (a declaration, a database's catalog, a snapshot):
    /// both are compared as a catalog holds them (``SchemaDefinition/catalogForm``). Expressions
    /// are compared exactly as written: a declaration compared with a catalog must first have
    /// its expressions printed by PostgreSQL (``ExpressionProbe``).
    ///
    /// ```swift
    /// let plan = Planner().plan(Differ.betweenCatalogs(from: live, to: normalizedDeclaration).diff())
    /// ```
    public static func betweenCatalogs(from: SchemaDefinition, to: SchemaDefinition, renames: RenameHints = RenameHints()) -> Differ {
        Differ(from: from.catalogForm, to: to.catalogForm, renames: renames)
    }
}
