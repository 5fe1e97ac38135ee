/// A column of a table, as the model holds it after resolution.
public struct ColumnDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var type: DataType
    public var isNullable: Bool
    public var defaultValue: DefaultValue?
    public var identity: Identity?
    /// `COLLATE "C"`: the collation of a text column when it is not its type's default.
    public var collation: String?
    /// `SET STORAGE`: how values are stored out of line or compressed, when not the type's way.
    public var storage: ColumnStorage?
    /// `COMPRESSION pglz | lz4`: how large values are compressed; nil is the server's default.
    public var compression: String?
    /// The expression of a `GENERATED ALWAYS AS (...) STORED` column.
    public var generatedExpression: String?
    public var comment: String?
    /// The property name in generated Swift code; nil derives it from `name`.
    public var swiftName: String?
    /// Filled in by the application on insert.
    public var appDefault: AppDefault?
    /// Filled in by the application on every update.
    public var appOnUpdate: AppDefault?
    /// The Swift type a json/jsonb column decodes to (like Drizzle's `$type<T>()`).
    public var jsonSwiftType: String?

    public init(
        name: String, type: DataType, isNullable: Bool = true, defaultValue: DefaultValue? = nil,
        identity: Identity? = nil, collation: String? = nil, generatedExpression: String? = nil, comment: String? = nil,
        swiftName: String? = nil, appDefault: AppDefault? = nil, appOnUpdate: AppDefault? = nil,
        jsonSwiftType: String? = nil
    ) {
        self.name = name
        self.type = type
        self.isNullable = isNullable
        self.defaultValue = defaultValue
        self.identity = identity
        self.collation = collation
        storage = nil
        compression = nil
        self.generatedExpression = generatedExpression
        self.comment = comment
        self.swiftName = swiftName
        self.appDefault = appDefault
        self.appOnUpdate = appOnUpdate
        self.jsonSwiftType = jsonSwiftType
    }
}

/// A column's storage strategy (`ALTER TABLE ... ALTER COLUMN ... SET STORAGE`).
public enum ColumnStorage: String, Hashable, Sendable, Codable {
    /// Inline and uncompressed: fixed-length types.
    case plain = "PLAIN"
    /// Out of line, uncompressed: quick substring reads of large text or bytea.
    case external = "EXTERNAL"
    /// Out of line and compressed: the default of most variable-length types.
    case extended = "EXTENDED"
    /// Compressed, kept inline as long as possible.
    case main = "MAIN"
}

extension DataType {
    /// The storage strategy PostgreSQL gives the type (`typstorage`): what `SET STORAGE`
    /// returns to when a column's own is removed.
    var defaultStorage: ColumnStorage {
        switch storageType {
        case .smallint, .integer, .bigint, .real, .doublePrecision, .boolean, .uuid, .date, .time, .timestamp, .interval, .enumeration, .macaddr:
            .plain
        case .numeric, .inet, .cidr:
            .main
        default:
            .extended
        }
    }
}

extension ColumnDefinition: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("appDefault", appDefault)
            try members.write("appOnUpdate", appOnUpdate)
            try members.write("collation", collation)
            try members.write("comment", comment)
            try members.write("compression", compression)
            try members.write("defaultValue", defaultValue)
            try members.write("generatedExpression", generatedExpression)
            try members.write("identity", identity)
            try members.write("isNullable", isNullable)
            try members.write("jsonSwiftType", jsonSwiftType)
            try members.write("name", name)
            try members.write("storage", storage)
            try members.write("swiftName", swiftName)
            try members.write("type", type)
        }
    }
}

extension ColumnStorage: JSONWritable {}
