/// One change between two schemas, as the differ finds it; the planner orders changes and
/// writes their SQL. Names are those after the migration's renames.
public enum SchemaChange: Hashable, Sendable {
    case createExtension(ExtensionDefinition)
    case dropExtension(ExtensionDefinition)
    /// `ALTER EXTENSION name SET SCHEMA schema`.
    case alterExtensionSchema(String, String)
    /// `ALTER EXTENSION name UPDATE TO 'version'`.
    case updateExtension(String, String)
    case createSchema(String)
    case dropSchema(String)

    case createEnum(EnumDefinition)
    case dropEnum(EnumDefinition)
    /// `ALTER TYPE ... ADD VALUE`, placed before `before` (or appended when nil).
    case addEnumValue(QualifiedName, value: String, before: String?)
    case renameEnumValue(QualifiedName, from: String, to: String)
    /// Values removed or reordered: the type is rebuilt and the columns using it cast over.
    case rebuildEnum(from: EnumDefinition, to: EnumDefinition, columns: [EnumColumn])

    case renameTable(from: QualifiedName, to: QualifiedName)
    case createTable(TableDefinition)
    case dropTable(TableDefinition)
    /// `CREATE TABLE p PARTITION OF t FOR VALUES ...`; `scanned` is the table's default
    /// partition, which PostgreSQL checks for rows the new partition would take.
    case createPartition(QualifiedName, PartitionDefinition, scanned: QualifiedName?)
    /// `DROP TABLE p` for a partition of `t`: its rows are deleted.
    case dropPartition(QualifiedName, PartitionDefinition)
    /// `ALTER TABLE t ATTACH PARTITION p FOR VALUES ...`: an existing table becomes a partition
    /// once its rows are checked against the bound (and the default partition's against it).
    case attachPartition(QualifiedName, PartitionDefinition, scanned: QualifiedName?)
    /// `ALTER TABLE t DETACH PARTITION p`: the partition becomes a table of its own, rows kept.
    case detachPartition(QualifiedName, PartitionDefinition)

    case renameColumn(QualifiedName, from: String, to: String)
    case addColumn(QualifiedName, ColumnDefinition)
    case dropColumn(QualifiedName, ColumnDefinition)
    case alterColumnType(QualifiedName, column: String, from: DataType, to: DataType)
    case setNotNull(QualifiedName, column: String)
    case dropNotNull(QualifiedName, column: String)
    case setDefault(QualifiedName, column: String, DefaultValue)
    case dropDefault(QualifiedName, column: String)
    case addIdentity(QualifiedName, column: String, Identity)
    case alterIdentity(QualifiedName, column: String, Identity)
    case dropIdentity(QualifiedName, column: String)
    case dropExpression(QualifiedName, column: String)
    /// `ALTER COLUMN ... SET STORAGE`: nil is the type's own strategy.
    case alterStorage(QualifiedName, column: String, DataType, ColumnStorage?)
    /// `ALTER COLUMN ... SET COMPRESSION`: nil is the server's default method.
    case alterCompression(QualifiedName, column: String, String?)
    /// `ALTER COLUMN ... TYPE t COLLATE c` with the same type: nil is the type's default collation.
    case alterCollation(QualifiedName, column: String, DataType, String?)
    /// A serial column made a plain one: its `nextval` default and its owned sequence dropped.
    case dropSerial(QualifiedName, column: String)
    /// A column made serial: a sequence of the integer type owned by the column, started after
    /// the largest value, and its `nextval` default.
    case addSerial(QualifiedName, column: String, DataType)
    /// A serial column of another integer type (`serial` to `bigserial`): the sequence follows.
    case alterSerial(QualifiedName, column: String, DataType)

    case addPrimaryKey(QualifiedName, PrimaryKeyDefinition)
    /// `ADD CONSTRAINT ... UNIQUE | PRIMARY KEY USING INDEX index`: an existing unique index
    /// becomes the key (and takes its name) without being built again.
    case adoptIndex(QualifiedName, index: String, AdoptedKey)
    case dropPrimaryKey(QualifiedName, PrimaryKeyDefinition)
    case addUnique(QualifiedName, UniqueDefinition)
    case dropUnique(QualifiedName, UniqueDefinition)
    case addExclusion(QualifiedName, ExclusionDefinition)
    case dropExclusion(QualifiedName, ExclusionDefinition)
    case addCheck(QualifiedName, CheckDefinition)
    case dropCheck(QualifiedName, CheckDefinition)
    case addForeignKey(QualifiedName, ForeignKeyDefinition)
    case dropForeignKey(QualifiedName, ForeignKeyDefinition)
    case renameConstraint(QualifiedName, from: String, to: String)
    /// `ALTER CONSTRAINT name [NOT] DEFERRABLE ...`: a foreign key's deferrability, in the
    /// catalog only.
    case alterForeignKeyDeferrability(QualifiedName, String, Deferrability?)
    /// `VALIDATE CONSTRAINT`: a check or foreign key added NOT VALID, checked now.
    case validateConstraint(QualifiedName, String)
    case createIndex(QualifiedName, IndexDefinition)
    case dropIndex(QualifiedName, IndexDefinition)
    case renameIndex(QualifiedName, from: String, to: String)
    /// `ALTER INDEX name SET (...)` / `RESET (...)`: an index's (or a key's index's) storage
    /// parameters, from the first set to the second; the index is not rebuilt.
    case alterIndexStorage(QualifiedName, index: String, from: [String: String], to: [String: String])
    /// `ALTER TABLE t SET (fillfactor = 70)` / `RESET (...)`: no rewrite, applies to later writes.
    case alterTableStorage(QualifiedName, from: [String: String], to: [String: String])

    case createSequence(SequenceDefinition)
    /// `DROP SEQUENCE IF EXISTS`: dropping the column that owns it may have dropped it already.
    case dropSequence(SequenceDefinition)
    /// `ALTER SEQUENCE ... AS ... INCREMENT BY ...`: every option set to the second's.
    case alterSequence(from: SequenceDefinition, to: SequenceDefinition)
    /// `ALTER SEQUENCE ... OWNED BY table.column | NONE`.
    case setSequenceOwner(QualifiedName, ColumnPath?)
    /// `ALTER SEQUENCE old RENAME TO new`: a serial column's sequence follows its table's or
    /// column's new name, keeping the name `serial` gives it.
    case renameSequence(QualifiedName, to: String)

    /// `CREATE FUNCTION`; `late` for one created after the tables, with the views in their
    /// dependency order (a SQL-standard body, or a signature naming a table's row type).
    case createFunction(FunctionDefinition, late: Bool)
    /// `CREATE OR REPLACE FUNCTION`: the same signature, result and argument names.
    case replaceFunction(FunctionDefinition)
    /// `DROP FUNCTION`. `rebuiltAs` is the function created again with the views, after the
    /// changes to what it uses (a column its SQL-standard body reads, a type its signature
    /// names): it is dropped with the views, before them.
    case dropFunction(FunctionDefinition, rebuiltAs: FunctionDefinition?)
    /// A function PostgreSQL cannot replace (another result type, argument names or modes):
    /// dropped and created again, once what uses it is dropped, before it is created again.
    case recreateFunction(from: FunctionDefinition, to: FunctionDefinition)

    /// `CREATE [MATERIALIZED] VIEW`; a materialized view's indexes are ``createIndex(_:_:)``.
    case createView(ViewDefinition)
    /// `CREATE OR REPLACE VIEW`: the old columns stay first, with the same names and types.
    case replaceView(ViewDefinition)
    case dropView(ViewDefinition)
    /// `ALTER [MATERIALIZED] VIEW ... SET (...)` / `RESET (...)`.
    case alterViewOptions(ViewDefinition, from: [String: String])

    case createTrigger(QualifiedName, TriggerDefinition)
    /// `CREATE OR REPLACE TRIGGER`.
    case replaceTrigger(QualifiedName, TriggerDefinition)
    case dropTrigger(QualifiedName, TriggerDefinition)
    /// `ALTER TABLE ... ENABLE | DISABLE TRIGGER`.
    case enableTrigger(QualifiedName, String, TriggerDefinition.Enabled)

    /// `ALTER TABLE ... ENABLE | DISABLE | FORCE | NO FORCE ROW LEVEL SECURITY`.
    case alterRowSecurity(QualifiedName, from: RowSecurity?, to: RowSecurity?)
    case createPolicy(QualifiedName, PolicyDefinition)
    /// `ALTER POLICY ... TO ... USING (...) WITH CHECK (...)`: roles and clauses, none removed.
    case alterPolicy(QualifiedName, PolicyDefinition)
    case dropPolicy(QualifiedName, PolicyDefinition)

    case createDomain(DomainDefinition)
    case dropDomain(DomainDefinition)
    /// Another base type or collation: the domain dropped and created again, which PostgreSQL
    /// refuses while a column uses it.
    case recreateDomain(from: DomainDefinition, to: DomainDefinition)
    /// `ALTER DOMAIN ... SET DEFAULT ... | DROP DEFAULT`.
    case alterDomainDefault(QualifiedName, String?)
    /// `ALTER DOMAIN ... SET NOT NULL | DROP NOT NULL`.
    case alterDomainNotNull(QualifiedName, Bool)
    case addDomainCheck(QualifiedName, CheckDefinition)
    case dropDomainCheck(QualifiedName, CheckDefinition)
    /// `ALTER DOMAIN ... VALIDATE CONSTRAINT`: a check added NOT VALID, checked now.
    case validateDomainCheck(QualifiedName, String)

    case createCompositeType(CompositeTypeDefinition)
    case dropCompositeType(CompositeTypeDefinition)
    /// Attributes in another order: the type dropped and created again, which PostgreSQL
    /// refuses while a column uses it.
    case recreateCompositeType(from: CompositeTypeDefinition, to: CompositeTypeDefinition)
    case addAttribute(QualifiedName, CompositeTypeDefinition.Attribute)
    case dropAttribute(QualifiedName, CompositeTypeDefinition.Attribute)
    /// `ALTER TYPE ... ALTER ATTRIBUTE ... TYPE ... [COLLATE ...]`.
    case alterAttribute(QualifiedName, CompositeTypeDefinition.Attribute)

    /// `COMMENT ON` a sequence, function, view, trigger, policy, domain or composite type.
    case commentOn(CommentTarget, String?)

    case commentOnTable(QualifiedName, String?)
    case commentOnColumn(QualifiedName, column: String, String?)
    case commentOnEnum(QualifiedName, String?)

    /// An object other than a table, column or enum that a comment is on.
    public enum CommentTarget: Hashable, Sendable {
        case sequence(QualifiedName)
        case function(FunctionDefinition)
        case view(ViewDefinition)
        case trigger(QualifiedName, String)
        case policy(QualifiedName, String)
        case domain(QualifiedName)
        case compositeType(QualifiedName)

        /// `FUNCTION touch()`, `TRIGGER users_touch ON users`: what follows `COMMENT ON`.
        var sql: String {
            switch self {
            case .sequence(let name): "SEQUENCE \(SQLIdentifier.quote(name))"
            case .function(let function): (function.isProcedure ? "PROCEDURE " : "FUNCTION ") + DDLStatement.functionReference(function)
            case .view(let view): "\(view.kind.uppercased()) \(SQLIdentifier.quote(view.name))"
            case .trigger(let table, let name): "TRIGGER \(SQLIdentifier.quote(name)) ON \(SQLIdentifier.quote(table))"
            case .policy(let table, let name): "POLICY \(SQLIdentifier.quote(name)) ON \(SQLIdentifier.quote(table))"
            case .domain(let name): "DOMAIN \(SQLIdentifier.quote(name))"
            case .compositeType(let name): "TYPE \(SQLIdentifier.quote(name))"
            }
        }
    }

    /// The key an existing unique index becomes.
    public enum AdoptedKey: Hashable, Sendable {
        case primaryKey(PrimaryKeyDefinition)
        case unique(UniqueDefinition)

        public var name: String {
            switch self {
            case .primaryKey(let key): key.name
            case .unique(let unique): unique.name
            }
        }
    }

    /// A column typed by an enum being rebuilt, with the default to drop and set again.
    public struct EnumColumn: Hashable, Sendable {
        public var table: QualifiedName
        public var column: String
        public var isArray: Bool
        /// Whether the column has a default before the change, typed by the old enum.
        public var hadDefault: Bool
        public var defaultValue: DefaultValue?
    }

    /// The table the change is about, if it is about one.
    public var table: QualifiedName? {
        switch self {
        case .createTable(let table), .dropTable(let table): table.name
        case .renameTable(_, let table): table
        case .createPartition(let table, _, _), .dropPartition(let table, _), .attachPartition(let table, _, _), .detachPartition(let table, _): table
        case .renameColumn(let table, _, _), .addColumn(let table, _), .dropColumn(let table, _),
             .alterColumnType(let table, _, _, _), .setNotNull(let table, _), .dropNotNull(let table, _),
             .setDefault(let table, _, _), .dropDefault(let table, _), .addIdentity(let table, _, _),
             .alterIdentity(let table, _, _), .dropIdentity(let table, _), .dropExpression(let table, _),
             .dropSerial(let table, _), .addSerial(let table, _, _), .alterSerial(let table, _, _), .alterCollation(let table, _, _, _),
             .alterStorage(let table, _, _, _), .alterCompression(let table, _, _),
             .addPrimaryKey(let table, _), .dropPrimaryKey(let table, _), .adoptIndex(let table, _, _), .addUnique(let table, _), .dropUnique(let table, _),
             .addCheck(let table, _), .dropCheck(let table, _), .addExclusion(let table, _), .dropExclusion(let table, _), .addForeignKey(let table, _), .dropForeignKey(let table, _),
             .renameConstraint(let table, _, _), .validateConstraint(let table, _), .alterForeignKeyDeferrability(let table, _, _), .createIndex(let table, _), .dropIndex(let table, _), .renameIndex(let table, _, _),
             .alterIndexStorage(let table, _, _, _), .alterTableStorage(let table, _, _),
             .commentOnTable(let table, _), .commentOnColumn(let table, _, _),
             .createTrigger(let table, _), .replaceTrigger(let table, _), .dropTrigger(let table, _), .enableTrigger(let table, _, _),
             .alterRowSecurity(let table, _, _), .createPolicy(let table, _), .alterPolicy(let table, _), .dropPolicy(let table, _):
            table
        default: nil
        }
    }
}
