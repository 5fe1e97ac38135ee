/// What the declaration says was renamed, so that the differ never guesses: a table's former
/// name, a column's former name, an enum value's former label.
public struct RenameHints: Hashable, Sendable {
    /// New table name → former table name.
    public var tables: [QualifiedName: QualifiedName] = [:]
    /// Table (by its new name) → new column name → former column name.
    public var columns: [QualifiedName: [String: String]] = [:]
    /// Enum → new label → former label.
    public var enumValues: [QualifiedName: [String: String]] = [:]

    public init() {}

    /// The hints of the reverse migration: every rename undone.
    public var inverted: RenameHints {
        var result = RenameHints()
        for (new, old) in tables { result.tables[old] = new }
        for (table, renames) in columns {
            let oldTable = tables[table] ?? table
            result.columns[oldTable] = Dictionary(uniqueKeysWithValues: renames.map { ($1, $0) })
        }
        for (type, renames) in enumValues {
            result.enumValues[type] = Dictionary(uniqueKeysWithValues: renames.map { ($1, $0) })
        }
        return result
    }
}
