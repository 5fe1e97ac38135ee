import Foundation

/// Keeps two `schemagen generate` runs from writing one output folder at once: each would
/// read the same snapshot and write its own `0002_...` migration. The lock is `flock` on
/// `<root>/.schemagen.lock`, which holds the holder's pid; the operating system releases it when
/// the holder exits, even by `kill -9`, so a lock is never left stale.
///
/// ```swift
/// let lock = try OutputLock(root: URL(filePath: "Generated"))
/// defer { lock.release() }
/// ```
public final class OutputLock: Sendable {
    public static let fileName = ".schemagen.lock"

    /// Another process holds the lock.
    public struct Held: Error, CustomStringConvertible {
        public let path: String
        public let holder: Int32?

        public var description: String {
            "another schemagen (\(holder.map { "pid \($0)" } ?? "pid unknown")) is writing \(path); wait for it to finish and run again"
        }
    }

    private let descriptor: Int32
    private let path: String
    /// The output folder, when the lock created it: removed again if nothing was written into it.
    private let createdRoot: String?

    /// Takes the lock, creating `root` if needed (and removing it on release if it stayed
    /// empty); throws ``Held`` at once when another process has it.
    public init(root: URL) throws {
        let existed = FileManager.default.fileExists(atPath: root.path)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let path = root.appending(path: Self.fileName).path
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = Self.pid(readingFrom: descriptor)
                close(descriptor)
                throw Held(path: root.relativePath, holder: holder)
            }
            // The holder before us may have removed the file after we opened it: the lock is
            // only ours if the path still names the file we locked.
            var opened = stat()
            var named = stat()
            if fstat(descriptor, &opened) == 0, stat(path, &named) == 0, opened.st_ino == named.st_ino, opened.st_dev == named.st_dev {
                let pid = Data("\(getpid())\n".utf8)
                _ = ftruncate(descriptor, 0)
                _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
                self.descriptor = descriptor
                self.path = path
                createdRoot = existed ? nil : root.path
                return
            }
            close(descriptor)
        }
    }

    /// Removes the lock file and releases the lock.
    public func release() {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        if let createdRoot { rmdir(createdRoot) }
    }

    private static func pid(readingFrom descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
