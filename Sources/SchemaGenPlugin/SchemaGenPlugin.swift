import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory schemagen <command> [arguments]`: the
/// `schemagen` commands for a package that declares its schemas in a target but has no
/// executable of its own.
///
/// The plugin finds the type that conforms to `SchemaCatalog` in a target depending on the
/// `SchemaGen` product, writes a small generator package beside the build (that target, built
/// from its own folder, and a `main.swift` calling `SchemaGenCommand.main`), builds it, and
/// runs the command in the package's folder. Its own options come before the command:
/// - `--catalog <type>` picks one catalog when the package has several;
/// - `--runner-scratch-path <path>` builds the generator there (a CI cache, or `.build`, where the
///   package's own build has compiled the dependencies), instead of the plugin's work folder.
@main
struct SchemaGenPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let requested = extractor.extractOption(named: "catalog").last
        let scratch = extractor.extractOption(named: "runner-scratch-path").last.map { URL(filePath: $0, relativeTo: context.package.directoryURL) }
        let command = extractor.remainingArguments

        guard let schemagen = Self.schemagenPackage(among: context.package.dependencies) else {
            throw PluginFailure("the package does not depend on schemagen (a package with the SchemaGenCLI product)")
        }
        let catalog = try Catalog.find(in: context.package, named: requested)
        let runner = context.pluginWorkDirectoryURL.appending(path: "runner")
        try Runner.write(catalog: catalog, schemagen: schemagen, to: runner)

        let swift = (try? context.tool(named: "swift").url) ?? URL(filePath: "/usr/bin/env")
        let prefix = swift.path == "/usr/bin/env" ? ["swift"] : []   // then found on the PATH
        let buildPath = scratch ?? runner.appending(path: ".build")
        // SwiftPM prints what a plugin writes with the command's output, so the build's log is
        // kept back, and shown only when the build fails.
        let build = Process()
        build.executableURL = swift
        build.arguments = prefix + ["build", "--package-path", runner.path, "--scratch-path", buildPath.path, "--product", Runner.product]
            + (Self.isRunningBuild(buildPath, workFolder: context.pluginWorkDirectoryURL) ? ["--ignore-lock"] : [])
        build.currentDirectoryURL = runner
        let log = Pipe()
        build.standardOutput = log
        build.standardError = log
        try build.run()
        let text = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        build.waitUntilExit()
        guard build.terminationStatus == 0 else {
            let tail = text.split(separator: "\n").suffix(40).joined(separator: "\n")
            throw PluginFailure("building the generator of \(catalog.target.name) failed (status \(build.terminationStatus)):\n\(tail)")
        }

        let generator = Process()
        generator.executableURL = buildPath.appending(path: "debug/\(Runner.product)")
        generator.arguments = command
        generator.currentDirectoryURL = context.package.directoryURL
        try generator.run()
        generator.waitUntilExit()
        guard generator.terminationStatus == 0 else {
            throw PluginFailure("schemagen \(command.first ?? "") exited with status \(generator.terminationStatus)")
        }
    }

    /// Whether `folder` is the build folder of the `swift package` running the plugin: the
    /// plugin's work folder lies inside it. That process holds the folder's lock until the plugin
    /// returns, and builds nothing meanwhile, so a build there must not wait for the lock.
    static func isRunningBuild(_ folder: URL, workFolder: URL) -> Bool {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let work = workFolder.standardizedFileURL.resolvingSymlinksInPath().path
        return work.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The package that vends `SchemaGenCLI`, among `dependencies` and theirs.
    static func schemagenPackage(among dependencies: [PackageDependency]) -> Package? {
        for dependency in dependencies {
            if dependency.package.products.contains(where: { $0.name == "SchemaGenCLI" }) { return dependency.package }
            if let found = schemagenPackage(among: dependency.package.dependencies) { return found }
        }
        return nil
    }
}

/// A failure the plugin reports and exits on.
struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
