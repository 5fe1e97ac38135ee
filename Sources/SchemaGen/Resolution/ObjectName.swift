/// PostgreSQL's rule for the names it gives constraints and indexes (`makeObjectName` in its
/// source): `<name1>_<name2>_<label>`, cut to 63 bytes by shortening the longer of the two
/// names first, never inside a UTF-8 character.
enum ObjectName {
    static let maximumBytes = 63

    static func make(_ name1: String, _ name2: String?, label: String) -> String {
        let overhead = label.utf8.count + 1 + (name2 == nil ? 0 : 1)
        // The usual case: short enough as it is.
        if name1.utf8.count + (name2?.utf8.count ?? 0) + overhead <= maximumBytes {
            return name2.map { "\(name1)_\($0)_\(label)" } ?? "\(name1)_\(label)"
        }
        var first = Array(name1.utf8)
        var second = name2.map { Array($0.utf8) } ?? []
        let available = maximumBytes - overhead
        var firstCount = first.count
        var secondCount = second.count
        while firstCount + secondCount > available {
            if firstCount > secondCount { firstCount -= 1 } else { secondCount -= 1 }
        }
        first = clip(first, to: firstCount)
        second = clip(second, to: secondCount)
        var result = String(decoding: first, as: UTF8.self)
        if name2 != nil { result += "_" + String(decoding: second, as: UTF8.self) }
        return result + "_" + label
    }

    /// The longest prefix of at most `count` bytes that ends on a character boundary.
    private static func clip(_ bytes: [UInt8], to count: Int) -> [UInt8] {
        var end = min(count, bytes.count)
        while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return Array(bytes[..<end])
    }
}
