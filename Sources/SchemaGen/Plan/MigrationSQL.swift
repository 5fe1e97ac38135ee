/// The SQL of each ``SchemaChange``. Statements that create whole objects come from
/// ``DDLStatement``, so a migration writes them exactly as `schema.sql` does.
enum MigrationSQL {
    static func statements(for change: SchemaChange) -> [String] {
        switch change {
        case .createExtension(let ext): [DDLStatement.createExtension(ext)]
        case .dropExtension(let ext): ["DROP EXTENSION \(SQLIdentifier.quote(ext.name));"]
        case .alterExtensionSchema(let name, let schema): ["ALTER EXTENSION \(SQLIdentifier.quote(name)) SET SCHEMA \(SQLIdentifier.quote(schema));"]
        case .updateExtension(let name, let version): ["ALTER EXTENSION \(SQLIdentifier.quote(name)) UPDATE TO \(SQLLiteral.quote(version));"]
        case .createSchema(let name): [DDLStatement.createSchema(name)]
        case .dropSchema(let name): ["DROP SCHEMA \(SQLIdentifier.quote(name));"]
        case .createEnum(let type): [DDLStatement.createEnum(type)]
        case .dropEnum(let type): ["DROP TYPE \(SQLIdentifier.quote(type.name));"]
        case .addEnumValue(let type, let value, let before):
            ["ALTER TYPE \(SQLIdentifier.quote(type)) ADD VALUE \(SQLLiteral.quote(value))" + (before.map { " BEFORE \(SQLLiteral.quote($0))" } ?? "") + ";"]
        case .renameEnumValue(let type, let old, let new):
            ["ALTER TYPE \(SQLIdentifier.quote(type)) RENAME VALUE \(SQLLiteral.quote(old)) TO \(SQLLiteral.quote(new));"]
        case .rebuildEnum(let old, let new, let columns): rebuildEnum(old, new, columns)
        case .renameTable(let old, let new): renameTable(old, new)
        case .createTable(let table): [DDLStatement.createTable(table)] + DDLStatement.columnStorage(table)
        case .dropTable(let table): ["DROP TABLE \(SQLIdentifier.quote(table.name));"]
        case .createPartition(let table, let partition, _): [DDLStatement.createPartition(partition, of: table)]
        case .dropPartition(_, let partition): ["DROP TABLE \(SQLIdentifier.quote(partition.name));"]
        case .attachPartition(let table, let partition, _): [alter(table, "ATTACH PARTITION \(SQLIdentifier.quote(partition.name)) \(partition.bound.sql)")]
        case .detachPartition(let table, let partition): [alter(table, "DETACH PARTITION \(SQLIdentifier.quote(partition.name))")]
        case .renameColumn(let table, let old, let new):
            [alter(table, "RENAME COLUMN \(SQLIdentifier.quote(old)) TO \(SQLIdentifier.quote(new))")]
        case .addColumn(let table, let column):
            [alter(table, "ADD COLUMN \(SQLIdentifier.quote(column.name)) \(DDLStatement.typeClause(column))" + suffix(DDLStatement.columnAttributes(column)))]
                + (column.storage.map { [alterColumn(table, column.name, "SET STORAGE \($0.rawValue)")] } ?? [])
        case .dropColumn(let table, let column): [alter(table, "DROP COLUMN \(SQLIdentifier.quote(column.name))")]
        case .alterColumnType(let table, let column, let old, let new):
            [alterColumn(table, column, "TYPE \(new.storageType.sql)" + (TypeConversion(from: old, to: new).using(SQLIdentifier.quote(column)).map { " USING \($0)" } ?? ""))]
        case .setNotNull(let table, let column): [alterColumn(table, column, "SET NOT NULL")]
        case .dropNotNull(let table, let column): [alterColumn(table, column, "DROP NOT NULL")]
        case .setDefault(let table, let column, let value): [alterColumn(table, column, "SET DEFAULT \(value.sql)")]
        case .dropDefault(let table, let column): [alterColumn(table, column, "DROP DEFAULT")]
        case .addIdentity(let table, let column, let identity):
            [alterColumn(table, column, "ADD " + DDLStatement.identityClause(identity))]
        case .alterIdentity(let table, let column, let identity):
            [alterIdentity(table, column, identity)]
        case .dropIdentity(let table, let column): [alterColumn(table, column, "DROP IDENTITY")]
        case .dropExpression(let table, let column): [alterColumn(table, column, "DROP EXPRESSION")]
        case .alterStorage(let table, let column, let type, let storage):
            [alterColumn(table, column, "SET STORAGE \((storage ?? type.defaultStorage).rawValue)")]
        case .alterCompression(let table, let column, let compression):
            [alterColumn(table, column, "SET COMPRESSION \(compression.map(SQLIdentifier.quote) ?? "DEFAULT")")]
        case .alterCollation(let table, let column, let type, let collation):
            [alterColumn(table, column, "TYPE \(type.storageType.sql) COLLATE \(SQLIdentifier.quote(collation ?? "default"))")]
        case .dropSerial(let table, let column):
            [alterColumn(table, column, "DROP DEFAULT"), onSerialSequence(of: table, column, "DROP SEQUENCE %s")]
        case .addSerial(let table, let column, let type):
            addSerial(table, column, type)
        case .alterSerial(let table, let column, let type):
            [onSerialSequence(of: table, column, "ALTER SEQUENCE %s AS \(type.storageType.sql)")]
        case .addPrimaryKey(let table, let key): [alter(table, "ADD " + DDLStatement.primaryKeyClause(key))]
        case .addUnique(let table, let unique): [alter(table, "ADD " + DDLStatement.uniqueClause(unique))]
        case .adoptIndex(let table, let index, let key):
            switch key {
            case .primaryKey(let key):
                [alter(table, "ADD CONSTRAINT \(SQLIdentifier.quote(key.name)) PRIMARY KEY USING INDEX \(SQLIdentifier.quote(index))" + (key.deferrable.map { " " + $0.rawValue } ?? ""))]
            case .unique(let unique):
                [alter(table, "ADD CONSTRAINT \(SQLIdentifier.quote(unique.name)) UNIQUE USING INDEX \(SQLIdentifier.quote(index))" + (unique.deferrable.map { " " + $0.rawValue } ?? ""))]
            }
        case .addCheck(let table, let check): [DDLStatement.addCheck(check, to: table)]
        case .addExclusion(let table, let exclusion): [alter(table, "ADD " + DDLStatement.exclusionClause(exclusion))]
        case .dropExclusion(let table, let exclusion): [dropConstraint(table, exclusion.name)]
        case .alterIndexStorage(let table, let index, let old, let new):
            alterStorage("INDEX \(SQLIdentifier.quote(QualifiedName(index, schema: table.schema)))", from: old, to: new)
        case .alterTableStorage(let table, let old, let new):
            alterStorage("TABLE \(SQLIdentifier.quote(table))", from: old, to: new)
        case .alterForeignKeyDeferrability(let table, let name, let deferrable):
            [alter(table, "ALTER CONSTRAINT \(SQLIdentifier.quote(name)) \(deferrable?.rawValue ?? "NOT DEFERRABLE")")]
        case .validateConstraint(let table, let name): [alter(table, "VALIDATE CONSTRAINT \(SQLIdentifier.quote(name))")]
        case .addForeignKey(let table, let key): [DDLStatement.addForeignKey(key, to: table)]
        case .dropPrimaryKey(let table, let key): [dropConstraint(table, key.name)]
        case .dropUnique(let table, let unique): [dropConstraint(table, unique.name)]
        case .dropCheck(let table, let check): [dropConstraint(table, check.name)]
        case .dropForeignKey(let table, let key): [dropConstraint(table, key.name)]
        case .renameConstraint(let table, let old, let new):
            [alter(table, "RENAME CONSTRAINT \(SQLIdentifier.quote(old)) TO \(SQLIdentifier.quote(new))")]
        case .createIndex(let table, let index): [DDLStatement.createIndex(index, on: table)]
        case .dropIndex(let table, let index): [dropIndex(index, on: table, concurrently: false)]
        case .renameIndex(let table, let old, let new):
            ["ALTER INDEX \(SQLIdentifier.quote(QualifiedName(old, schema: table.schema))) RENAME TO \(SQLIdentifier.quote(new));"]
        case .commentOnTable(let table, let comment): [DDLStatement.commentOnTable(table, comment)]
        case .commentOnColumn(let table, let column, let comment): [DDLStatement.commentOnColumn(table, column, comment)]
        case .commentOnEnum(let type, let comment): [DDLStatement.commentOnType(type, comment)]
        case .createSequence(let sequence): [DDLStatement.createSequence(sequence)]
        case .dropSequence(let sequence): ["DROP SEQUENCE IF EXISTS \(SQLIdentifier.quote(sequence.name));"]
        case .alterSequence(_, let sequence): [alterSequence(sequence)]
        case .setSequenceOwner(let sequence, let owner): [DDLStatement.sequenceOwner(sequence, owner)]
        case .renameSequence(let sequence, let name): ["ALTER SEQUENCE \(SQLIdentifier.quote(sequence)) RENAME TO \(SQLIdentifier.quote(name));"]
        case .createFunction(let function, _): [DDLStatement.createFunction(function)]
        case .replaceFunction(let function): [DDLStatement.createFunction(function, orReplace: true)]
        case .dropFunction(let function, _): [dropFunction(function)]
        case .recreateFunction(let old, let new): [dropFunction(old), DDLStatement.createFunction(new)]
        case .createView(let view): [DDLStatement.createView(view)]
        case .replaceView(let view): [DDLStatement.createView(view, orReplace: true)]
        case .dropView(let view): [DDLStatement.dropView(view)]
        case .alterViewOptions(let view, let old): alterStorage("\(view.kind.uppercased()) \(SQLIdentifier.quote(view.name))", from: old, to: view.options ?? [:])
        case .createTrigger(let table, let trigger): DDLStatement.createTrigger(trigger, on: table)
        case .replaceTrigger(let table, let trigger): DDLStatement.createTrigger(trigger, on: table, orReplace: true)
        case .dropTrigger(let table, let trigger): ["DROP TRIGGER \(SQLIdentifier.quote(trigger.name)) ON \(SQLIdentifier.quote(table));"]
        case .enableTrigger(let table, let name, let enabled): [DDLStatement.enableTrigger(name, on: table, enabled)]
        case .alterRowSecurity(let table, let old, let new): DDLStatement.rowSecurity(of: table, from: old, to: new)
        case .createPolicy(let table, let policy): [DDLStatement.createPolicy(policy, on: table)]
        case .alterPolicy(let table, let policy): [alterPolicy(policy, on: table)]
        case .dropPolicy(let table, let policy): ["DROP POLICY \(SQLIdentifier.quote(policy.name)) ON \(SQLIdentifier.quote(table));"]
        case .commentOn(let target, let comment): [DDLStatement.commentOn(target, comment)]
        case .createDomain(let domain):
            [DDLStatement.createDomain(domain)] + domain.checks.filter { $0.notValid == true }.map { DDLStatement.addDomainCheck($0, to: domain.name) }
        case .dropDomain(let domain): ["DROP DOMAIN \(SQLIdentifier.quote(domain.name));"]
        case .recreateDomain(let old, let new): statements(for: .dropDomain(old)) + statements(for: .createDomain(new))
        case .alterDomainDefault(let domain, let value): [alterDomain(domain, value.map { "SET DEFAULT \($0)" } ?? "DROP DEFAULT")]
        case .alterDomainNotNull(let domain, let notNull): [alterDomain(domain, notNull ? "SET NOT NULL" : "DROP NOT NULL")]
        case .addDomainCheck(let domain, let check): [DDLStatement.addDomainCheck(check, to: domain)]
        case .dropDomainCheck(let domain, let check): [alterDomain(domain, "DROP CONSTRAINT \(SQLIdentifier.quote(check.name))")]
        case .validateDomainCheck(let domain, let name): [alterDomain(domain, "VALIDATE CONSTRAINT \(SQLIdentifier.quote(name))")]
        case .createCompositeType(let type): [DDLStatement.createCompositeType(type)]
        case .dropCompositeType(let type): ["DROP TYPE \(SQLIdentifier.quote(type.name));"]
        case .recreateCompositeType(let old, let new): statements(for: .dropCompositeType(old)) + statements(for: .createCompositeType(new))
        case .addAttribute(let type, let attribute): ["ALTER TYPE \(SQLIdentifier.quote(type)) ADD ATTRIBUTE \(DDLStatement.attribute(attribute));"]
        case .dropAttribute(let type, let attribute): ["ALTER TYPE \(SQLIdentifier.quote(type)) DROP ATTRIBUTE \(SQLIdentifier.quote(attribute.name));"]
        case .alterAttribute(let type, let attribute):
            ["ALTER TYPE \(SQLIdentifier.quote(type)) ALTER ATTRIBUTE \(SQLIdentifier.quote(attribute.name)) TYPE \(attribute.type.sql)"
                + (attribute.collation.map { " COLLATE \(SQLIdentifier.quote($0))" } ?? "") + ";"]
        }
    }

    private static func alterDomain(_ domain: QualifiedName, _ action: String) -> String {
        "ALTER DOMAIN \(SQLIdentifier.quote(domain)) \(action);"
    }

    /// `DROP FUNCTION touch(integer);`, `DROP PROCEDURE archive(date);`
    private static func dropFunction(_ function: FunctionDefinition) -> String {
        "DROP \(function.isProcedure ? "PROCEDURE" : "FUNCTION") \(DDLStatement.functionReference(function));"
    }

    /// Every option of the sequence set, defaults included: `ALTER SEQUENCE s AS integer
    /// INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;`.
    private static func alterSequence(_ sequence: SequenceDefinition) -> String {
        let options = sequence.normalized
        let ascending = (options.increment ?? 1) > 0
        let start = options.start ?? (ascending ? options.minValue ?? 1 : options.maxValue ?? -1)
        return "ALTER SEQUENCE \(SQLIdentifier.quote(sequence.name)) AS \(options.type.sql) INCREMENT BY \(options.increment ?? 1) "
            + (options.minValue.map { "MINVALUE \($0)" } ?? "NO MINVALUE") + " " + (options.maxValue.map { "MAXVALUE \($0)" } ?? "NO MAXVALUE")
            + " START WITH \(start) CACHE \(options.cache ?? 1) " + (options.cycle == true ? "CYCLE" : "NO CYCLE") + ";"
    }

    /// `ALTER POLICY p ON t TO PUBLIC USING (...) WITH CHECK (...);`: the roles and each clause
    /// the policy has (a clause dropped needs the policy dropped and created).
    private static func alterPolicy(_ policy: PolicyDefinition, on table: QualifiedName) -> String {
        "ALTER POLICY \(SQLIdentifier.quote(policy.name)) ON \(SQLIdentifier.quote(table)) TO "
            + (policy.roles.isEmpty ? "PUBLIC" : SQLIdentifier.list(policy.roles))
            + (policy.using.map { " USING (\($0))" } ?? "") + (policy.withCheck.map { " WITH CHECK (\($0))" } ?? "") + ";"
    }

    /// A concurrent drop says `IF EXISTS`: it runs after the main step, where dropping a column
    /// the index reads has dropped the index already.
    static func dropIndex(_ index: IndexDefinition, on table: QualifiedName, concurrently: Bool) -> String {
        "DROP INDEX " + (concurrently ? "CONCURRENTLY IF EXISTS " : "") + SQLIdentifier.quote(QualifiedName(index.name, schema: table.schema)) + ";"
    }

    /// The name an enum type takes while it is rebuilt, dropped at the end of the migration.
    static func retiredName(of type: QualifiedName) -> QualifiedName {
        QualifiedName(ObjectName.make(type.name, nil, label: "old"), schema: type.schema)
    }

    /// Rename the old type away, create the new one, and cast each column over through text;
    /// a default is dropped first and set again, since it is typed by the old enum.
    private static func rebuildEnum(_ old: EnumDefinition, _ new: EnumDefinition, _ columns: [SchemaChange.EnumColumn]) -> [String] {
        var statements = [
            "ALTER TYPE \(SQLIdentifier.quote(old.name)) RENAME TO \(SQLIdentifier.quote(retiredName(of: old.name).name));",
            DDLStatement.createEnum(new),
        ]
        for use in columns {
            let type = SQLIdentifier.quote(new.name) + (use.isArray ? "[]" : "")
            let text = use.isArray ? "text[]" : "text"
            if use.hadDefault { statements.append(alterColumn(use.table, use.column, "DROP DEFAULT")) }
            statements.append(alterColumn(use.table, use.column, "TYPE \(type) USING \(SQLIdentifier.quote(use.column))::\(text)::\(type)"))
            if let value = use.defaultValue { statements.append(alterColumn(use.table, use.column, "SET DEFAULT \(value.sql)")) }
        }
        return statements
    }

    private static func renameTable(_ old: QualifiedName, _ new: QualifiedName) -> [String] {
        var statements: [String] = []
        var current = old
        if old.schema != new.schema {
            statements.append("ALTER TABLE \(SQLIdentifier.quote(old)) SET SCHEMA \(SQLIdentifier.quote(new.schema));")
            current.schema = new.schema
        }
        if old.name != new.name {
            statements.append("ALTER TABLE \(SQLIdentifier.quote(current)) RENAME TO \(SQLIdentifier.quote(new.name));")
        }
        return statements
    }

    static func alter(_ table: QualifiedName, _ action: String) -> String {
        "ALTER TABLE \(SQLIdentifier.quote(table)) \(action);"
    }

    static func alterColumn(_ table: QualifiedName, _ column: String, _ action: String) -> String {
        alter(table, "ALTER COLUMN \(SQLIdentifier.quote(column)) \(action)")
    }

    /// `pg_get_serial_sequence('orders', 'id')`: the sequence a serial or identity column owns,
    /// found by the server whatever it is named (a renamed table keeps its sequence's name).
    private static func serialSequence(of table: QualifiedName, _ column: String) -> String {
        "pg_get_serial_sequence(\(SQLLiteral.quote(SQLIdentifier.quote(table))), \(SQLLiteral.quote(column)))"
    }

    /// A statement on the sequence a serial column owns, found by PostgreSQL at run time: its
    /// name is not the table's any more once the table was renamed.
    ///
    /// ```sql
    /// DO $$BEGIN EXECUTE format('DROP SEQUENCE %s', pg_get_serial_sequence('orders', 'id')); END$$;
    /// ```
    static func onSerialSequence(of table: QualifiedName, _ column: String, _ format: String) -> String {
        let sequence = serialSequence(of: table, column)
        return "DO $$BEGIN EXECUTE format(\(SQLLiteral.quote(format)), \(sequence)); END$$;"
    }

    /// `ALTER INDEX i RESET (buffering);` for parameters gone, `ALTER TABLE t SET (fillfactor = 70);`
    /// for those set or changed; `object` is `INDEX i`, `TABLE t` or `VIEW v`.
    static func alterStorage(_ object: String, from old: [String: String], to new: [String: String]) -> [String] {
        let reset = old.keys.filter { new[$0] == nil }.sorted()
        let set = new.filter { old[$0.key] != $0.value }
        return (reset.isEmpty ? [] : ["ALTER \(object) RESET (\(reset.map(DDLStatement.parameterName).joined(separator: ", ")));"])
            + (set.isEmpty ? [] : ["ALTER \(object) SET (\(DDLStatement.parameterList(set)));"])
    }

    /// The identity's options set in one `ALTER COLUMN`. When the new range may exclude the
    /// value the sequence is at, PostgreSQL refuses the change unless it also restarts the
    /// sequence; the restart (at the new START) is added only when the value is outside:
    ///
    /// ```sql
    /// DO $$DECLARE s regclass := pg_get_serial_sequence('t', 'id'); v bigint := coalesce(pg_sequence_last_value(s), (SELECT seqstart FROM pg_sequence WHERE seqrelid = s)); BEGIN EXECUTE 'ALTER TABLE t ALTER COLUMN id SET ...' || CASE WHEN v < 50 OR v > 1000 THEN ' RESTART' ELSE '' END; END$$;
    /// ```
    private static func alterIdentity(_ table: QualifiedName, _ column: String, _ identity: Identity) -> String {
        let statement = alterColumn(table, column, identity.alterations)
        guard identity.boundsMayExcludeCurrentValue else { return statement }
        let (low, high) = identity.rangeCondition
        let sequence = serialSequence(of: table, column)
        return "DO $$DECLARE s regclass := \(sequence); v bigint := coalesce(pg_sequence_last_value(s), (SELECT seqstart FROM pg_sequence WHERE seqrelid = s)); "
            + "BEGIN EXECUTE \(SQLLiteral.quote(String(statement.dropLast()))) || CASE WHEN v < \(low) OR v > \(high) THEN ' RESTART' ELSE '' END; END$$;"
    }

    /// What `serial` does, on an existing column: `CREATE SEQUENCE orders_id_seq AS integer
    /// OWNED BY orders.id`, the sequence moved past the largest value, `SET DEFAULT nextval(...)`.
    private static func addSerial(_ table: QualifiedName, _ column: String, _ type: DataType) -> [String] {
        let sequence = QualifiedName(ObjectName.make(table.name, column, label: "seq"), schema: table.schema)
        let name = SQLIdentifier.quote(sequence)
        let quotedColumn = SQLIdentifier.quote(column)
        return [
            "CREATE SEQUENCE \(name) AS \(type.storageType.sql) OWNED BY \(SQLIdentifier.quote(table)).\(quotedColumn);",
            "SELECT setval(\(SQLLiteral.quote(name)), coalesce(max(\(quotedColumn)), 0) + 1, false) FROM \(SQLIdentifier.quote(table));",
            alterColumn(table, column, "SET DEFAULT nextval(\(SQLLiteral.quote(name))::regclass)"),
        ]
    }

    private static func dropConstraint(_ table: QualifiedName, _ name: String) -> String {
        alter(table, "DROP CONSTRAINT \(SQLIdentifier.quote(name))")
    }

    private static func suffix(_ text: String) -> String {
        text.isEmpty ? "" : " " + text
    }
}
