import Foundation
@testable import SchemaGen
import SyntheticSchemas
import Testing

extension PostgresSuite {
    /// Our quoting against PostgreSQL's own `quote_ident` and `quote_literal`, on random strings
    /// and on every keyword the server knows.
    @Suite struct QuotingFuzzTests {
        static let alphabet = Array("abcxyzABCXYZ_019 \"'\\;$-.\n\t/*éß名🙂")

        @Test func identifiersAndLiteralsAreQuotedAsPostgreSQLQuotesThem() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                let keywords = try database.value("SELECT string_agg(word, ',') FROM pg_get_keywords()").split(separator: ",").map(String.init)
                var random = SeededGenerator(seed: 1201)
                var strings = keywords + keywords.map { $0.uppercased() }
                for _ in 0..<2_000 {
                    let length = Int.random(in: 1...12, using: &random)
                    strings.append(String((0..<length).map { _ in random.pick(Self.alphabet) }))
                }
                let array = "ARRAY[" + strings.map(SQLLiteral.quote).joined(separator: ", ") + "]::text[]"
                let rows = try database.value("""
                    SELECT string_agg(encode(convert_to(x, 'UTF8'), 'hex') || ',' || encode(convert_to(quote_ident(x), 'UTF8'), 'hex')
                        || ',' || encode(convert_to(quote_literal(x), 'UTF8'), 'hex'), ';' ORDER BY n)
                    FROM unnest(\(array)) WITH ORDINALITY AS t(x, n)
                    """).split(separator: ";")
                #expect(rows.count == strings.count)
                for (string, row) in zip(strings, rows) {
                    let fields = row.split(separator: ",", omittingEmptySubsequences: false).map { Self.text(fromHex: $0) }
                    #expect(fields[0] == string, "the literal of \(string.debugDescription) reads back as \(fields[0].debugDescription)")
                    #expect(SQLIdentifier.quote(string) == fields[1], "\(string.debugDescription)")
                    // PostgreSQL writes a string with a backslash as E'...'; ours is the standard form.
                    if !string.contains("\\") { #expect(SQLLiteral.quote(string) == fields[2], "\(string.debugDescription)") }
                }
            }
        }

        static func text(fromHex hex: Substring) -> String {
            var bytes: [UInt8] = []
            var index = hex.startIndex
            while index < hex.endIndex {
                let next = hex.index(index, offsetBy: 2)
                bytes.append(UInt8(hex[index..<next], radix: 16)!)
                index = next
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
