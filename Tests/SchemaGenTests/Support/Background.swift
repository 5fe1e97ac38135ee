import Foundation

/// Work on a thread of its own, off Swift's cooperative pool, which blocking tests may fill.
final class Background<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            result = Result(catching: work)
            done.signal()
        }
    }

    func wait() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
