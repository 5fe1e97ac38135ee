// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "schemagen",
    platforms: [.macOS(.v13)],
    products: [
        // The DSL, model, validation and SQL rendering. Depends on the Swift toolchain only.
        .library(name: "SchemaGen", targets: ["SchemaGen"]),
        // What the generated code needs: the row protocols, typed columns, filters and relation
        // descriptors, JSONValue and NanoID. Depends on Foundation only.
        .library(name: "SchemaGenRuntime", targets: ["SchemaGenRuntime"]),
        // The `schemagen` command line, for packages that declare their own schemas (with the
        // live-database commands, hence PostgresNIO).
        .library(name: "SchemaGenCLI", targets: ["SchemaGenCLI"]),
        // The live-database side through PostgresNIO: migrations applied, catalogs read, rows of
        // generated structs written and read.
        .library(name: "SchemaGenPostgres", targets: ["SchemaGenPostgres"]),
        // `swift package --allow-writing-to-package-directory schemagen <command>`, for a package
        // whose schemas target has a `SchemaCatalog` and no executable of its own.
        .plugin(name: "SchemaGenPlugin", targets: ["SchemaGenPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        // Already in PostgresNIO's graph; named here for the TLS settings of `sslmode`.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        // `swift package generate-documentation`: the DocC catalogs, built in CI. A plugin only:
        // nothing of it is linked into the products.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .target(name: "SchemaGen"),
        .plugin(
            name: "SchemaGenPlugin",
            capability: .command(
                intent: .custom(verb: "schemagen", description: "Runs a schemagen command on the package's SchemaCatalog"),
                permissions: [.writeToPackageDirectory(reason: "generate writes Generated/ and the migrations")]
            ),
            path: "Sources/SchemaGenPlugin"
        ),
        .target(name: "SchemaGenRuntime"),
        .target(
            name: "SchemaGenCLI",
            dependencies: [
                "SchemaGen", "SchemaGenPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "SchemaGenPostgres",
            dependencies: [
                "SchemaGen", "SchemaGenRuntime",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // Large schemas made from a seed, for the benchmarks and the property tests.
        .target(name: "SyntheticSchemas", dependencies: ["SchemaGen"]),
        // The generated code of the benchmark's table (RowsBenchmarkSchema).
        .target(name: "BenchModels", dependencies: ["SchemaGenRuntime"]),
        // `swift run -c release schemagen-bench`: the figures of BENCHMARKS.md.
        .executableTarget(
            name: "schemagen-bench",
            dependencies: [
                "SchemaGen", "SchemaGenPostgres", "SchemaGenRuntime", "SyntheticSchemas", "BenchModels",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // The five reference systems, declared in the DSL.
        .target(name: "ReferenceSchemas", dependencies: ["SchemaGen"], path: "Schemas"),
        // The Swift code generated for each reference system: one module each, on the runtime only.
        .target(name: "DirectoryTemplateModels", dependencies: ["SchemaGenRuntime"], path: "Generated/directory_template/Swift"),
        .target(name: "SaasStarterModels", dependencies: ["SchemaGenRuntime"], path: "Generated/saas_starter/Swift"),
        .target(name: "ConcordiaModels", dependencies: ["SchemaGenRuntime"], path: "Generated/concordia/Swift"),
        .target(name: "TanstackBlogModels", dependencies: ["SchemaGenRuntime"], path: "Generated/tanstack_blog/Swift"),
        .target(name: "MultitenantSaasModels", dependencies: ["SchemaGenRuntime"], path: "Generated/multitenant_saas/Swift"),
        // The generated code of a table with a column of every type, for the tests (EveryTypeSchema).
        .target(name: "EveryTypeModels", dependencies: ["SchemaGenRuntime"], path: "Tests/Fixtures/EveryTypeModels"),
        // `swift run schemagen` on the reference systems. Not a product: a service that depends
        // on this package builds its own small executable instead (see README).
        .executableTarget(name: "schemagen", dependencies: ["SchemaGenCLI", "ReferenceSchemas"]),
        .testTarget(
            name: "SchemaGenTests",
            dependencies: [
                "SchemaGen", "SchemaGenCLI", "SchemaGenPostgres", "SchemaGenRuntime", "ReferenceSchemas", "SyntheticSchemas", "schemagen",
                "DirectoryTemplateModels", "SaasStarterModels", "ConcordiaModels", "TanstackBlogModels", "MultitenantSaasModels",
                "EveryTypeModels",
            ],
            exclude: ["__Snapshots__", "__Corpus__"]
        ),
    ]
)
