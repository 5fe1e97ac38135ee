import Foundation
import PostgresNIO
import SchemaGenRuntime

/// Reads rows of a generated struct from PostgresNIO's binary cells, through the `Decodable`
/// conformance the generator writes: each coding key names a column, and each column is
/// decoded by PostgresNIO into the property's type. No row passes through JSON; only the
/// columns whose encoding is `.json` (`json`, `jsonb`, some arrays) are decoded from JSON text.
///
/// ```sql
/// -- selectList(as: "t") for a table with an `interval` column and an enum array:
/// t."id", t."name", t."lasts"::text, to_jsonb(t."roles")
/// ```
struct RowDecoder<Row: FetchableRow> {
    /// Each column's position in ``selectList(as:)``.
    private let positions: [String: Int]
    private let json = RowCoding.decoder

    init() {
        positions = Self.positions
    }

    /// Each column's position in `Row.columnNames`.
    static var positions: [String: Int] {
        Dictionary(Row.columnNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every column of `Row`, in order, as `decode` reads it, from the table aliased `alias`.
    static func selectList(as alias: String) -> String {
        let encodings = Row.columnEncodings
        return Row.columnNames.map { column in
            let reference = "\(alias).\(TableName.quote(column))"
            switch encodings[column] {
            case nil: return reference
            case .text: return reference + "::text"
            case .json: return "to_jsonb(\(reference))"
            }
        }.joined(separator: ", ")
    }

    /// The row that `cells`, in ``selectList(as:)``'s order, hold.
    func decode(_ cells: [PostgresCell]) throws -> Row {
        try Row(from: CellsDecoder(cells: cells, names: Row.columnNames, positions: positions, json: json))
    }
}

/// A row's cells, decoded by column name.
private final class CellsDecoder: Decoder {
    let cells: [PostgresCell]
    let names: [String]
    let positions: [String: Int]
    let json: JSONDecoder
    /// The position of the column last asked for: a generated struct decodes its columns in
    /// order, each optional one up to three times, so the next key is usually here or after.
    private var cursor = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(cells: [PostgresCell], names: [String], positions: [String: Int], json: JSONDecoder) {
        self.cells = cells
        self.names = names
        self.positions = positions
        self.json = json
    }

    /// Where the column `name` is, found without hashing when it is at or after the cursor.
    func position(of name: String) -> Int? {
        if cursor < names.count, names[cursor] == name { return cursor }
        if cursor + 1 < names.count, names[cursor + 1] == name {
            cursor += 1
            return cursor
        }
        guard let position = positions[name] else { return nil }
        cursor = position
        return position
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Columns(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw CellDecoder.notAValue("a list", codingPath) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { throw CellDecoder.notAValue("a single value", codingPath) }

    private struct Columns<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: CellsDecoder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { decoder.positions.keys.compactMap(Key.init(stringValue:)) }

        func contains(_ key: Key) -> Bool { decoder.position(of: key.stringValue) != nil }

        private func cell(_ key: Key) throws -> CellDecoder {
            guard let position = decoder.position(of: key.stringValue), position < decoder.cells.count else {
                throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "the row has no column \(key.stringValue)"))
            }
            return CellDecoder(cell: decoder.cells[position], json: decoder.json)
        }

        func decodeNil(forKey key: Key) throws -> Bool { try cell(key).decodeNil() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try cell(key).decode(type) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try cell(key).decode(type) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try cell(key).decode(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try cell(key).decode(type) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try cell(key).decode(type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try cell(key).decode(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try cell(key).decode(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try cell(key).decode(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try cell(key).decode(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try cell(key).decode(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try cell(key).decode(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try cell(key).decode(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try cell(key).decode(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try cell(key).decode(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try cell(key).decode(type) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            throw CellDecoder.notAValue("a nested row", [key])
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw CellDecoder.notAValue("a list", [key]) }
        func superDecoder() throws -> any Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> any Decoder { try cell(key) }
    }
}

/// One cell: a value PostgresNIO decodes (`String`, the integers, `Date`, `UUID`, `Decimal`,
/// `Data`, arrays of them), a JSON document, or a type that decodes itself from one of these
/// (a generated enum from its label).
private struct CellDecoder: Decoder, SingleValueDecodingContainer {
    let cell: PostgresCell
    let json: JSONDecoder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { throw Self.notAValue("a nested row", codingPath) }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Self.notAValue("a list", codingPath) }
    func singleValueContainer() -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { cell.bytes == nil }

    func decode(_ type: Bool.Type) throws -> Bool { try primitive(type) }
    func decode(_ type: String.Type) throws -> String { try primitive(type) }
    func decode(_ type: Double.Type) throws -> Double { try primitive(type) }
    func decode(_ type: Float.Type) throws -> Float { try primitive(type) }
    func decode(_ type: Int.Type) throws -> Int { try primitive(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try primitive(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try primitive(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try primitive(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try primitive(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { throw unsupported(type) }
    func decode(_ type: UInt.Type) throws -> UInt { throw unsupported(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { throw unsupported(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { throw unsupported(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { throw unsupported(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard cell.bytes != nil else { throw valueNotFound(T.self) }
        if isJSON { return try document(T.self) }
        // The Foundation types of generated properties, without a dynamic cast.
        if T.self == Date.self { return unsafeBitCast(try native(Date.self), to: T.self) }
        if T.self == Decimal.self { return unsafeBitCast(try native(Decimal.self), to: T.self) }
        if T.self == UUID.self { return unsafeBitCast(try native(UUID.self), to: T.self) }
        if T.self == [String].self { return unsafeBitCast(try native([String].self), to: T.self) }
        if let decodable = T.self as? any PostgresDecodable.Type { return try native(decodable) as! T }
        return try T(from: self)
    }

    private var isJSON: Bool { cell.dataType == .jsonb || cell.dataType == .json }

    /// A value of the standard library; a JSON column holds JSON even when its Swift type is `String`.
    private func primitive<P: PostgresDecodable & Decodable>(_ type: P.Type) throws -> P {
        guard cell.bytes != nil else { throw valueNotFound(P.self) }
        return isJSON ? try document(P.self) : try native(P.self)
    }

    /// What PostgresNIO decodes.
    private func native<P: PostgresDecodable>(_ type: P.Type) throws -> P {
        do {
            return try cell.decode(P.self)
        } catch let error as PostgresDecodingError {
            throw DecodingError.typeMismatch(P.self, .init(codingPath: [], debugDescription: "column \(cell.columnName) (\(cell.dataType)) does not decode as \(P.self): \(error.code)"))
        }
    }

    /// The value of a `json` or `jsonb` cell, decoded from its text.
    private func document<T: Decodable>(_ type: T.Type) throws -> T {
        guard var bytes = cell.bytes else { throw valueNotFound(T.self) }
        // jsonb's binary form is a version byte, then the JSON text.
        if cell.dataType == .jsonb, cell.format == .binary { bytes.moveReaderIndex(forwardBy: 1) }
        return try json.decode(T.self, from: Data(bytes.readableBytesView))
    }

    /// A type no generated property has, and PostgresNIO does not decode.
    private func unsupported(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: [], debugDescription: "column \(cell.columnName) (\(cell.dataType)) does not decode as \(type)"))
    }

    private func valueNotFound(_ type: Any.Type) -> DecodingError {
        .valueNotFound(type, .init(codingPath: [], debugDescription: "column \(cell.columnName) is NULL"))
    }

    static func notAValue(_ what: String, _ path: [any CodingKey]) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: path, debugDescription: "a column holds one value, not \(what)"))
    }
}
