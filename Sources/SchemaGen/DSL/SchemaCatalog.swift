/// The schemas of a package, for the `schemagen` command plugin. A package that declares its
/// schemas in a target and wants no executable of its own conforms one type of that target:
///
/// ```swift
/// import SchemaGen
///
/// public enum BillingCatalog: SchemaCatalog {
///     public static let schemas = [Billing.schema]
/// }
/// ```
///
/// Then `swift package --allow-writing-to-package-directory schemagen generate` builds a
/// generator from that target and runs it in the package's folder.
public protocol SchemaCatalog {
    static var schemas: [Schema] { get }
}
