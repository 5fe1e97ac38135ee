extension DataType {
    /// A column typed by a declared enum: `Column("role", .enum(systemRole))`.
    public static func `enum`(_ type: Enum) -> DataType {
        .enumeration(type.qualifiedName)
    }
}
