import Foundation
import SchemaGen

/// Type-checks generated Swift with the toolchain's `swiftc`, as the module a service would
/// build: every file of one schema together, with Foundation and the `SchemaGenRuntime` this
/// test run built. `-wmo` checks them in one compiler job, which loads Foundation once, not
/// once per file.
enum SwiftTypecheck {
    /// The compiler's errors, or nil when the files type-check.
    static func errors(in files: [GeneratedFile], module: String) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appending(path: "schemagen-typecheck-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (number, file) in files.enumerated() where file.path.hasSuffix(".swift") {
            // File names come from table names; number them so any name can be written.
            let path = folder.appending(path: "\(number).swift").path
            try Data(file.contents.utf8).write(to: URL(filePath: path))
            paths.append(path)
        }
        let result = try Shell.run(compiler, ["-typecheck", "-wmo", "-parse-as-library", "-module-name", module, "-swift-version", "6", "-I", modules] + paths, check: false)
        return result.status == 0 ? nil : result.error + result.output
    }

    /// The folder of the modules this build made (`.build/debug/Modules`), beside the test bundle.
    static let modules = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "Modules").path

    /// The `swiftc` beside the `swift` that runs the tests, else the one on the PATH.
    static let compiler: String = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "/usr/bin/swiftc"
    }()

    /// The Swift module of a declaration, type-checked; nil when it compiles. The types its
    /// `jsonType(...)`s name are the service's own: each gets an empty Codable stand-in.
    static func errors(of schema: Schema) throws -> String? {
        let model = schema.resolve().definition
        var files = SwiftCodeGenerator().files(for: model, graph: RelationGraph(schema: model))
        let known: Set<String> = ["String", "Int", "Int32", "Int64", "Double", "Bool", "Date", "UUID", "Decimal", "JSONValue", "Array", "Dictionary", "Optional"]
        let named = Set(model.tables.flatMap(\.columns).compactMap(\.jsonSwiftType).flatMap { type in
            type.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }.map { String($0.prefix { $0 != "." }) }
        }).subtracting(known)
        if !named.isEmpty {
            let stubs = named.sorted().map { "public struct \($0): Codable, Hashable, Sendable {}\n" }.joined()
            files.append(GeneratedFile(path: "JSONTypes.swift", contents: stubs))
        }
        return try errors(in: files, module: SwiftCodeGenerator.moduleName(of: schema.name))
    }
}
