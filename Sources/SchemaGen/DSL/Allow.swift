/// Allows one destructive change in the next migration, listed in the ``Schema``. Without it
/// (or `--allow-destructive`) `schemagen generate` refuses the change and says why.
///
/// ```swift
/// Schema("shop") {
///     users
///     Allow(.dropColumn("users", "legacy_id"))
/// }
/// ```
///
/// It may be removed once the migration is written.
public struct Allow: Sendable {
    let change: DestructiveChange

    public init(_ change: DestructiveChange) {
        self.change = change
    }
}

extension DestructiveChange {
    public static func dropTable(_ table: String, schema: String = QualifiedName.defaultSchema) -> DestructiveChange {
        .dropTable(QualifiedName(table, schema: schema))
    }

    public static func dropColumn(_ table: String, _ column: String, schema: String = QualifiedName.defaultSchema) -> DestructiveChange {
        .dropColumn(QualifiedName(table, schema: schema), column)
    }

    public static func narrowType(_ table: String, _ column: String, schema: String = QualifiedName.defaultSchema) -> DestructiveChange {
        .narrowType(QualifiedName(table, schema: schema), column)
    }

    public static func removeEnumValue(_ type: String, _ value: String, schema: String = QualifiedName.defaultSchema) -> DestructiveChange {
        .removeEnumValue(QualifiedName(type, schema: schema), value)
    }

    public static func addRequiredColumn(_ table: String, _ column: String, schema: String = QualifiedName.defaultSchema) -> DestructiveChange {
        .addRequiredColumn(QualifiedName(table, schema: schema), column)
    }

    public static func setNotNull(_ table: String, _ column: String, schema: String = QualifiedName.defaultSchema) -> DestructiveChange {
        .setNotNull(QualifiedName(table, schema: schema), column)
    }
}
