import Foundation

/// Runs the built `schemagen` executable, which sits beside the test bundle in the build folder.
enum SchemaGenBinary {
    static let url: URL = {
        let tests = URL(filePath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = tests.deletingLastPathComponent()
        // The bundle may be a folder (`.xctest`) or a plain executable next to `schemagen`.
        while !FileManager.default.isExecutableFile(atPath: folder.appending(path: "schemagen").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appending(path: "schemagen")
    }()

    @discardableResult
    static func run(_ arguments: String...) throws -> Shell.Result {
        try Shell.run(url.path, arguments, check: false)
    }
}
