/// The keys a value encodes at its top level, found without encoding their values: the
/// columns a draft or a change writes (a draft's nil property encodes no key; a change's NULL
/// encodes one).
enum EncodedKeys {
    static func of(_ value: some Encodable) throws -> [String] {
        let recorder = KeyRecorder()
        try value.encode(to: recorder)
        return recorder.keys.sorted()
    }
}

private final class KeyRecorder: Encoder {
    var keys: [String] = []
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyRecordingContainer(recorder: self))
    }

    // A row is a keyed container; anything else has no columns to record.
    func unkeyedContainer() -> any UnkeyedEncodingContainer { IgnoringContainer() }
    func singleValueContainer() -> any SingleValueEncodingContainer { IgnoringContainer() }
}

private struct KeyRecordingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let recorder: KeyRecorder
    var codingPath: [any CodingKey] { [] }

    private func record(_ key: Key) { recorder.keys.append(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { record(key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: String, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { record(key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { record(key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { record(key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        record(key)
        return KeyedEncodingContainer(IgnoringKeyedContainer())
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        record(key)
        return IgnoringContainer()
    }

    mutating func superEncoder() -> any Encoder { KeyRecorder() }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        record(key)
        return KeyRecorder()
    }
}

/// Takes whatever is encoded below the top level and keeps nothing.
private struct IgnoringKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var codingPath: [any CodingKey] { [] }
    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {}
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(IgnoringKeyedContainer<NestedKey>())
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { IgnoringContainer() }
    mutating func superEncoder() -> any Encoder { KeyRecorder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { KeyRecorder() }
}

private struct IgnoringContainer: UnkeyedEncodingContainer, SingleValueEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count: Int { 0 }
    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {}
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(IgnoringKeyedContainer<NestedKey>())
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { IgnoringContainer() }
    mutating func superEncoder() -> any Encoder { KeyRecorder() }
}
