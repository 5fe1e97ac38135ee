import Foundation
@testable import SchemaGen
import ReferenceSchemas
import SyntheticSchemas
import Testing

/// `JSONWriter` writes the bytes `JSONEncoder` wrote before it, for every file and every value:
/// the committed files depend on it.
@Suite struct JSONWriterTests {
    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func expectSameBytes(_ value: some Encodable, _ label: String) throws {
        for pretty in [true, false] {
            let expected = try [UInt8](encoder(pretty: pretty).encode(value))
            let written = try JSONWriter.bytes(of: value, compact: !pretty)
            #expect(written == expected, "\(label), pretty: \(pretty):\n\(lineDiff(String(decoding: expected, as: UTF8.self), String(decoding: written, as: UTF8.self)))")
        }
    }

    static let schemas: [Schema] = ReferenceSystems.all + [EveryTypeSchema.schema, SchemaObjectsSchema.schema, SyntheticSchema.declaration(tables: 150, seed: 7)]

    @Test(arguments: schemas.indices)
    func graphsAndSnapshotsAreJSONEncodersBytes(_ index: Int) throws {
        let model = Self.schemas[index].resolve().definition
        try Self.expectSameBytes(RelationGraph(schema: model), "\(model.name) relations")
        try Self.expectSameBytes(model, "\(model.name) model")
        let forms = ExpressionForms(tables: model.tables.prefix(3).map { ExpressionForms.Table(table: $0.name, columnTypes: ["a text"], forms: [.init(site: "default of a", declared: "now()", stored: "now()")]) })
        #expect(try SchemaSnapshot(schema: model, expressionForms: forms).encoded()
            == String(decoding: try Self.encoder(pretty: true).encode(SnapshotDocument(model: model, forms: forms)), as: UTF8.self) + "\n")
    }

    /// What snapshot.json holds, encoded through `JSONEncoder` for comparison.
    private struct SnapshotDocument: Encodable {
        let model: SchemaDefinition
        let forms: ExpressionForms

        func encode(to encoder: any Encoder) throws {
            try model.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(SchemaSnapshot.currentFormat, forKey: .format)
            try container.encode(forms.tables, forKey: .expressionForms)
        }

        enum Keys: String, CodingKey { case format, expressionForms }
    }

    /// Strings that need escapes, keys whose byte order is not their alphabetical order, numbers,
    /// empty and nested containers, nil, a key encoded twice, a super encoder.
    struct Awkward: Encodable {
        var strings = ["", "\"quoted\" \\ back", "a/b", "line\nbreak\r\ttab", "\u{0}\u{1}\u{8}\u{c}\u{1f}\u{7f}", "é 🙂 \u{2028} 名前", "'; DROP TABLE x; --"]
        var dictionary = ["b": 1, "B": 2, "a10": 3, "a9": 4, "é": 5, "_": 6, "": 7, "a\"b": 8]
        var numbers: [Double] = [0, -0.0, 2, 0.1, 1e300, -2.5e-300, 123456789012]
        var integers: [Int64] = [.min, .max, 0]
        var otherNumbers = (Int8.min, Int16.max, Int32.min, UInt8.max, UInt16.max, UInt32.max, UInt64.max, UInt(7), Float(2.5), Decimal(string: "12.345")!)
        var flags = [true, false]
        var empty: [[String]] = [[], [""]]
        var emptyObject: [String: Int] = [:]
        var missing: String?
        var date = Date(timeIntervalSinceReferenceDate: 12.5)
        var data = Data([0, 1, 2, 254, 255])
        var url = URL(string: "https://example.com/a?b=c")!

        enum Keys: String, CodingKey { case strings, dictionary, numbers, integers, otherNumbers, flags, empty, emptyObject, missing, date, data, url, twice, nothing, parent, nested }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(strings, forKey: .strings)
            try container.encode(dictionary, forKey: .dictionary)
            try container.encode(numbers, forKey: .numbers)
            try container.encode(integers, forKey: .integers)
            var others = container.nestedUnkeyedContainer(forKey: .otherNumbers)
            try others.encode(otherNumbers.0)
            try others.encode(otherNumbers.1)
            try others.encode(otherNumbers.2)
            try others.encode(otherNumbers.3)
            try others.encode(otherNumbers.4)
            try others.encode(otherNumbers.5)
            try others.encode(otherNumbers.6)
            try others.encode(otherNumbers.7)
            try others.encode(otherNumbers.8)
            try others.encode(otherNumbers.9)
            try container.encode(flags, forKey: .flags)
            try container.encode(empty, forKey: .empty)
            try container.encode(emptyObject, forKey: .emptyObject)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encode(date, forKey: .date)
            try container.encode(data, forKey: .data)
            try container.encode(url, forKey: .url)
            try container.encode("first", forKey: .twice)
            try container.encode("second", forKey: .twice)
            try container.encodeNil(forKey: .nothing)
            var nested = container.nestedUnkeyedContainer(forKey: .nested)
            var inner = nested.nestedContainer(keyedBy: Keys.self)
            try inner.encode(1.5, forKey: .numbers)
            try nested.encodeNil()
            try strings.encode(to: container.superEncoder(forKey: .parent))
            try flags.encode(to: container.superEncoder())
        }
    }

    /// Containers filled out of turn: a nested container written after its parent's later keys,
    /// one nested in another, a super encoder holding a single value, and an array element
    /// filled after the next element.
    struct OutOfTurn: Encodable {
        enum Keys: String, CodingKey { case late, zebra, alpha, inner, single, list }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var late = container.nestedContainer(keyedBy: Keys.self, forKey: .late)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            var first = list.nestedContainer(keyedBy: Keys.self)
            try list.encode("second")
            try container.encode("z", forKey: .zebra)
            var inner = late.nestedUnkeyedContainer(forKey: .inner)
            try late.encode([3, 2, 1], forKey: .alpha)
            try container.encode(["nested": ["deeper": [1.5]]], forKey: .alpha)
            try inner.encode(true)
            try first.encode("first", forKey: .zebra)
            var single = container.superEncoder(forKey: .single).singleValueContainer()
            try single.encode(42)
            try inner.encodeNil()
        }
    }

    @Test func awkwardValuesAreJSONEncodersBytes() throws {
        try Self.expectSameBytes(Awkward(), "awkward")
        try Self.expectSameBytes(OutOfTurn(), "containers filled out of turn")
        try Self.expectSameBytes([OutOfTurn()], "in an array")
        try Self.expectSameBytes(Int.min, "top-level integer")
        try Self.expectSameBytes([Date(timeIntervalSinceReferenceDate: -1.25)], "dates")
        try Self.expectSameBytes([Awkward(), Awkward()], "array of objects")
        try Self.expectSameBytes("top-level string", "string")
        try Self.expectSameBytes([String](), "empty array")
        try Self.expectSameBytes([String: [Int]](), "empty object")
    }

    @Test func infinityIsRefusedWithItsPath() throws {
        struct Holder: Encodable { var values: [Double] }
        let error = try #require(throws: EncodingError.self) { try JSONWriter.bytes(of: Holder(values: [1, .infinity])) }
        guard case .invalidValue(_, let context) = error else { Issue.record("\(error)"); return }
        #expect(context.codingPath.map(\.stringValue) == ["values", "Index 1"])
    }

    /// An object whose members come in a given order: some in key order at either end, some
    /// out of it, keys repeated, members filled through a nested container of their own.
    struct Shuffled: Encodable {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        enum Value { case number(Int), text(String), list([Int]), nested(Int) }

        var members: [(key: String, value: Value)]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in members {
                switch value {
                case .number(let number): try container.encode(number, forKey: Key(stringValue: key))
                case .text(let text): try container.encode(text, forKey: Key(stringValue: key))
                case .list(let list): try container.encode(list, forKey: Key(stringValue: key))
                case .nested(let number):
                    var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key(stringValue: key))
                    try nested.encode(number, forKey: Key(stringValue: "n"))
                }
            }
        }
    }

    /// Seeded: objects of 1 to 12 members, mostly in key order with a few moved, repeated or
    /// nested, alone and inside arrays and other objects.
    @Test func membersPutInOrderAroundThoseInPlaceAreJSONEncodersBytes() throws {
        var random = SeededGenerator(seed: 17)
        let keys = (0..<10).map { "k\($0)" } + ["", "B", "a", "é"]
        for round in 0..<300 {
            var members = keys.shuffled(using: &random).prefix(Int.random(in: 1...12, using: &random)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                .map { key -> (key: String, value: Shuffled.Value) in
                    switch Int.random(in: 0..<8, using: &random) {
                    case 0: (key, .nested(Int.random(in: 0...9, using: &random)))
                    case 1: (key, .list([1, 2]))
                    case 2: (key, .text("v"))
                    default: (key, .number(Int.random(in: 0...99, using: &random)))
                    }
                }
            for _ in 0..<Int.random(in: 0...3, using: &random) where members.count > 1 {
                let moved = members.remove(at: Int.random(in: 0..<members.count, using: &random))
                members.insert(moved, at: Int.random(in: 0...members.count, using: &random))
            }
            // JSONEncoder traps on a nested container for a key already encoded: only plain members repeat.
            if random.chance(0.3), let repeated = members.filter({ if case .nested = $0.value { false } else { true } }).randomElement(using: &random) {
                members.insert((repeated.key, .number(-1)), at: Int.random(in: 0...members.count, using: &random))
            }
            let value = Shuffled(members: members)
            try Self.expectSameBytes(value, "round \(round): \(members.map(\.key))")
            try Self.expectSameBytes([value, value], "round \(round), in an array")
            try Self.expectSameBytes(["outer": value], "round \(round), in an object")
        }
    }
}
