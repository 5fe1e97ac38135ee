import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes generated files all or nothing: every changed file goes to a temporary file beside
/// its target first, and only when all are written are they renamed over their targets.
/// Unchanged files are not touched, so their timestamps stay.
///
/// ```swift
/// try FileWriter(root: URL(filePath: "Generated")).write(generation.files, removing: generation.stale)
/// ```
public struct FileWriter: Sendable {
    public enum Outcome: String, Sendable {
        case created, updated, unchanged
    }

    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// What writing `files` would do, without writing. A file whose size differs from what is
    /// on disk has changed without reading it; one of the same size is compared byte for byte.
    public func plan(_ files: [GeneratedFile]) -> [(file: GeneratedFile, outcome: Outcome)] {
        files.map { file in (file, outcome(of: file)) }
    }

    private func outcome(of file: GeneratedFile) -> Outcome {
        let path = root.appending(path: file.path).path
        var status = stat()
        guard stat(path, &status) == 0 else { return .created }
        var contents = file.contents
        return contents.withUTF8 { bytes in
            guard Int(status.st_size) == bytes.count else { return .updated }
            return Self.holds(path, bytes) ? .unchanged : .updated
        }
    }

    /// Whether the file at `path` holds exactly `bytes`, read in one buffer and compared with `memcmp`.
    private static func holds(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let existing = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 1)
        defer { existing.deallocate() }
        var offset = 0
        // One byte more than expected: a file that grew since `stat` is not equal.
        while offset <= bytes.count {
            let count = read(descriptor, existing.baseAddress! + offset, bytes.count + 1 - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
        guard offset == bytes.count else { return false }
        return bytes.isEmpty || memcmp(existing.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }

    /// Writes the files that differ from what is on disk and says what happened to each; then
    /// deletes the files at `removing` (paths relative to the root), once every write is in place.
    ///
    /// Every changed file is written under a temporary name in its folder, then each is renamed
    /// over its target, and each folder that received one is flushed once (`fsync`), so the
    /// renames last. There is no `fsync` per file, which cost a quarter of a large generation:
    /// file systems that journal in order (ext4's default, APFS) put a file's data on disk before
    /// the rename that names it.
    @discardableResult
    public func write(_ files: [GeneratedFile], removing: [String] = []) throws -> [(file: GeneratedFile, outcome: Outcome)] {
        if let outside = (files.map(\.path) + removing).first(where: { !Self.staysInside($0) }) { throw PathOutsideRoot(path: outside) }
        let planned = plan(files)
        let manager = FileManager.default
        var staged: [(temporary: String, target: String)] = []
        var folders: [String] = []
        do {
            var created: Set<String> = []
            let token = UInt64.random(in: 0...UInt64.max)
            for (file, outcome) in planned where outcome != .unchanged {
                let target = root.appending(path: file.path)
                let folder = target.deletingLastPathComponent().path
                if created.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    folders.append(folder)
                }
                let temporary = "\(folder)/.\(target.lastPathComponent).\(String(token, radix: 36)).tmp"
                try Self.writeNew(file.contents, to: temporary)
                staged.append((temporary, target.path))
            }
        } catch {
            for (temporary, _) in staged { unlink(temporary) }
            throw error
        }
        for (temporary, target) in staged where rename(temporary, target) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
        }
        for folder in folders { Self.flush(folder) }
        for path in removing where manager.fileExists(atPath: root.appending(path: path).path) {
            try manager.removeItem(at: root.appending(path: path))
        }
        return planned
    }

    /// Creates `path`, which must not exist, with `contents`; no `fsync` (see ``write(_:removing:)``).
    private static func writeNew(_ contents: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.error(path) }
        defer { close(descriptor) }
        var contents = contents
        try contents.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.error(path)
                }
                offset += written
            }
        }
    }

    /// Makes the renames into `folder` last.
    private static func flush(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func error(_ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
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

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
