import Foundation

/// One file the generator emits, with its path relative to the output folder.
public struct GeneratedFile: Hashable, Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// Where a renderer hands its files, each as soon as it is rendered, from several threads at
    /// once: a ``FileWriter/Staging`` writes them, ``collecting(_:)`` keeps them.
    public typealias Sink = @Sendable (GeneratedFile) throws -> Void

    /// Runs `render` with a sink that keeps every file: what `render` returns, and the files in
    /// path order.
    ///
    /// ```swift
    /// let files = GeneratedFile.collecting { sink in try SwiftCodeGenerator().render(schema, graph: graph, into: sink) }.files
    /// ```
    public static func collecting<Result>(_ render: (@escaping Sink) throws -> Result) rethrows -> (result: Result, files: [GeneratedFile]) {
        let collected = Locked([GeneratedFile]())
        let result = try render { file in collected.withLock { $0.append(file) } }
        return (result, collected.withLock { $0.sorted { $0.path < $1.path } })
    }
}
