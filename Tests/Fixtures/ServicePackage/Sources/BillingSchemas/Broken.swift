import SchemaGen

/// A schema with two mistakes, so the test can check how they are reported.
public enum Broken {
    static let accounts = Table("accounts") {
        Column("id", .integer).primaryKey()
    }

    public static let schema = Schema("broken") {
        accounts
        Table("sessions") {
            Column("account_id", .integer).notNull().references(accounts.id, onDelete: .setNull)
            Column("account_ref", .integer).references(accounts.identifier)
        }
    }
}
