import Foundation

/// Writes an `Encodable` value as the stable JSON schemagen's files use (`relations.json`,
/// `snapshot.json`, `--format json`): two-space indentation, `"key" : value`, one value per
/// line, keys sorted by their UTF-8 bytes, slashes unescaped. The bytes are those of
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` on Linux, which
/// the files were first written with, so no file changes.
///
/// ```swift
/// try JSONWriter.text(of: graph)   // "{\n  \"cascades\" : [\n ..." (no final newline)
/// ```
///
/// It writes as the value encodes, into one byte buffer, with no tree in between. An object's
/// members land in the order its type encodes them; when that is not the order of their keys
/// (or a key comes twice), the object's bytes are put in order once it is complete. A container
/// that Codable may fill out of turn (`nestedContainer`, `superEncoder`) is written to a buffer
/// of its own and copied in when its parent completes. A ``JSONWritable`` value (the model's
/// and the relation graph's types) writes its members itself, without `Codable`.
///
/// Reading stays with `JSONDecoder`.
package enum JSONWriter {
    /// The JSON of `value`, pretty-printed unless `compact` (then without spaces or newlines).
    package static func bytes(of value: some Encodable, compact: Bool = false) throws -> [UInt8] {
        let encoder = ValueEncoder(sink: Sink(pretty: !compact), depth: 0, parent: nil, key: nil)
        try encoder.writeSingle { try encoder.write(value, key: nil) }
        encoder.finish()
        return encoder.sink.bytes
    }

    package static func text(of value: some Encodable, compact: Bool = false) throws -> String {
        String(decoding: try bytes(of: value, compact: compact), as: UTF8.self)
    }
}

// MARK: - The buffer

extension JSONWriter {
    /// Bytes being written, and the members of the containers still open in them, innermost last.
    ///
    /// A sink, its nodes and its encoders serve one encoding on one thread, so their properties
    /// opt out of the runtime's exclusivity checks, which cost a fifth of the writing (every
    /// append to a class's array property is checked, through a thread-local access set).
    final class Sink {
        let pretty: Bool
        @exclusivity(unchecked) var bytes: [UInt8] = []
        @exclusivity(unchecked) var members: [Member] = []
        /// Where an object's members wait while they are put in order.
        @exclusivity(unchecked) private var scratch: [UInt8] = []

        init(pretty: Bool) {
            self.pretty = pretty
            bytes.reserveCapacity(4_096)
        }

        /// One member of a container: the bytes `"key" : value` (a value alone in an array) at
        /// `start..<end`, or a value filled through its own encoder and sink.
        struct Member {
            var key: String?
            var start: Int
            var end: Int
            var deferred: ValueEncoder?
        }

        /// A container being filled: its kind, where its members start (after the bracket and
        /// newline), how many there are, and whether they must be put in order when it closes.
        final class Node {
            let isObject: Bool
            let depth: Int
            let contentStart: Int
            let firstMember: Int
            @exclusivity(unchecked) var count = 0
            @exclusivity(unchecked) var lastKey: String?
            @exclusivity(unchecked) var reorder = false

            init(isObject: Bool, depth: Int, contentStart: Int, firstMember: Int) {
                self.isObject = isObject
                self.depth = depth
                self.contentStart = contentStart
                self.firstMember = firstMember
            }
        }

        func open(object: Bool, depth: Int) -> Node {
            bytes.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
            if pretty { bytes.append(0x0A) }
            return Node(isObject: object, depth: depth, contentStart: bytes.count, firstMember: members.count)
        }

        /// A member of `node` written in place: the comma and indentation, `"key" : ` when it has
        /// a key (an object's), then the value `write` writes.
        func member(of node: Node, key: String?, _ write: () throws -> Void) rethrows {
            beginMember(of: node)
            let start = bytes.count
            if let key { writeKey(key) }
            try write()
            endMember(of: node, key: key, start: start)
        }

        /// The comma and indentation before a member written in place.
        private func beginMember(of node: Node) {
            if node.count > 0 {
                bytes.append(0x2C)
                if pretty { bytes.append(0x0A) }
            }
            indent(node.depth + 1)
        }

        func endMember(of node: Node, key: String?, start: Int, deferred: ValueEncoder? = nil) {
            members.append(Member(key: key, start: start, end: bytes.count, deferred: deferred))
            node.count += 1
            if deferred != nil { node.reorder = true }
            guard node.isObject, let key else { return }
            if let last = node.lastKey, !last.utf8.lexicographicallyPrecedes(key.utf8) { node.reorder = true }
            node.lastKey = key
        }

        /// Ends `node` with its closing bracket; first, when its members are out of order, repeat
        /// a key or wait in a sink of their own, writes them again in key order (the last of
        /// equal keys only) or, in an array, in turn.
        func close(_ node: Node) {
            if node.reorder { rewriteMembers(of: node) }
            members.removeSubrange(node.firstMember...)
            if pretty {
                bytes.append(0x0A)
                indent(node.depth)
            }
            bytes.append(node.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }

        /// Writes `node`'s members again in order. Members already in their place at either end,
        /// written in place, stay where they are: only the bytes between them are copied and
        /// written again (a snapshot's root, whose `tables` come last, moves a few small members,
        /// not its 40 MB).
        private func rewriteMembers(of node: Node) {
            let own = members[node.firstMember...]
            for member in own { member.deferred?.finish() }
            var order = Array(own.indices)
            if node.isObject { order = Self.lastOfEachKeyInOrder(order, members) }
            var (kept, keptAtEnd) = (0, 0)
            func inPlace(_ position: Int, _ index: Int) -> Bool { order[position] == index && members[index].deferred == nil }
            while kept < order.count, inPlace(kept, own.startIndex + kept) { kept += 1 }
            while kept + keptAtEnd < order.count, inPlace(order.count - 1 - keptAtEnd, own.endIndex - 1 - keptAtEnd) { keptAtEnd += 1 }
            // Moved members, or none left to move but a repeated key to drop: all are written again.
            if kept + keptAtEnd == order.count { (kept, keptAtEnd) = (0, 0) }
            // From the end of the last member kept in front (or the container's start) to the end
            // of the last member before those kept at the end (or the container's end).
            let start = kept == 0 ? node.contentStart : members[own.startIndex + kept - 1].end
            let end = keptAtEnd == 0 ? bytes.count : members[own.endIndex - keptAtEnd - 1].end
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: bytes[start..<end])
            var whole: [UInt8] = []
            swap(&whole, &bytes)   // the members are written into `bytes` (empty) with the helpers
            for (position, index) in order[kept..<(order.count - keptAtEnd)].enumerated() {
                if kept + position > 0 {
                    bytes.append(0x2C)
                    if pretty { bytes.append(0x0A) }
                }
                indent(node.depth + 1)
                let member = members[index]
                if let deferred = member.deferred {
                    if let key = member.key { writeKey(key) }
                    bytes.append(contentsOf: deferred.sink.bytes)
                } else {
                    bytes.append(contentsOf: scratch[(member.start - start)..<(member.end - start)])
                }
            }
            swap(&whole, &bytes)
            bytes.replaceSubrange(start..<end, with: whole)
        }

        /// `indices` sorted by their members' keys in UTF-8 byte order, keeping the last of equal keys.
        private static func lastOfEachKeyInOrder(_ indices: [Int], _ members: [Member]) -> [Int] {
            let sorted = indices.sorted { left, right in
                let (a, b) = (members[left].key ?? "", members[right].key ?? "")
                if a == b { return left < right }
                return a.utf8.lexicographicallyPrecedes(b.utf8)
            }
            return sorted.enumerated().compactMap { position, index in
                position + 1 < sorted.count && members[sorted[position + 1]].key == members[index].key ? nil : index
            }
        }

        func writeKey(_ key: String) {
            writeString(key)
            if pretty { bytes.append(contentsOf: [0x20, 0x3A, 0x20]) } else { bytes.append(0x3A) }
        }

        private static let spaces = [UInt8](repeating: 0x20, count: 128)

        private func indent(_ depth: Int) {
            guard pretty else { return }
            var remaining = depth * 2
            while remaining > 0 {
                let count = min(remaining, Self.spaces.count)
                bytes.append(contentsOf: Self.spaces[..<count])
                remaining -= count
            }
        }

        func writeLiteral(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        func writeASCII(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// An integer's digits, without a `String` in between.
        func writeInteger(_ value: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            let start = bytes.count
            repeat {
                bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            bytes[start...].reverse()
        }

        /// Quotes and escapes as `JSONEncoder` does: `"` and `\`, the short forms `\b \f \n \r \t`,
        /// `\u00XX` for other control characters; everything else, `/` included, as it is.
        func writeString(_ text: String) {
            bytes.append(0x22)
            var text = text
            text.withUTF8 { utf8 in
                var start = 0
                for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset]))
                    start = offset + 1
                    switch byte {
                    case 0x22, 0x5C: bytes.append(contentsOf: [0x5C, byte])
                    case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                    case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                    default:
                        let hex: [UInt8] = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            }
            bytes.append(0x22)
        }
    }
}

// MARK: - The Encoder

extension JSONWriter {
    /// Encodes one value at `depth` into `sink`. Asked twice for a container, it gives the same
    /// one, as `JSONEncoder` does.
    ///
    /// The coding path is kept as a chain of parents and built only when asked for: encoding
    /// never needs it, and an array per value would cost more than the rest.
    final class ValueEncoder: Encoder {
        let sink: Sink
        let depth: Int
        let parent: ValueEncoder?
        let key: (any CodingKey)?
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        /// The container this value opened, until it is finished.
        @exclusivity(unchecked) private var node: Sink.Node?
        @exclusivity(unchecked) private var wrote = false

        init(sink: Sink, depth: Int, parent: ValueEncoder?, key: (any CodingKey)?) {
            self.sink = sink
            self.depth = depth
            self.parent = parent
            self.key = key
        }

        var codingPath: [any CodingKey] {
            var path: [any CodingKey] = []
            var encoder: ValueEncoder? = self
            while let current = encoder {
                if let key = current.key { path.append(key) }
                encoder = current.parent
            }
            return path.reversed()
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, node: open(object: true)))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(encoder: self, node: open(object: false))
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValue(encoder: self)
        }

        private func open(object: Bool) -> Sink.Node {
            if let node { return node }
            wrote = true
            let opened = sink.open(object: object, depth: depth)
            node = opened
            return opened
        }

        /// Closes the container this value opened; a value that encoded nothing is an empty object.
        func finish() {
            if let node {
                sink.close(node)
            } else if !wrote {
                sink.close(sink.open(object: true, depth: depth))
            }
        }

        /// `value` at this encoder's place: a scalar as its JSON text, a ``JSONWritable`` by
        /// itself, anything else through its own encoder one level deeper (this one, when `key`
        /// is nil: a single value container).
        ///
        /// Scalars are told by comparing the value's type with each scalar type's, a pointer
        /// comparison, where a dynamic cast (`value as? any BinaryInteger`) searches the runtime's
        /// conformance tables; the one cast left, to ``JSONWritable``, is made once per value
        /// that reaches `Codable`, not per member of the types that write themselves.
        func write<T: Encodable>(_ value: T, key: (any CodingKey)?) throws {
            if T.self == String.self { return sink.writeString(value as! String) }
            if T.self == Int.self { return sink.writeInteger(value as! Int) }
            if T.self == Bool.self { return sink.writeLiteral(value as! Bool ? "true" : "false") }
            if T.self == Double.self { return try writeFloat(value as! Double, key: key) }
            if T.self == Float.self { return try writeFloat(value as! Float, key: key) }
            if Self.integerTypes.contains(where: { $0 == T.self }) { return sink.writeASCII(String(describing: value)) }
            if T.self == URL.self { return sink.writeString((value as! URL).absoluteString) }
            if T.self == Data.self { return sink.writeString((value as! Data).base64EncodedString()) }
            if T.self == Decimal.self { return sink.writeASCII((value as! Decimal).description) }
            if let writable = value as? any JSONWritable {
                return try writable.write(to: Output(sink: sink, depth: key == nil ? depth : depth + 1))
            }
            guard let key else { return try value.encode(to: self) }
            let nested = ValueEncoder(sink: sink, depth: depth + 1, parent: self, key: key)
            try value.encode(to: nested)
            nested.finish()
        }

        /// The standard library's other integers, written as their digits.
        private static let integerTypes: [any Any.Type] = [
            Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
        ]

        /// `2.5`, and `2` for `2.0`, as `JSONEncoder` writes them; infinities and NaN are refused.
        func writeFloat<F: BinaryFloatingPoint & CustomStringConvertible>(_ number: F, key: (any CodingKey)?) throws {
            guard number.isFinite else {
                throw EncodingError.invalidValue(number, .init(codingPath: codingPath + (key.map { [$0] } ?? []), debugDescription: "\(number) has no JSON form"))
            }
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            sink.writeASCII(text)
        }

        /// A scalar written through a single value container.
        func writeSingle(_ write: () throws -> Void) rethrows {
            wrote = true
            try write()
        }

        /// A member whose value is filled later, through an encoder and sink of its own (a
        /// nested container or a super encoder), so that its bytes cannot land among the parent's.
        func deferredMember(of node: Sink.Node, key: String?, codingKey: any CodingKey) -> ValueEncoder {
            let nested = ValueEncoder(sink: Sink(pretty: sink.pretty), depth: depth + 1, parent: self, key: codingKey)
            sink.endMember(of: node, key: key, start: sink.bytes.count, deferred: nested)
            return nested
        }
    }

    fileprivate struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: ValueEncoder
        let node: Sink.Node
        var codingPath: [any CodingKey] { encoder.codingPath }

        private func member(_ key: Key, _ write: () throws -> Void) rethrows {
            try encoder.sink.member(of: node, key: key.stringValue, write)
        }

        mutating func encodeNil(forKey key: Key) throws { member(key) { encoder.sink.writeLiteral("null") } }
        mutating func encode(_ value: Bool, forKey key: Key) throws { member(key) { encoder.sink.writeLiteral(value ? "true" : "false") } }
        mutating func encode(_ value: String, forKey key: Key) throws { member(key) { encoder.sink.writeString(value) } }
        mutating func encode(_ value: Int, forKey key: Key) throws { member(key) { encoder.sink.writeInteger(value) } }
        mutating func encode(_ value: Double, forKey key: Key) throws { try member(key) { try encoder.writeFloat(value, key: key) } }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try member(key) { try encoder.write(value, key: key) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoder.deferredMember(of: node, key: key.stringValue, codingKey: key).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder.deferredMember(of: node, key: key.stringValue, codingKey: key).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder.deferredMember(of: node, key: "super", codingKey: SuperKey("super")) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.deferredMember(of: node, key: key.stringValue, codingKey: key) }
    }

    fileprivate struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: ValueEncoder
        let node: Sink.Node
        var codingPath: [any CodingKey] { encoder.codingPath }
        var count: Int { node.count }

        private var nextKey: any CodingKey { IndexKey(intValue: count) }

        private func element(_ write: () throws -> Void) rethrows {
            try encoder.sink.member(of: node, key: nil, write)
        }

        mutating func encodeNil() throws { element { encoder.sink.writeLiteral("null") } }
        mutating func encode(_ value: Bool) throws { element { encoder.sink.writeLiteral(value ? "true" : "false") } }
        mutating func encode(_ value: String) throws { element { encoder.sink.writeString(value) } }
        mutating func encode(_ value: Int) throws { element { encoder.sink.writeInteger(value) } }
        mutating func encode<T: Encodable>(_ value: T) throws {
            let key = nextKey
            try element { try encoder.write(value, key: key) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            encoder.deferredMember(of: node, key: nil, codingKey: nextKey).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            encoder.deferredMember(of: node, key: nil, codingKey: nextKey).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder.deferredMember(of: node, key: nil, codingKey: nextKey) }
    }

    fileprivate struct SingleValue: SingleValueEncodingContainer {
        let encoder: ValueEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.writeSingle { encoder.sink.writeLiteral("null") } }
        mutating func encode(_ value: Bool) throws { encoder.writeSingle { encoder.sink.writeLiteral(value ? "true" : "false") } }
        mutating func encode(_ value: String) throws { encoder.writeSingle { encoder.sink.writeString(value) } }
        mutating func encode(_ value: Int) throws { encoder.writeSingle { encoder.sink.writeInteger(value) } }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.writeSingle { try encoder.write(value, key: nil) } }
    }

    fileprivate struct SuperKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ stringValue: String) { self.stringValue = stringValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    fileprivate struct IndexKey: CodingKey {
        let intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }
}
