import Foundation

/// Writes an `Encodable` value as the stable JSON schemagen's files use (`relations.json`,
/// `snapshot.json`, `--format json`): two-space indentation, `"key" : value`, one value per
/// line, keys sorted by their UTF-8 bytes, slashes unescaped. The bytes are those of
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` on Linux, which
/// the files were first written with, so no file changes; it is several times faster, because
/// it keeps containers as arrays and appends bytes to one buffer.
///
/// ```swift
/// try JSONWriter.text(of: graph)   // "{\n  \"cascades\" : [\n ..." (no final newline)
/// ```
///
/// Reading stays with `JSONDecoder`.
package enum JSONWriter {
    /// The JSON of `value`, pretty-printed unless `compact` (then without spaces or newlines).
    package static func bytes(of value: some Encodable, compact: Bool = false) throws -> [UInt8] {
        let encoder = TreeEncoder(parent: nil, key: nil)
        try encoder.encodeTopLevel(value)
        var output = Output(pretty: !compact)
        output.bytes.reserveCapacity(4_096)
        output.write(encoder.value ?? .object(Container(kind: .object)))
        return output.bytes
    }

    package static func text(of value: some Encodable, compact: Bool = false) throws -> String {
        String(decoding: try bytes(of: value, compact: compact), as: UTF8.self)
    }
}

// MARK: - The tree

extension JSONWriter {
    /// A value: a scalar already in its JSON text, or a container that later encodes may still
    /// fill (Codable hands out containers before it fills them).
    fileprivate enum Value {
        case string(String)
        /// Digits, a sign, a point: written as they are.
        case number(String)
        case literal(StaticString)
        case object(Container)
        case array(Container)
    }

    fileprivate final class Container {
        enum Kind { case object, array }
        let kind: Kind
        /// Object keys, parallel to `values`; empty for arrays. A key encoded twice keeps its
        /// last value, as a dictionary would.
        var keys: [String] = []
        var values: [Value] = []

        init(kind: Kind) { self.kind = kind }
    }
}

// MARK: - Writing bytes

extension JSONWriter {
    fileprivate struct Output {
        let pretty: Bool
        var bytes: [UInt8] = []
        var depth = 0

        init(pretty: Bool) { self.pretty = pretty }

        mutating func write(_ value: Value) {
            switch value {
            case .string(let text): writeString(text)
            case .number(let text): append(text)
            case .literal(let text): text.withUTF8Buffer { bytes.append(contentsOf: $0) }
            case .array(let container):
                open(UInt8(ascii: "["))
                for (offset, element) in container.values.enumerated() {
                    separate(first: offset == 0)
                    write(element)
                }
                close(UInt8(ascii: "]"))
            case .object(let container):
                open(UInt8(ascii: "{"))
                var first = true
                for index in Self.sortedLastOfEachKey(container.keys) {
                    separate(first: first)
                    first = false
                    writeString(container.keys[index])
                    if pretty { bytes.append(contentsOf: [0x20, 0x3A, 0x20]) } else { bytes.append(0x3A) }
                    write(container.values[index])
                }
                close(UInt8(ascii: "}"))
            }
        }

        /// The indices of `keys` in the order of their UTF-8 bytes, the last of equal keys only.
        private static func sortedLastOfEachKey(_ keys: [String]) -> [Int] {
            var order = Array(keys.indices)
            guard keys.count > 1 else { return order }
            order.sort { left, right in
                let (a, b) = (keys[left], keys[right])
                if a == b { return left < right }
                return a.utf8.lexicographicallyPrecedes(b.utf8)
            }
            var kept: [Int] = []
            kept.reserveCapacity(order.count)
            for (position, index) in order.enumerated() where position + 1 == order.count || keys[order[position + 1]] != keys[index] {
                kept.append(index)
            }
            return kept
        }

        private mutating func open(_ bracket: UInt8) {
            bytes.append(bracket)
            depth += 1
            if pretty { bytes.append(0x0A) }
        }

        /// Before an element: a comma after the previous one, then the line's indentation.
        private mutating func separate(first: Bool) {
            if !first { bytes.append(0x2C); if pretty { bytes.append(0x0A) } }
            indent()
        }

        private mutating func close(_ bracket: UInt8) {
            depth -= 1
            if pretty {
                bytes.append(0x0A)
                indent()
            }
            bytes.append(bracket)
        }

        private mutating func indent() {
            guard pretty else { return }
            for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
        }

        private mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// Quotes and escapes as `JSONEncoder` does: `"` and `\`, the short forms `\b \f \n \r \t`,
        /// `\u00XX` for other control characters; everything else, `/` included, as it is.
        private mutating func writeString(_ text: String) {
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
    /// Builds the tree of one value. Containers are shared: `container(keyedBy:)` asked twice
    /// of one encoder gives the same object, as `JSONEncoder` does.
    ///
    /// The coding path is kept as a chain of parents and built only when asked for: encoding
    /// never needs it, and an array per value would cost more than the rest.
    fileprivate final class TreeEncoder: Encoder {
        let parent: TreeEncoder?
        let key: (any CodingKey)?
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        var value: Value?

        init(parent: TreeEncoder?, key: (any CodingKey)?) {
            self.parent = parent
            self.key = key
        }

        var codingPath: [any CodingKey] {
            var path: [any CodingKey] = []
            var node: TreeEncoder? = self
            while let current = node {
                if let key = current.key { path.append(key) }
                node = current.parent
            }
            return path.reversed()
        }

        func encodeTopLevel(_ value: some Encodable) throws {
            self.value = try wrap(value, key: nil)
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(KeyedContainer<Key>(container: shared(.object), encoder: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(container: shared(.array), encoder: self)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValue(encoder: self)
        }

        private func shared(_ kind: Container.Kind) -> Container {
            switch (value, kind) {
            case (.object(let container)?, .object), (.array(let container)?, .array): return container
            default:
                let container = Container(kind: kind)
                value = kind == .object ? .object(container) : .array(container)
                return container
            }
        }

        /// A scalar as its JSON text, or a nested value encoded through an encoder of its own.
        /// `key` names the value within this encoder's container (nil for the encoder's own value).
        ///
        /// Most values are structs of the model, which are none of the scalars: the type is
        /// compared with each scalar type's, which costs a pointer comparison where a dynamic cast
        /// (`value as? any BinaryInteger`) searches the runtime's conformance tables.
        func wrap<T: Encodable>(_ value: T, key: (any CodingKey)?) throws -> Value {
            if T.self == String.self { return .string(value as! String) }
            if T.self == Bool.self { return .literal(value as! Bool ? "true" : "false") }
            if T.self == Double.self { return try float(value as! Double, key: key) }
            if T.self == Float.self { return try float(value as! Float, key: key) }
            if Self.integerTypes.contains(where: { $0 == T.self }) { return .number(String(describing: value)) }
            if T.self == URL.self { return .string((value as! URL).absoluteString) }
            if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
            if T.self == Decimal.self { return .number((value as! Decimal).description) }
            let encoder = key == nil ? self : TreeEncoder(parent: self, key: key)
            if encoder === self { self.value = nil }
            try value.encode(to: encoder)
            return encoder.value ?? .object(Container(kind: .object))
        }

        /// The standard library's integers, written as their digits.
        private static let integerTypes: [any Any.Type] = [
            Int.self, Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
        ]

        /// `2.5`, and `2` for `2.0`, as `JSONEncoder` writes them; infinities and NaN are refused.
        func float<F: BinaryFloatingPoint & CustomStringConvertible>(_ number: F, key: (any CodingKey)?) throws -> Value {
            guard number.isFinite else {
                throw EncodingError.invalidValue(number, .init(codingPath: codingPath + (key.map { [$0] } ?? []), debugDescription: "\(number) has no JSON form"))
            }
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            return .number(text)
        }
    }

    fileprivate struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let container: Container
        /// The encoder the container belongs to, for the coding path.
        let encoder: TreeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        private func put(_ value: Value, _ key: Key) {
            container.keys.append(key.stringValue)
            container.values.append(value)
        }

        mutating func encodeNil(forKey key: Key) throws { put(.literal("null"), key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { put(.literal(value ? "true" : "false"), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { put(.number(String(value)), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { put(try encoder.float(value, key: key), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try encoder.wrap(value, key: key), key) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = Container(kind: .object)
            put(.object(nested), key)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(container: nested, encoder: TreeEncoder(parent: encoder, key: key)))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = Container(kind: .array)
            put(.array(nested), key)
            return UnkeyedContainer(container: nested, encoder: TreeEncoder(parent: encoder, key: key))
        }

        mutating func superEncoder() -> any Encoder { SuperEncoder(parent: encoder, container: container, key: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { SuperEncoder(parent: encoder, container: container, key: key.stringValue) }
    }

    fileprivate struct UnkeyedContainer: UnkeyedEncodingContainer {
        let container: Container
        let encoder: TreeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }
        var count: Int { container.values.count }

        private var nextKey: any CodingKey { IndexKey(intValue: count) }

        mutating func encodeNil() throws { container.values.append(.literal("null")) }
        mutating func encode(_ value: Bool) throws { container.values.append(.literal(value ? "true" : "false")) }
        mutating func encode(_ value: String) throws { container.values.append(.string(value)) }
        mutating func encode(_ value: Int) throws { container.values.append(.number(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws { container.values.append(try encoder.wrap(value, key: nextKey)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let path = TreeEncoder(parent: encoder, key: nextKey)
            let nested = Container(kind: .object)
            container.values.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(container: nested, encoder: path))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let path = TreeEncoder(parent: encoder, key: nextKey)
            let nested = Container(kind: .array)
            container.values.append(.array(nested))
            return UnkeyedContainer(container: nested, encoder: path)
        }

        mutating func superEncoder() -> any Encoder { SuperEncoder(parent: encoder, container: container, key: nil) }
    }

    fileprivate struct SingleValue: SingleValueEncodingContainer {
        let encoder: TreeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.value = .literal("null") }
        mutating func encode(_ value: Bool) throws { encoder.value = .literal(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { encoder.value = .string(value) }
        mutating func encode(_ value: Int) throws { encoder.value = .number(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.value = try encoder.wrap(value, key: nil) }
    }

    /// The encoder `superEncoder()` hands out: what it encodes lands in its parent's container
    /// under `key`, or appended when the parent is an array. Its slot is taken when it is made,
    /// as `JSONEncoder` does, and filled once something is encoded.
    fileprivate final class SuperEncoder: Encoder {
        private let inner: TreeEncoder
        private let parent: Container
        private let slot: Int
        var codingPath: [any CodingKey] { inner.codingPath }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(parent encoder: TreeEncoder, container: Container, key: String?) {
            let path: any CodingKey = if let key { SuperKey(key) } else { IndexKey(intValue: container.values.count) }
            inner = TreeEncoder(parent: encoder, key: path)
            parent = container
            slot = container.values.count
            if let key { container.keys.append(key) }
            container.values.append(.object(Container(kind: .object)))
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            defer { settle() }
            return inner.container(keyedBy: type)
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            defer { settle() }
            return inner.unkeyedContainer()
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SuperSingleValue(encoder: self, inner: SingleValue(encoder: inner))
        }

        /// Containers fill in place, so putting the inner encoder's value in the slot after each
        /// change of it is enough.
        fileprivate func settle() {
            if let value = inner.value { parent.values[slot] = value }
        }
    }

    fileprivate struct SuperSingleValue: SingleValueEncodingContainer {
        let encoder: SuperEncoder
        var inner: SingleValue
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { try inner.encodeNil(); encoder.settle() }
        mutating func encode<T: Encodable>(_ value: T) throws { try inner.encode(value); encoder.settle() }
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
