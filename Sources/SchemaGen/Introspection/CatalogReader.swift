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
        var snapshot = CatalogSnapshot(schema: schema(document, name: schemaName), unmodeled: document.unmodeled.map {
            UnmodeledObject(kind: $0.kind, name: $0.name)
        })
        snapshot.partitionedTables = Set(document.partitioned.map { QualifiedName($0.name, schema: $0.schema) })
        snapshot.invalidIndexes = document.invalidIndexes.map { QualifiedName($0.name, schema: $0.schema) }
        return snapshot
    }

    private func schema(_ document: CatalogDocument, name schemaName: String) -> SchemaDefinition {
        SchemaDefinition(
            name: schemaName,
            extensions: document.extensions.map { ExtensionDefinition(name: $0.name, schema: $0.schema, version: $0.version) },
            namespaces: document.namespaces.filter { $0 != QualifiedName.defaultSchema },
            enums: document.enums.map {
                EnumDefinition(name: QualifiedName($0.name, schema: $0.schema), values: $0.values, comment: $0.comment)
            },
            tables: document.tables.map(table))
    }

    private func table(_ row: CatalogDocument.TableRow) -> TableDefinition {
        let name = QualifiedName(row.name, schema: row.schema)
        var table = TableDefinition(name: name, columns: row.columns.map(column), comment: row.comment)
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
        table.indexes = row.indexes.map { index in
            IndexDefinition(
                name: index.name, isUnique: index.unique, method: IndexMethod(rawValue: index.method) ?? .btree,
                keys: index.keys.map(Self.indexKey),
                include: index.include ?? [], predicate: index.predicate, nullsNotDistinct: index.nullsNotDistinct,
                storageParameters: Self.parameters(index.storage))
        }
        return table
    }

    private func column(_ row: CatalogDocument.ColumnRow) -> ColumnDefinition {
        let element = row.isEnum
            ? DataType.enumeration(QualifiedName(row.typeName, schema: row.typeSchema))
            : DataType(catalogName: row.type)
        var type = row.isArray ? DataType.array(element) : element
        var defaultValue = row.default.map { DefaultValue(catalogExpression: $0, for: type) }
        if row.ownsSequence, row.identity == nil, case .expression(let text) = defaultValue, text.hasPrefix("nextval(") {
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
