import SchemaGen

/// A `SchemaCatalog` that also names the seeds `schemagen seed` runs, for the command plugin.
/// Its target depends on `SchemaGenPostgres` as well as `SchemaGen`:
///
/// ```swift
/// public enum BillingCatalog: SeedCatalog {
///     public static let schemas = [Billing.schema]
///     public static let seeds: [Seed] = [.sql("house_customer", schema: "billing", "INSERT INTO ...")]
/// }
/// ```
public protocol SeedCatalog: SchemaCatalog {
    static var seeds: [Seed] { get }
}
