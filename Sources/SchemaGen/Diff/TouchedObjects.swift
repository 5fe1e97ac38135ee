/// The objects a diff's changes touch, as `kind` and name (`column` and `public.users.email`,
/// `index` and `users_email_idx` within a table).
struct TouchedObjects {
    private var keys: Set<String> = []
    private var table: QualifiedName?

    init(_ changes: [SchemaChange]) {
        for change in changes {
            switch change {
            case .createExtension(let ext), .dropExtension(let ext): insert("extension", ext.name)
            case .alterExtensionSchema(let name, _), .updateExtension(let name, _): insert("extension", name)
            case .createSchema(let name), .dropSchema(let name): insert("schema", name)
            case .createEnum(let type), .dropEnum(let type): insert("enum", type.name.description)
            case .addEnumValue(let type, _, _), .renameEnumValue(let type, _, _), .commentOnEnum(let type, _): insert("enum", type.description)
            case .rebuildEnum(let old, _, _): insert("enum", old.name.description)
            case .createTable(let table), .dropTable(let table): insert("table", table.name.description)
            case .renameTable(let old, let new): insert("table", old.description); insert("table", new.description)
            case .createPartition(let table, let partition, _), .dropPartition(let table, let partition), .attachPartition(let table, let partition, _),
                 .detachPartition(let table, let partition):
                insert("partition", partition.name.description, in: table)
            case .commentOnTable(let table, _), .alterTableStorage(let table, _, _): insert("table", table.description)
            case .renameColumn(let table, let old, let new): insert("column", old, in: table); insert("column", new, in: table)
            case .addColumn(let table, let column), .dropColumn(let table, let column): insert("column", column.name, in: table)
            case .alterColumnType(let table, let column, _, _), .setNotNull(let table, let column), .dropNotNull(let table, let column),
                 .setDefault(let table, let column, _), .dropDefault(let table, let column), .addIdentity(let table, let column, _),
                 .alterIdentity(let table, let column, _), .dropIdentity(let table, let column), .dropExpression(let table, let column),
                 .dropSerial(let table, let column), .addSerial(let table, let column, _), .alterSerial(let table, let column, _),
                 .alterCollation(let table, let column, _, _), .alterStorage(let table, let column, _, _), .alterCompression(let table, let column, _),
                 .commentOnColumn(let table, let column, _):
                insert("column", column, in: table)
            case .addPrimaryKey(let table, let key), .dropPrimaryKey(let table, let key): insert("primary key", key.name, in: table)
            case .addUnique(let table, let unique), .dropUnique(let table, let unique): insert("unique constraint", unique.name, in: table)
            case .addCheck(let table, let check), .dropCheck(let table, let check): insert("check constraint", check.name, in: table)
            case .addExclusion(let table, let exclusion), .dropExclusion(let table, let exclusion): insert("exclusion constraint", exclusion.name, in: table)
            case .addForeignKey(let table, let key), .dropForeignKey(let table, let key): insert("foreign key", key.name, in: table)
            case .createIndex(let table, let index), .dropIndex(let table, let index): insert("index", index.name, in: table)
            case .renameConstraint(let table, let old, let new), .renameIndex(let table, let old, let new):
                for kind in ["primary key", "unique constraint", "check constraint", "foreign key", "index", "exclusion constraint"] {
                    insert(kind, old, in: table)
                    insert(kind, new, in: table)
                }
            case .adoptIndex(let table, let index, let key):
                insert("index", index, in: table)
                if case .primaryKey = key { insert("primary key", key.name, in: table) } else { insert("unique constraint", key.name, in: table) }
            case .alterForeignKeyDeferrability(let table, let name, _): insert("foreign key", name, in: table)
            case .validateConstraint(let table, let name):
                insert("check constraint", name, in: table)
                insert("foreign key", name, in: table)
            case .createSequence(let sequence), .dropSequence(let sequence), .alterSequence(_, let sequence): insert("sequence", sequence.name.description)
            case .setSequenceOwner(let sequence, _): insert("sequence", sequence.description)
            case .renameSequence(let sequence, let name):
                insert("sequence", sequence.description)
                insert("sequence", QualifiedName(name, schema: sequence.schema).description)
            case .createFunction(let function, _), .replaceFunction(let function), .dropFunction(let function, _): insert("function", function.signature)
            case .recreateFunction(let old, let new): insert("function", old.signature); insert("function", new.signature)
            case .createView(let view), .replaceView(let view), .dropView(let view), .alterViewOptions(let view, _):
                insert(view.kind, view.name.description)
            case .createTrigger(let table, let trigger), .replaceTrigger(let table, let trigger), .dropTrigger(let table, let trigger):
                insert("trigger", trigger.name, in: table)
            case .enableTrigger(let table, let name, _): insert("trigger", name, in: table)
            case .createPolicy(let table, let policy), .alterPolicy(let table, let policy), .dropPolicy(let table, let policy):
                insert("policy", policy.name, in: table)
            case .alterRowSecurity(let table, _, _): insert("table", table.description)
            case .createDomain(let domain), .dropDomain(let domain), .recreateDomain(let domain, _): insert("domain", domain.name.description)
            case .alterDomainDefault(let domain, _), .alterDomainNotNull(let domain, _), .addDomainCheck(let domain, _), .dropDomainCheck(let domain, _),
                 .validateDomainCheck(let domain, _):
                insert("domain", domain.description)
            case .createCompositeType(let type), .dropCompositeType(let type), .recreateCompositeType(let type, _):
                insert("composite type", type.name.description)
            case .addAttribute(let type, _), .dropAttribute(let type, _), .alterAttribute(let type, _): insert("composite type", type.description)
            case .commentOn(let target, _):
                switch target {
                case .domain(let name): insert("domain", name.description)
                case .compositeType(let name): insert("composite type", name.description)
                case .sequence(let name): insert("sequence", name.description)
                case .function(let function): insert("function", function.signature)
                case .view(let view): insert(view.kind, view.name.description)
                case .trigger(let table, let name): insert("trigger", name, in: table)
                case .policy(let table, let name): insert("policy", name, in: table)
                }
            case .alterIndexStorage(let table, let index, _, _):
                for kind in ["primary key", "unique constraint", "index"] { insert(kind, index, in: table) }
            }
        }
    }

    private mutating func insert(_ kind: String, _ name: String, in table: QualifiedName? = nil) {
        keys.insert("\(table?.description ?? "")|\(kind)|\(name)")
    }

    /// The same set, asked about the objects of one table.
    func within(_ table: QualifiedName) -> TouchedObjects {
        var scoped = self
        scoped.table = table
        return scoped
    }

    func contains(_ kind: String, _ name: String) -> Bool {
        keys.contains("\(table?.description ?? "")|\(kind)|\(name)")
    }
}
