import SchemaGen

/// The schemas the `schemagen` command plugin runs on: `swift package
/// --allow-writing-to-package-directory schemagen generate`.
public enum BillingCatalog: SchemaCatalog {
    public static let schemas = [Billing.schema]
}
