import Foundation
import SchemaGen
import SyntheticSchemas

/// How long the Swift compiler takes on a declaration: the synthetic schema written in the DSL
/// (as `schemagen pull` writes it) into a package that depends on SchemaGen, built in debug as a
/// developer builds it, with the type checker's slow-expression warnings on.
enum CompileBenchmark {
    static func run(sizes: [Int], repository: URL) throws -> [Figure] {
        let folder = FileManager.default.temporaryDirectory.appending(path: "schemagen-compile-bench")
        let sources = folder.appending(path: "Sources/Declaration")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data(manifest(repository: repository).utf8).write(to: folder.appending(path: "Package.swift"))
        // Build SchemaGen once, so the timed builds compile the declaration only.
        try Data("import SchemaGen\n".utf8).write(to: sources.appending(path: "Declaration.swift"))
        _ = try build(folder)
        var figures: [Figure] = []
        var perTable: [Double] = []
        for size in sizes {
            let model = SyntheticSchema.declaration(tables: size).resolve().definition
            let source = DeclarationRenderer(typeName: "Synthetic").render(model)
            try Data(source.utf8).write(to: sources.appending(path: "Declaration.swift"))
            let (seconds, output) = try build(folder)
            // The type checker's own warnings: "expression took 120ms to type-check", "... took 130ms to type-check".
            let slowLines = output.split(separator: "\n").filter { $0.contains("warning:") && $0.contains("to type-check") }
            for line in slowLines { print("    \(line)") }
            let slow = slowLines.count
            let lines = source.split(separator: "\n").count
            perTable.append(seconds / Double(size))
            figures.append(Figure(name: "\(size.formatted())-table declaration (\(lines.formatted()) lines): swift build", value: seconds, unit: "s", target: size == 1_000 ? 60 : nil))
            figures.append(Figure(name: "\(size.formatted())-table declaration: expressions over 100 ms", value: Double(slow), unit: "warnings", target: 1))
        }
        if perTable.count >= 2 {
            figures.append(Figure(name: "compile time per table, largest over smallest size", value: perTable.last! / perTable.first!, unit: "x"))
        }
        return figures
    }

    private static func manifest(repository: URL) -> String {
        """
        // swift-tools-version: 6.1
        import PackageDescription

        let package = Package(
            name: "compile-bench",
            dependencies: [.package(path: "\(repository.path)")],
            targets: [
                .target(
                    name: "Declaration",
                    dependencies: [.product(name: "SchemaGen", package: "\(repository.lastPathComponent.lowercased())")],
                    swiftSettings: [.unsafeFlags(["-Xfrontend", "-warn-long-expression-type-checking=100", "-Xfrontend", "-warn-long-function-bodies=100"])]
                ),
            ]
        )
        """
    }

    /// Seconds `swift build` took, and what it printed.
    private static func build(_ folder: URL) throws -> (Double, String) {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--package-path", folder.path, "--target", "Declaration"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let elapsed = clock.now - start
        guard process.terminationStatus == 0 else { throw BenchmarkError("swift build failed:\n\(output.suffix(2000))") }
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, output)
    }
}
