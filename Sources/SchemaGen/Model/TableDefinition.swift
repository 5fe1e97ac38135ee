/// A table with its columns, keys, constraints and indexes, as the model holds it.
///
/// Every constraint and index carries its final name, so that the DDL, the catalog and any
/// later diff agree on names.
public struct TableDefinition: Hashable, Sendable, Codable {
    public var name: QualifiedName
    public var columns: [ColumnDefinition]
    public var primaryKey: PrimaryKeyDefinition?
    public var uniques: [UniqueDefinition]
    public var checks: [CheckDefinition]
    public var foreignKeys: [ForeignKeyDefinition]
    public var indexes: [IndexDefinition]
    /// Exclusion constraints; nil is none (and what snapshots before them hold).
    public var exclusions: [ExclusionDefinition]?
    public var logicalReferences: [LogicalReference]
    public var comment: String?
    /// Declared a junction of a many-to-many relation (tables with a composite key of two
    /// foreign keys, or none, are detected without it). No SQL.
    public var isJunction: Bool?
    /// Storage parameters (`WITH (fillfactor = 70, toast.autovacuum_enabled = false)`), by
    /// name; nil is none.
    public var storageParameters: [String: String]?
    /// The name of the generated row struct, when declared (`Table("data", swiftName: "Blob")`).
    /// No SQL.
    public var swiftName: String?
    /// Triggers, by name; nil is none.
    public var triggers: [TriggerDefinition]?
    /// `ENABLE` / `FORCE ROW LEVEL SECURITY`; nil is neither.
    public var rowSecurity: RowSecurity?
    /// Row-level security policies, by name; nil is none.
    public var policies: [PolicyDefinition]?
    /// `PARTITION BY ...` and the partitions; nil for a plain table.
    public var partitioning: PartitionScheme?

    public init(
        name: QualifiedName, columns: [ColumnDefinition] = [], primaryKey: PrimaryKeyDefinition? = nil,
        uniques: [UniqueDefinition] = [], checks: [CheckDefinition] = [],
        foreignKeys: [ForeignKeyDefinition] = [], indexes: [IndexDefinition] = [],
        logicalReferences: [LogicalReference] = [], comment: String? = nil
    ) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.uniques = uniques
        self.checks = checks
        self.foreignKeys = foreignKeys
        self.indexes = indexes
        self.logicalReferences = logicalReferences
        self.comment = comment
    }

    public func column(named name: String) -> ColumnDefinition? {
        columns.first { $0.name == name }
    }
}

extension TableDefinition: JSONWritable {
    /// The rarer settings (exclusions, triggers, policies, row security, partitioning) go
    /// through their `Encodable` form.
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("checks", checks)
            try members.write("columns", columns)
            try members.write("comment", comment)
            try members.encode("exclusions", exclusions)
            try members.write("foreignKeys", foreignKeys)
            try members.write("indexes", indexes)
            try members.write("isJunction", isJunction)
            try members.write("logicalReferences", logicalReferences)
            try members.write("name", name)
            try members.encode("partitioning", partitioning)
            try members.encode("policies", policies)
            try members.write("primaryKey", primaryKey)
            try members.encode("rowSecurity", rowSecurity)
            try members.write("storageParameters", storageParameters)
            try members.write("swiftName", swiftName)
            try members.encode("triggers", triggers)
            try members.write("uniques", uniques)
        }
    }
}
