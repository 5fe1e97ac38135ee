import SchemaGen

public enum Billing {
    static let customers = Table("customers", schema: "billing") {
        Column("id", .uuid).primaryKey().defaultRandomUUID()
        Column("email", .text).notNull().unique()
    }

    static let invoices = Table("invoices", schema: "billing") {
        Column("id", .bigint).primaryKey().identity()
        Column("customer_id", .uuid).notNull().references(customers.id, onDelete: .cascade)
        Column("total", .numeric(precision: 12, scale: 2)).notNull().default(0)
    }

    public static let schema = Schema("billing") {
        customers
        invoices
    }
}
