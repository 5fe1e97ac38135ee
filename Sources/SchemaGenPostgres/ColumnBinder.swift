import Foundation
import PostgresNIO
import SchemaGenRuntime

/// Binds the columns a draft or a change writes as parameters of one statement, each in a form
/// PostgreSQL turns into the column's own type:
/// - integers, `Float`, `Double`, `Bool`, `UUID`, `Decimal` and `Data`, and arrays of strings,
///   integers, floats, `Bool` and `UUID`, in PostgresNIO's binary format (a column of another
///   type with the same Swift type, such as `inet[]`, travels as JSON: see below);
/// - `String`, `Date` and generated enums as text of no declared type, which PostgreSQL reads
///   with the input function of the column's type, as it reads a literal: so an enum, `time`,
///   `inet`, `citext`, `date` and `timestamp` column each take it as its own;
/// - a column whose encoding is `.json` (`FetchableRow.columnEncodings`: `json`, `jsonb`, arrays
///   of enums and the like), and any other value (arrays), as `jsonb` through
///   `jsonb_populate_record`.
///
/// ```sql
/// INSERT INTO "public"."users" AS t ("email", "role", "settings") VALUES
///     ($1, $2, (jsonb_populate_record(NULL::"public"."users", $3::jsonb))."settings"), ($4, DEFAULT, NULL)
/// ```
final class ColumnBinder: Encoder {
    private(set) var statement: BoundStatement
    let table: TableName
    /// The row's columns that travel as JSON whatever their Swift type.
    private let json: Set<String>
    private let encoder = RowCoding.encoder
    /// The columns of the value being bound, each with the SQL that reads its parameter.
    fileprivate var written: [(column: String, value: String)] = []

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init<Row: FetchableRow>(statement: BoundStatement, for row: Row.Type) {
        self.statement = statement
        table = Row.table
        json = Set(Row.columnEncodings.compactMap { $0.value == .json ? $0.key : nil })
    }

    /// The columns `value` writes (a draft's nil property writes none; a change's nil writes
    /// NULL), in its coding keys' order, each with the SQL of its bound value.
    func bind(_ value: some Encodable) throws -> [(column: String, value: String)] {
        written = []
        try value.encode(to: self)
        return written
    }

    /// The statement with every value bound so far, handed over.
    func take() -> BoundStatement {
        defer { statement = BoundStatement() }
        return statement
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Columns(binder: self, nested: false))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { NotARow(binder: self) }
    func singleValueContainer() -> any SingleValueEncodingContainer { NotARow(binder: self) }

    /// `value` as a parameter of its own, unless the column travels as JSON.
    fileprivate func bind<T: Encodable>(native value: T, as parameter: some PostgresThrowingDynamicTypeEncodable, column: String) throws {
        if json.contains(column) { return try bind(json: value, column: column) }
        try statement.binds.append(parameter)
        written.append((column, "$\(statement.binds.count)"))
    }

    fileprivate func bind<T: PostgresThrowingDynamicTypeEncodable & Encodable>(native value: T, column: String) throws {
        try bind(native: value, as: value, column: column)
    }

    /// Text of no declared type, unless the column travels as JSON (a `jsonType` of `String`).
    fileprivate func bind(text: String, column: String) throws {
        try bind(native: text, as: UntypedText(text: text), column: column)
    }

    fileprivate func bind<T: Encodable>(encodable value: T, column: String) throws {
        if json.contains(column) { return try bind(json: value, column: column) }
        switch value {
        case let date as Date: try bind(text: RowCoding.format(date), column: column)
        case let uuid as UUID: try bind(native: uuid, column: column)
        case let decimal as Decimal: try bind(native: decimal, column: column)
        case let data as Data: try bind(native: data, column: column)
        // Arrays of what binds in binary, as PostgreSQL arrays. `[Date]` goes as JSON (below),
        // for the same reason a `Date` goes as text: `date`, `timestamp` and `timestamptz` alike.
        case let strings as [String]: try bind(native: strings, column: column)
        case let integers as [Int16]: try bind(native: integers, column: column)
        case let integers as [Int32]: try bind(native: integers, column: column)
        case let integers as [Int64]: try bind(native: integers, column: column)
        case let flags as [Bool]: try bind(native: flags, column: column)
        case let numbers as [Double]: try bind(native: numbers, column: column)
        case let numbers as [Float]: try bind(native: numbers, column: column)
        case let uuids as [UUID]: try bind(native: uuids, column: column)
        case let label as any RawRepresentable where label.rawValue is String: try bind(text: label.rawValue as! String, column: column)
        default: try bind(json: value, column: column)
        }
    }

    /// `(jsonb_populate_record(NULL::table, $n::jsonb))."column"`, of `{"column": value}`.
    private func bind(json value: some Encodable, column: String) throws {
        written.append((column, try statement.bind(value, column: column, of: table, encoder: encoder)))
    }

    /// The columns of a row; `nested` below one, where nothing can be written.
    fileprivate struct Columns<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let binder: ColumnBinder
        let nested: Bool
        var codingPath: [any CodingKey] { [] }

        private func column(_ key: Key) throws -> String {
            if nested { throw NotARow.error }
            return key.stringValue
        }

        mutating func encodeNil(forKey key: Key) throws { binder.written.append((try column(key), "NULL")) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { try binder.bind(native: value, column: try column(key)) }
        mutating func encode(_ value: String, forKey key: Key) throws { try binder.bind(text: value, column: try column(key)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { try binder.bind(native: value, column: try column(key)) }
        mutating func encode(_ value: Float, forKey key: Key) throws { try binder.bind(native: value, column: try column(key)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { try binder.bind(native: value, column: try column(key)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { try binder.bind(native: value, column: try column(key)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { try binder.bind(native: value, column: try column(key)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { try binder.bind(native: value, column: try column(key)) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { try binder.bind(encodable: value, column: try column(key)) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { try binder.bind(encodable: value, column: try column(key)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { try binder.bind(encodable: value, column: try column(key)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { try binder.bind(encodable: value, column: try column(key)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { try binder.bind(encodable: value, column: try column(key)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { try binder.bind(encodable: value, column: try column(key)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try binder.bind(encodable: value, column: try column(key)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Columns<NestedKey>(binder: binder, nested: true))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { NotARow(binder: binder) }
        mutating func superEncoder() -> any Encoder { binder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { binder }
    }
}

/// Text whose type PostgreSQL infers from where the parameter goes, as for a quoted literal.
private struct UntypedText: PostgresDynamicTypeEncodable {
    let text: String
    var psqlType: PostgresDataType { PostgresDataType(0) }
    var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeString(text)
    }
}

/// What a generated row never encodes: a value that is not a row of columns. Encoding into it
/// fails, so the statement is never sent.
private struct NotARow: UnkeyedEncodingContainer, SingleValueEncodingContainer {
    let binder: ColumnBinder
    var codingPath: [any CodingKey] { [] }
    var count: Int { 0 }
    mutating func encodeNil() throws { throw Self.error }
    mutating func encode<T: Encodable>(_ value: T) throws { throw Self.error }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(ColumnBinder.Columns<NestedKey>(binder: binder, nested: true))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> any Encoder { binder }

    static var error: EncodingError { .invalidValue((), .init(codingPath: [], debugDescription: "a draft or a change encodes a row of columns")) }
}
