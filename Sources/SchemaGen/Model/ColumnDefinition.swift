/// A column of a table, as the model holds it after resolution.
public struct ColumnDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var type: DataType
    public var isNullable: Bool
    public var defaultValue: DefaultValue?
    public var identity: Identity?
    /// `COLLATE "C"`: the collation of a text column when it is not its type's default.
    public var collation: String?
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
        self.generatedExpression = generatedExpression
        self.comment = comment
        self.swiftName = swiftName
        self.appDefault = appDefault
        self.appOnUpdate = appOnUpdate
        self.jsonSwiftType = jsonSwiftType
    }
}
