import Foundation

/// Equality of values read with `JSONSerialization`: numbers by value, anything else by its
/// JSON text.
enum JSONComparison {
    static func same(_ a: Any, _ b: Any?) -> Bool {
        guard let b else { return false }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x.doubleValue == y.doubleValue }
        let left = try? JSONSerialization.data(withJSONObject: ["v": a], options: .sortedKeys)
        let right = try? JSONSerialization.data(withJSONObject: ["v": b], options: .sortedKeys)
        return left != nil && left == right
    }
}
