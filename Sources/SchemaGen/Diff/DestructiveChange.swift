/// A change that can destroy data or fail on data a table may hold. Generation refuses it
/// unless the declaration allows it (`Allow(.dropColumn("users", "nickname"))`) or the
/// command is given `--allow-destructive`.
public enum DestructiveChange: Hashable, Sendable, CustomStringConvertible {
    case dropTable(QualifiedName)
    case dropColumn(QualifiedName, String)
    /// A type change that can lose data or fail: shorter text, smaller numbers, another type.
    case narrowType(QualifiedName, String)
    case removeEnumValue(QualifiedName, String)
    /// A new NOT NULL column with no default, on a table that may already hold rows.
    case addRequiredColumn(QualifiedName, String)
    /// NOT NULL on an existing column, which fails if a row holds NULL.
    case setNotNull(QualifiedName, String)

    public var description: String {
        switch self {
        case .dropTable(let table): "drop table \"\(table)\""
        case .dropColumn(let table, let column): "drop column \"\(table)\".\"\(column)\""
        case .narrowType(let table, let column): "change the type of \"\(table)\".\"\(column)\""
        case .removeEnumValue(let type, let value): "remove value '\(value)' from enum \"\(type)\""
        case .addRequiredColumn(let table, let column): "add NOT NULL column \"\(table)\".\"\(column)\" without a default"
        case .setNotNull(let table, let column): "make \"\(table)\".\"\(column)\" NOT NULL"
        }
    }

    /// Why it is dangerous, for the refusal message.
    public var danger: String {
        switch self {
        case .dropTable: "every row of the table is deleted"
        case .dropColumn: "the column's data is deleted"
        case .narrowType: "values that do not fit the new type are rounded, or the migration fails"
        case .removeEnumValue: "rows holding the value make the migration fail"
        case .addRequiredColumn: "the migration fails if the table has rows"
        case .setNotNull: "the migration fails if a row holds NULL"
        }
    }

    /// How to allow it in the declaration: `Allow(.dropColumn("users", "nickname"))`.
    public var allowance: String {
        let (kind, object, member): (String, QualifiedName, String?) = switch self {
        case .dropTable(let table): ("dropTable", table, nil)
        case .dropColumn(let table, let column): ("dropColumn", table, column)
        case .narrowType(let table, let column): ("narrowType", table, column)
        case .removeEnumValue(let type, let value): ("removeEnumValue", type, value)
        case .addRequiredColumn(let table, let column): ("addRequiredColumn", table, column)
        case .setNotNull(let table, let column): ("setNotNull", table, column)
        }
        let arguments = ["\"\(object.name)\""] + [member.map { "\"\($0)\"" }].compactMap { $0 }
            + (object.schema == QualifiedName.defaultSchema ? [] : ["schema: \"\(object.schema)\""])
        return "Allow(.\(kind)(\(arguments.joined(separator: ", "))))"
    }
}
