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

    /// The hints of the reverse migration: every rename undone. Invert the
    /// ``applicable(from:to:)`` hints: a table hint left from an earlier migration would
    /// otherwise file the column hints under a table that does not exist.
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

    /// The hints that describe a rename between `from` and `to`: the former name exists only in
    /// `from` and the new one only in `to`. A hint left in a declaration after its migration was
    /// written, or inverted for a reverse migration that does not undo it, is dropped here.
    public func applicable(from: SchemaDefinition, to: SchemaDefinition) -> RenameHints {
        var result = RenameHints()
        for (new, old) in tables
        where from.table(named: old) != nil && from.table(named: new) == nil && to.table(named: new) != nil && to.table(named: old) == nil {
            result.tables[new] = old
        }
        for (table, renames) in columns {
            guard let before = from.table(named: result.tables[table] ?? table), let after = to.table(named: table) else { continue }
            // A new name may still be taken in `from`, and a former one again in `to`, when
            // another rename of the table moves that column (a swap `a` ↔ `b`, a chain).
            let candidates = renames.filter { new, old in before.column(named: old) != nil && after.column(named: new) != nil }
            let movedAway = Set(candidates.values)
            let movedInto = Set(candidates.keys)
            for (new, old) in candidates
            where (before.column(named: new) == nil || movedAway.contains(new)) && (after.column(named: old) == nil || movedInto.contains(old)) {
                result.columns[table, default: [:]][new] = old
            }
        }
        for (type, renames) in enumValues {
            guard let before = from.enumType(named: type), let after = to.enumType(named: type) else { continue }
            for (new, old) in renames
            where before.values.contains(old) && !before.values.contains(new) && after.values.contains(new) && !after.values.contains(old) {
                result.enumValues[type, default: [:]][new] = old
            }
        }
        return result
    }
}
