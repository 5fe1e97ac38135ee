import Foundation
import PackagePlugin

/// The type conforming to `SchemaCatalog` (or `SeedCatalog`, which adds seeds) that the plugin
/// builds a generator for, and the target declaring it.
struct Catalog {
    let target: SwiftSourceModuleTarget
    let typeName: String
    /// Whether it is a `SeedCatalog`.
    let hasSeeds: Bool

    /// The products of schemagen a catalog's target may depend on: the generator is built from
    /// the target's folder alone, with these.
    static let products: Set<String> = ["SchemaGen", "SchemaGenPostgres", "SchemaGenRuntime"]

    /// The one catalog of `package` (the one named `requested`, when given).
    static func find(in package: Package, named requested: String?) throws -> Catalog {
        var found: [Catalog] = []
        for target in package.targets.compactMap({ $0 as? SwiftSourceModuleTarget }) where target.dependencies.contains(where: isSchemaGen) {
            for file in target.sourceFiles(withSuffix: "swift") {
                let source = try String(contentsOf: file.url, encoding: .utf8)
                found += try conformances(in: source).map { Catalog(target: target, typeName: $0.type, hasSeeds: $0.seeds) }
            }
        }
        if let requested { found = found.filter { $0.typeName == requested } }
        guard let catalog = found.first, found.count == 1 else {
            if found.isEmpty {
                throw PluginFailure((requested.map { "no type \($0) conforms to SchemaCatalog" } ?? "no type conforms to SchemaCatalog")
                    + " in a target that depends on SchemaGen; declare one: `public enum Catalog: SchemaCatalog { public static let schemas = [...] }`")
            }
            let names = found.map { "\($0.target.name).\($0.typeName)" }.joined(separator: ", ")
            throw PluginFailure("several catalogs: \(names); pick one with --catalog <type>")
        }
        guard catalog.productDependencies.count == catalog.target.dependencies.count else {
            throw PluginFailure("\(catalog.target.name) depends on more than \(products.sorted().joined(separator: ", ")), so the plugin cannot build it "
                + "alone; give the package a small executable that calls SchemaGenCommand.main instead (see the README)")
        }
        return catalog
    }

    /// The schemagen products the target depends on.
    var productDependencies: [String] {
        target.dependencies.compactMap { dependency in
            if case .product(let product) = dependency, Self.products.contains(product.name) { return product.name }
            return nil
        }
    }

    private static func isSchemaGen(_ dependency: TargetDependency) -> Bool {
        if case .product(let product) = dependency { return product.name == "SchemaGen" }
        return false
    }

    /// The types `source` declares or extends with `SchemaCatalog` or `SeedCatalog` among their
    /// conformances: `public enum BillingCatalog: SchemaCatalog {` gives `BillingCatalog`.
    static func conformances(in source: String) throws -> [(type: String, seeds: Bool)] {
        let declaration = try Regex(#"\b(?:enum|struct|class|extension)\s+([A-Za-z_][A-Za-z0-9_.]*)\s*:([^{]*)\{"#)
        return source.matches(of: declaration).compactMap { match -> (String, Bool)? in
            guard let name = match.output[1].substring, let inherited = match.output[2].substring else { return nil }
            let conformances = Set(inherited.split(whereSeparator: { $0 == "," || $0.isWhitespace || $0 == "&" }).map { $0.split(separator: ".").last.map(String.init) ?? "" })
            if conformances.contains("SeedCatalog") { return (String(name), true) }
            return conformances.contains("SchemaCatalog") ? (String(name), false) : nil
        }
    }
}
