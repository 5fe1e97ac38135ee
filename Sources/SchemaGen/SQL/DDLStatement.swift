/// Builds single DDL statements from model values. ``DDLRenderer`` orders them into a whole
/// schema; the migration planner reuses them one by one.
public enum DDLStatement {
    /// `CREATE EXTENSION IF NOT EXISTS citext;`
    public static func createExtension(_ ext: ExtensionDefinition) -> String {
        "CREATE EXTENSION IF NOT EXISTS \(SQLIdentifier.quote(ext.name))"
            + (ext.schema.map { " SCHEMA \(SQLIdentifier.quote($0))" } ?? "") + (ext.version.map { " VERSION \(SQLLiteral.quote($0))" } ?? "") + ";"
    }

    /// `CREATE SCHEMA billing;`
    public static func createSchema(_ name: String) -> String {
        "CREATE SCHEMA \(SQLIdentifier.quote(name));"
    }

    /// `CREATE TYPE system_role AS ENUM ('user', 'admin');`
    public static func createEnum(_ type: EnumDefinition) -> String {
        "CREATE TYPE \(SQLIdentifier.quote(type.name)) AS ENUM (\(type.values.map(SQLLiteral.quote).joined(separator: ", ")));"
    }

    /// `CREATE TABLE` with aligned columns, then the primary key, unique and check constraints,
    /// and `PARTITION BY RANGE (created_at)` for a partitioned table (its partitions are
    /// ``createPartition(_:of:)``). Foreign keys are left to ``addForeignKey(_:to:)`` so that
    /// any order of tables applies.
    public static func createTable(_ table: TableDefinition) -> String {
        let columns = table.columns.map { column in
            (name: SQLIdentifier.quote(column.name), type: typeClause(column), attributes: columnAttributes(column))
        }
        let nameWidth = columns.map(\.name.width).max() ?? 0
        let typeWidth = columns.map(\.type.width).max() ?? 0
        var text = TextBuffer()
        text.write("CREATE TABLE \(SQLIdentifier.quote(table.name)) (\n")
        var first = true
        func element(_ write: (inout TextBuffer) -> Void) {
            text.write(first ? "    " : ",\n    ")
            first = false
            write(&text)
        }
        for column in columns {
            element { text in
                text.write(column.name)
                text.write(spaces: nameWidth - column.name.width + 1)
                text.write(column.type)
                guard !column.attributes.isEmpty else { return }
                text.write(spaces: typeWidth - column.type.width + 1)
                text.write(column.attributes)
            }
        }
        if let key = table.primaryKey { element { $0.write(primaryKeyClause(key)) } }
        for unique in table.uniques { element { $0.write(uniqueClause(unique)) } }
        for exclusion in table.exclusions ?? [] { element { $0.write(exclusionClause(exclusion)) } }
        // PostgreSQL validates a check written in CREATE TABLE even when told NOT VALID.
        for check in table.checks where check.notValid == nil { element { $0.write(checkClause(check)) } }
        let partitioning = table.partitioning.map { " PARTITION BY \($0.strategy.rawValue) (\($0.keys.map(indexKey).joined(separator: ", ")))" } ?? ""
        text.write("\n)\(withClause(table.storageParameters))\(partitioning);")
        return text.text
    }

    /// `CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');`
    public static func createPartition(_ partition: PartitionDefinition, of table: QualifiedName) -> String {
        "CREATE TABLE \(SQLIdentifier.quote(partition.name)) PARTITION OF \(SQLIdentifier.quote(table)) \(partition.bound.sql);"
    }

    /// `text COLLATE "C"`: the type and the column's collation, if it has its own.
    public static func typeClause(_ column: ColumnDefinition) -> String {
        column.type.sql + (column.compression.map { " COMPRESSION \(SQLIdentifier.quote($0))" } ?? "")
            + (column.collation.map { " COLLATE \(SQLIdentifier.quote($0))" } ?? "")
    }

    /// `ALTER TABLE t ALTER COLUMN body SET STORAGE EXTERNAL;` for each column with its own
    /// storage, which PostgreSQL 15 takes only after the column exists.
    public static func columnStorage(_ table: TableDefinition) -> [String] {
        table.columns.compactMap { column in
            column.storage.map { "ALTER TABLE \(SQLIdentifier.quote(table.name)) ALTER COLUMN \(SQLIdentifier.quote(column.name)) SET STORAGE \($0.rawValue);" }
        }
    }

    /// `DEFAULT ... NOT NULL`, `GENERATED ALWAYS AS IDENTITY`, `GENERATED ALWAYS AS (...) STORED`.
    public static func columnAttributes(_ column: ColumnDefinition) -> String {
        var parts: [String] = []
        if let value = column.defaultValue { parts.append("DEFAULT \(value.sql)") }
        if let identity = column.identity { parts.append(identityClause(identity)) }
        if let expression = column.generatedExpression { parts.append("GENERATED ALWAYS AS (\(expression)) STORED") }
        if !column.isNullable, column.identity == nil { parts.append("NOT NULL") }
        return parts.joined(separator: " ")
    }

    /// `GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10 CACHE 20)`
    public static func identityClause(_ identity: Identity) -> String {
        let options = identity.options
        return "GENERATED \(identity.generation.rawValue) AS IDENTITY" + (options.isEmpty ? "" : " (\(options.joined(separator: " ")))")
    }

    /// `CONSTRAINT users_pkey PRIMARY KEY (id)`, with `INCLUDE (...)`, `WITH (...)` and
    /// `DEFERRABLE ...` when declared.
    public static func primaryKeyClause(_ key: PrimaryKeyDefinition) -> String {
        "CONSTRAINT \(SQLIdentifier.quote(key.name)) PRIMARY KEY (\(SQLIdentifier.list(key.columns)))"
            + keyIndexClauses(include: key.include, storageParameters: key.storageParameters) + (key.deferrable.map { " " + $0.rawValue } ?? "")
    }

    /// `CONSTRAINT users_email_key UNIQUE (email)`, with `NULLS NOT DISTINCT`, `INCLUDE (...)`,
    /// `WITH (...)` and `DEFERRABLE ...` when declared.
    public static func uniqueClause(_ unique: UniqueDefinition) -> String {
        "CONSTRAINT \(SQLIdentifier.quote(unique.name)) UNIQUE"
            + (unique.nullsNotDistinct ? " NULLS NOT DISTINCT" : "") + " (\(SQLIdentifier.list(unique.columns)))"
            + keyIndexClauses(include: unique.include, storageParameters: unique.storageParameters) + (unique.deferrable.map { " " + $0.rawValue } ?? "")
    }

    /// `CONSTRAINT bookings_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&)`,
    /// with `INCLUDE (...)`, `WHERE (...)` and `DEFERRABLE ...` when declared.
    public static func exclusionClause(_ exclusion: ExclusionDefinition) -> String {
        "CONSTRAINT \(SQLIdentifier.quote(exclusion.name)) EXCLUDE USING \(exclusion.method.rawValue) ("
            + exclusion.elements.map { indexKey($0.key) + " WITH " + $0.operator }.joined(separator: ", ") + ")"
            + (exclusion.include.map { " INCLUDE (\(SQLIdentifier.list($0)))" } ?? "")
            + (exclusion.predicate.map { " WHERE (\($0))" } ?? "") + (exclusion.deferrable.map { " " + $0.rawValue } ?? "")
    }

    private static func keyIndexClauses(include: [String]?, storageParameters: [String: String]?) -> String {
        (include.map { " INCLUDE (\(SQLIdentifier.list($0)))" } ?? "") + withClause(storageParameters)
    }

    /// ` WITH (autovacuum_enabled = false, fillfactor = 70)`, by name; nothing for none.
    public static func withClause(_ parameters: [String: String]?) -> String {
        guard let parameters, !parameters.isEmpty else { return "" }
        return " WITH (" + parameterList(parameters) + ")"
    }

    /// `fillfactor`, `toast.autovacuum_enabled`: a storage parameter's name, its namespace and
    /// name quoted apart.
    static func parameterName(_ name: String) -> String {
        name.split(separator: ".", maxSplits: 1).map { SQLIdentifier.quote(String($0)) }.joined(separator: ".")
    }

    /// `fillfactor = 70, buffering = 'on'`: bare where PostgreSQL reads the value back as written.
    static func parameterList(_ parameters: [String: String]) -> String {
        parameters.sorted { $0.key < $1.key }.map { name, value in
            let bare = !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
            return "\(parameterName(name)) = \(bare ? value : SQLLiteral.quote(value))"
        }.joined(separator: ", ")
    }

    /// `CONSTRAINT prices_amount_check CHECK (amount > 0)`, `NO INHERIT` when declared. A
    /// check declared NOT VALID says so where it is added (`MigrationSQL`).
    public static func checkClause(_ check: CheckDefinition) -> String {
        "CONSTRAINT \(SQLIdentifier.quote(check.name)) CHECK (\(check.expression))" + (check.noInherit == true ? " NO INHERIT" : "")
    }

    /// `ALTER TABLE t ADD CONSTRAINT ... CHECK (...) NOT VALID;`: a check declared NOT VALID,
    /// which only ALTER TABLE leaves unvalidated.
    public static func addCheck(_ check: CheckDefinition, to table: QualifiedName) -> String {
        "ALTER TABLE \(SQLIdentifier.quote(table)) ADD \(checkClause(check))" + (check.notValid == true ? " NOT VALID" : "") + ";"
    }

    /// `ALTER TABLE members ADD CONSTRAINT ... FOREIGN KEY (...) REFERENCES ... ON DELETE CASCADE;`,
    /// `NOT VALID` when declared so.
    public static func addForeignKey(_ key: ForeignKeyDefinition, to table: QualifiedName) -> String {
        "ALTER TABLE \(SQLIdentifier.quote(table))\n    ADD \(foreignKeyClause(key))" + (key.notValid == true ? " NOT VALID" : "") + ";"
    }

    public static func foreignKeyClause(_ key: ForeignKeyDefinition) -> String {
        var clause = "CONSTRAINT \(SQLIdentifier.quote(key.name)) FOREIGN KEY (\(SQLIdentifier.list(key.columns)))"
            + " REFERENCES \(SQLIdentifier.quote(key.referencedTable)) (\(SQLIdentifier.list(key.referencedColumns)))"
        if let match = key.match { clause += " MATCH \(match.rawValue)" }
        if key.onDelete != .noAction {
            clause += " ON DELETE \(key.onDelete.rawValue)" + (key.onDeleteColumns.map { " (\(SQLIdentifier.list($0)))" } ?? "")
        }
        if key.onUpdate != .noAction { clause += " ON UPDATE \(key.onUpdate.rawValue)" }
        if let deferrable = key.deferrable { clause += " \(deferrable.rawValue)" }
        return clause
    }

    /// `CREATE UNIQUE INDEX name ON table USING gin (keys) INCLUDE (...) WHERE ...;`; `only`
    /// builds it on a partitioned table but none of its partitions (`ON ONLY`), invalid until
    /// each partition's copy is attached.
    public static func createIndex(_ index: IndexDefinition, on table: QualifiedName, concurrently: Bool = false, only: Bool = false) -> String {
        var sql = "CREATE " + (index.isUnique ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
            + "\(SQLIdentifier.quote(index.name)) ON \(only ? "ONLY " : "")\(SQLIdentifier.quote(table))"
        if index.method != .btree { sql += " USING \(index.method.rawValue)" }
        sql += " (\(index.keys.map(indexKey).joined(separator: ", ")))"
        if !index.include.isEmpty { sql += " INCLUDE (\(SQLIdentifier.list(index.include)))" }
        if index.nullsNotDistinct { sql += " NULLS NOT DISTINCT" }
        sql += withClause(index.storageParameters)
        if let predicate = index.predicate { sql += " WHERE \(predicate)" }
        return sql + ";"
    }

    private static func indexKey(_ key: IndexKey) -> String {
        var parts: [String]
        switch key.target {
        case .column(let name): parts = [SQLIdentifier.quote(name)]
        case .expression(let expression): parts = ["(\(expression))"]
        }
        if let collation = key.collation { parts.append("COLLATE \(SQLIdentifier.quote(collation))") }
        if let operatorClass = key.operatorClass {
            parts.append(operatorClass + (key.operatorClassOptions.map { " (\(parameterList($0)))" } ?? ""))
        }
        if let order = key.order { parts.append(order.rawValue) }
        if let nulls = key.nulls { parts.append(nulls.rawValue) }
        return parts.joined(separator: " ")
    }

    /// `COMMENT ON TABLE users IS '...';`
    public static func commentOnTable(_ table: QualifiedName, _ comment: String?) -> String {
        "COMMENT ON TABLE \(SQLIdentifier.quote(table)) IS \(comment.map(SQLLiteral.quote) ?? "NULL");"
    }

    /// `COMMENT ON COLUMN users.email IS '...';`
    public static func commentOnColumn(_ table: QualifiedName, _ column: String, _ comment: String?) -> String {
        "COMMENT ON COLUMN \(SQLIdentifier.quote(table)).\(SQLIdentifier.quote(column)) IS \(comment.map(SQLLiteral.quote) ?? "NULL");"
    }

    /// `COMMENT ON TYPE role IS '...';`
    public static func commentOnType(_ type: QualifiedName, _ comment: String?) -> String {
        "COMMENT ON TYPE \(SQLIdentifier.quote(type)) IS \(comment.map(SQLLiteral.quote) ?? "NULL");"
    }
}

extension String {
    /// The columns the text takes when aligned: its characters, counted from the bytes when
    /// they are all printable ASCII (where a byte is a character; `\r\n` is not).
    var width: Int {
        utf8.allSatisfy { (0x20..<0x7F).contains($0) } ? utf8.count : count
    }

}
