import Foundation
import PackagePlugin

/// The type conforming to `SchemaCatalog` that the plugin builds a generator for, and the
/// target declaring it.
struct Catalog {
    let target: SwiftSourceModuleTarget
    let typeName: String

    /// The one catalog of `package` (the one named `requested`, when given). Its target must
    /// depend on the `SchemaGen` product only, since the generator is built from its folder alone.
    static func find(in package: Package, named requested: String?) throws -> Catalog {
        var found: [Catalog] = []
        for target in package.targets.compactMap({ $0 as? SwiftSourceModuleTarget }) where target.dependencies.contains(where: isSchemaGen) {
            for file in target.sourceFiles(withSuffix: "swift") {
                let source = try String(contentsOf: file.url, encoding: .utf8)
                found += try conformances(in: source).map { Catalog(target: target, typeName: $0) }
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
        let others = catalog.target.dependencies.filter { !isSchemaGen($0) }
        guard others.isEmpty else {
            throw PluginFailure("\(catalog.target.name) depends on more than SchemaGen, so the plugin cannot build it alone; "
                + "give the package a small executable that calls SchemaGenCommand.main instead (see the README)")
        }
        return catalog
    }

    private static func isSchemaGen(_ dependency: TargetDependency) -> Bool {
        if case .product(let product) = dependency { return product.name == "SchemaGen" }
        return false
    }

    /// The types `source` declares or extends with `SchemaCatalog` among their conformances:
    /// `public enum BillingCatalog: SchemaCatalog {` gives `BillingCatalog`.
    static func conformances(in source: String) throws -> [String] {
        let declaration = try Regex(#"\b(?:enum|struct|class|extension)\s+([A-Za-z_][A-Za-z0-9_.]*)\s*:([^{]*)\{"#)
        return source.matches(of: declaration).compactMap { match -> String? in
            guard let name = match.output[1].substring, let inherited = match.output[2].substring else { return nil }
            let conformances = inherited.split(whereSeparator: { $0 == "," || $0.isWhitespace || $0 == "&" })
            return conformances.contains("SchemaCatalog") || conformances.contains("SchemaGen.SchemaCatalog") ? String(name) : nil
        }
    }
}
