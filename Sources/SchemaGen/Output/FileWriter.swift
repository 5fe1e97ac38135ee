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
/// try FileWriter(root: URL(filePath: "Generated")).write(files, removing: stale)
/// ```
///
/// Files rendered one at a time go through a ``Staging``, which writes each as it comes, so that
/// its text need not be kept until the last one is rendered.
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
        files.map { file in (file, outcome(of: file)) }
    }

    /// What writing `file` would do, without writing. A file whose size differs from what is on
    /// disk has changed without reading it; one of the same size is compared byte for byte.
    public func outcome(of file: GeneratedFile) -> Outcome {
        let path = root.appending(path: file.path).path
        guard access(path, F_OK) == 0 else { return .created }
        return Self.holds(path, file.contents) ? .unchanged : .updated
    }

    /// Whether the file at `path` holds exactly the bytes of `text`: its size first, then its
    /// contents, read in pieces of 256 KiB and compared with `memcmp`, so that a large file is
    /// never held whole.
    static func holds(_ path: String, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
            let piece = 1 << 18
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 1)
            defer { buffer.deallocate() }
            var offset = 0
            while true {
                let count = read(descriptor, buffer.baseAddress!, piece)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return count == 0 && offset == bytes.count }
                // A file that grew since `fstat` is not equal.
                guard offset + count <= bytes.count, memcmp(buffer.baseAddress!, bytes.baseAddress! + offset, count) == 0 else { return false }
                offset += count
            }
        }
    }

    /// Writes the files that differ from what is on disk and says what happened to each, in path
    /// order; then deletes the files at `removing` (paths relative to the root), once every write
    /// is in place. See ``Staging`` for how.
    @discardableResult
    public func write(_ files: [GeneratedFile], removing: [String] = []) throws -> [(path: String, outcome: Outcome)] {
        let staging = staging()
        for file in files { try staging.add(file) }
        return try staging.commit(removing: removing)
    }

    /// A write that files are added to one at a time, then committed.
    public func staging() -> Staging {
        Staging(writer: self)
    }

    /// A write in progress. Each file added that differs from what is on disk is written at once
    /// under a temporary name in its folder, so that its text can be let go; ``commit(removing:)``
    /// renames them all over their targets, then flushes each folder that received one (`fsync`),
    /// so that the renames last. A staging let go without a commit removes its temporary files:
    /// nothing was written. Files may be added from several threads at once.
    ///
    /// There is no `fsync` per file, which cost a quarter of a large generation: file systems that
    /// journal in order (ext4's default, APFS) put a file's data on disk before the rename that
    /// names it.
    ///
    /// ```swift
    /// let staging = FileWriter(root: root).staging()
    /// let generation = try validated.generation(in: root) { file in try staging.add(file) }
    /// let outcomes = try staging.commit(removing: generation.stale)
    /// ```
    public final class Staging: Sendable {
        private struct State {
            var outcomes: [(path: String, outcome: Outcome)] = []
            var staged: [(temporary: String, target: String)] = []
            var folders: Set<String> = []
            /// The folders this staging made, parents first: removed with an uncommitted staging.
            var made: [String] = []
            var committed = false
        }

        private let writer: FileWriter
        private let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        private let state = Locked(State())

        fileprivate init(writer: FileWriter) {
            self.writer = writer
        }

        deinit {
            state.withLock { state in
                guard !state.committed else { return }
                for (temporary, _) in state.staged { unlink(temporary) }
                for folder in state.made.reversed() { rmdir(folder) }   // each only if empty
            }
        }

        /// Writes `file` under its temporary name unless what is on disk already holds it, and
        /// says what committing will do to it. A path outside the root is refused.
        @discardableResult
        public func add(_ file: GeneratedFile) throws -> Outcome {
            guard FileWriter.staysInside(file.path) else { throw PathOutsideRoot(path: file.path) }
            let outcome = writer.outcome(of: file)
            guard outcome != .unchanged else {
                state.withLock { $0.outcomes.append((file.path, outcome)) }
                return outcome
            }
            let target = writer.root.appending(path: file.path)
            let folder = target.deletingLastPathComponent().path
            try state.withLock { state in
                if !state.folders.contains(folder) {
                    var missing: [String] = []
                    var parent = folder
                    while !parent.isEmpty, parent != "/", !FileManager.default.fileExists(atPath: parent) {
                        missing.append(parent)
                        parent = (parent as NSString).deletingLastPathComponent
                    }
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    state.made += missing.reversed()
                    state.folders.insert(folder)
                }
            }
            let temporary = "\(folder)/\(FileWriter.temporaryName(of: target.lastPathComponent, token: token))"
            try FileWriter.writeNew(file.contents, to: temporary)
            state.withLock { state in
                state.outcomes.append((file.path, outcome))
                state.staged.append((temporary, target.path))
            }
            return outcome
        }

        /// Renames every file written over its target, flushes their folders, then deletes the
        /// files at `removing` (paths relative to the root). Says what happened to each file
        /// added, in path order.
        @discardableResult
        public func commit(removing: [String] = []) throws -> [(path: String, outcome: Outcome)] {
            try state.withLock { state in
                if let outside = removing.first(where: { !FileWriter.staysInside($0) }) { throw PathOutsideRoot(path: outside) }
                state.committed = true   // from here on, what is in place stays
                for (index, (temporary, target)) in state.staged.enumerated() where rename(temporary, target) != 0 {
                    for (temporary, _) in state.staged[index...] { unlink(temporary) }
                    state.staged.removeAll()
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
                }
                state.staged.removeAll()
                for folder in state.folders.sorted() { FileWriter.flush(folder) }
                let manager = FileManager.default
                for path in removing where manager.fileExists(atPath: writer.root.appending(path: path).path) {
                    try manager.removeItem(at: writer.root.appending(path: path))
                }
                return state.outcomes.sorted { $0.path < $1.path }
            }
        }
    }

    /// The name a staging writes the file `name` under, beside it: `.<name>.<token>.tmp`, hidden,
    /// and unique to the staging.
    static func temporaryName(of name: String, token: String) -> String {
        ".\(name).\(token).tmp"
    }

    /// Whether the last component of `path` is a name a staging writes under,
    /// `.<name>.<token>.tmp` (`temporaryName(of:token:)`): a file that is still there when no
    /// staging runs was left by a process killed before its commit.
    public static func isTemporary(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        return name.hasPrefix(".") && name.hasSuffix(".tmp") && name.dropFirst().dropLast(4).contains(".")
    }

    /// Creates `path`, which must not exist, with `contents`; no `fsync` (see ``Staging``). A
    /// file it could not finish is removed.
    private static func writeNew(_ contents: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.error(path) }
        defer { close(descriptor) }
        var finished = false
        defer { if !finished { unlink(path) } }
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
        finished = true
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
