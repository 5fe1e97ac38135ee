import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map`, with the elements transformed on every core at once; the results keep the
    /// elements' order, so the output is the same as `map`'s. Each element is one unit of work,
    /// handed to whichever core is free: put the large ones first.
    ///
    /// ```swift
    /// let files = schema.tables.concurrentMap { table in render(table) }
    /// ```
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            withUnsafeBufferPointer { elements in
                // Each iteration initializes its own slot and no other.
                nonisolated(unsafe) let (source, target) = (elements, buffer)
                DispatchQueue.concurrentPerform(iterations: source.count) { index in
                    (target.baseAddress! + index).initialize(to: transform(source[index]))
                }
            }
            initialized = count
        }
    }

    /// Runs `body` on every element, on every core at once, then throws the error of the first
    /// element (in the array's order) whose body threw, if any: the others all ran.
    ///
    /// ```swift
    /// try schema.tables.concurrentForEach { table in try sink(render(table)) }
    /// ```
    func concurrentForEach(_ body: @Sendable (Element) throws -> Void) throws {
        for result in concurrentMap({ element in Swift.Result { try body(element) } }) { try result.get() }
    }
}
