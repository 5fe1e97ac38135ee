import Foundation

/// Writes generated files all or nothing: every changed file goes to a temporary file beside
/// its target first, and only when all are written are they renamed over their targets.
/// Unchanged files are not touched, so their timestamps stay.
public struct FileWriter: Sendable {
    public enum Outcome: String, Sendable {
        case created, updated, unchanged
    }

    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// What writing `files` would do, without writing.
    public func plan(_ files: [GeneratedFile]) -> [(file: GeneratedFile, outcome: Outcome)] {
        files.map { file in
            let url = root.appending(path: file.path)
            guard let existing = try? Data(contentsOf: url) else { return (file, .created) }
            return (file, existing == Data(file.contents.utf8) ? .unchanged : .updated)
        }
    }

    /// Writes the files that differ from what is on disk and says what happened to each; then
    /// deletes the files at `removing` (paths relative to the root), once every write is in place.
    @discardableResult
    public func write(_ files: [GeneratedFile], removing: [String] = []) throws -> [(file: GeneratedFile, outcome: Outcome)] {
        if let outside = (files.map(\.path) + removing).first(where: { !Self.staysInside($0) }) { throw PathOutsideRoot(path: outside) }
        let planned = plan(files)
        let manager = FileManager.default
        var staged: [(temporary: URL, target: URL)] = []
        do {
            for (file, outcome) in planned where outcome != .unchanged {
                let target = root.appending(path: file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = target.deletingLastPathComponent()
                    .appending(path: ".\(target.lastPathComponent).\(UUID().uuidString).tmp")
                try Data(file.contents.utf8).write(to: temporary)
                staged.append((temporary, target))
            }
        } catch {
            for (temporary, _) in staged { try? manager.removeItem(at: temporary) }
            throw error
        }
        for (temporary, target) in staged {
            if rename(temporary.path, target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
        }
        for path in removing where manager.fileExists(atPath: root.appending(path: path).path) {
            try manager.removeItem(at: root.appending(path: path))
        }
        return planned
    }

    /// A file that would land outside the output folder: an absolute path, an empty one, or one
    /// with `..` or empty components. Refused before anything is written.
    public struct PathOutsideRoot: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "refusing to write \"\(path)\": it is not a path inside the output folder" }
    }

    static func staysInside(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\u{0}") }
    }
}
