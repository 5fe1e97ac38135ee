import SchemaGen
import SchemaGenPostgres

/// The schemas and seeds the `schemagen` command plugin runs on: `swift package
/// --allow-writing-to-package-directory schemagen generate`.
public enum BillingCatalog: SeedCatalog {
    public static let schemas = [Billing.schema]
    public static let seeds: [Seed] = [
        .sql("house_customer", schema: "billing", "INSERT INTO billing.customers (email) VALUES ('house@example.com') ON CONFLICT (email) DO NOTHING;"),
    ]
}
