import Foundation
import PackagePlugin

/// The generator package the plugin writes in its work folder: the catalog's target, built from
/// the target's own folder (a symbolic link) with the schemagen products it uses, and an
/// executable that runs `schemagen` on it (with its seeds, for a `SeedCatalog`).
///
/// ```swift
/// import BillingSchemas
/// import SchemaGenCLI
///
/// await SchemaGenCommand.main(schemas: BillingCatalog.schemas)
/// ```
enum Runner {
    static let product = "schemagen-runner"

    /// Writes the package to `folder`, leaving files that are already as they should be alone,
    /// so that a second run rebuilds nothing.
    static func write(catalog: Catalog, schemagen: Package, to folder: URL) throws {
        let files = FileManager.default
        try files.createDirectory(at: folder.appending(path: "Runner"), withIntermediateDirectories: true)
        // A path dependency's identity is its folder's name, lowercased.
        let identity = schemagen.directoryURL.lastPathComponent.lowercased()
        let target = catalog.target
        let products = catalog.productDependencies.map { ".product(name: \(literal($0)), package: \(literal(identity)))" }.joined(separator: ", ")
        try update(folder.appending(path: "Package.swift"), """
            // swift-tools-version: 6.1
            // Written by the schemagen plugin: \(target.name), and a generator for its schemas.
            import PackageDescription

            let package = Package(
                name: "schemagen-runner",
                dependencies: [.package(path: \(literal(schemagen.directoryURL.path)))],
                targets: [
                    .target(name: \(literal(target.name)), dependencies: [\(products)], path: "Schemas"),
                    .executableTarget(name: \(literal(product)), dependencies: [
                        \(literal(target.name)), .product(name: "SchemaGenCLI", package: \(literal(identity))),
                    ], path: "Runner"),
                ]
            )

            """)
        try update(folder.appending(path: "Runner/main.swift"), """
            import \(target.moduleName)
            import SchemaGenCLI

            await SchemaGenCommand.main(schemas: \(catalog.typeName).schemas\(catalog.hasSeeds ? ", seeds: \(catalog.typeName).seeds" : ""))

            """)
        let link = folder.appending(path: "Schemas")
        if (try? files.destinationOfSymbolicLink(atPath: link.path)) != target.directoryURL.path {
            try? files.removeItem(at: link)
            try files.createSymbolicLink(at: link, withDestinationURL: target.directoryURL)
        }
    }

    private static func update(_ file: URL, _ contents: String) throws {
        guard (try? String(contentsOf: file, encoding: .utf8)) != contents else { return }
        try Data(contents.utf8).write(to: file, options: .atomic)
    }

    /// `text` as a Swift string literal.
    private static func literal(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
