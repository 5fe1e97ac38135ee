import Foundation

/// A value that several threads read and change, one at a time.
///
/// ```swift
/// let paths = Locked(Set<String>())
/// paths.withLock { _ = $0.insert(file.path) }
/// ```
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value   // guarded by `lock`

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
