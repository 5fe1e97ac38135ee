@testable import SchemaGen
import SyntheticSchemas
import Testing

@Suite struct IdentifierTests {
    @Test(arguments: [
        ("users", "users"), ("user", "\"user\""), ("activityLogs", "\"activityLogs\""),
        ("first name", "\"first name\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("_private", "_private"),
        ("2fa", "\"2fa\""), ("order", "\"order\""), ("name", "name"), ("été", "\"été\""), ("a$b", "\"a$b\""),
    ])
    func quotesExactlyWhenNeeded(_ identifier: String, _ expected: String) {
        #expect(SQLIdentifier.quote(identifier) == expected)
    }

    @Test func qualifiesOutsidePublicOnly() {
        #expect(SQLIdentifier.quote(QualifiedName("users")) == "users")
        #expect(SQLIdentifier.quote(QualifiedName("Invoices", schema: "billing")) == "billing.\"Invoices\"")
    }

    @Test func defaultNamesFollowPostgres() {
        #expect(ObjectName.make("users", nil, label: "pkey") == "users_pkey")
        #expect(ObjectName.make("users", "email", label: "key") == "users_email_key")
        let long = ObjectName.make(String(repeating: "t", count: 40), String(repeating: "c", count: 40), label: "fkey")
        #expect(long.utf8.count == 63)
        #expect(long == String(repeating: "t", count: 29) + "_" + String(repeating: "c", count: 28) + "_fkey")
        // Never cut inside a character.
        let accented = ObjectName.make(String(repeating: "é", count: 40), nil, label: "pkey")
        #expect(accented.utf8.count <= 63 && accented.hasSuffix("_pkey") && !accented.contains("\u{FFFD}"))
    }

    /// The name is taken whole up to 63 bytes, and cut from 64.
    @Test func defaultNamesAreCutFromTheSixtyFourthByte() {
        #expect(ObjectName.make(String(repeating: "t", count: 58), nil, label: "pkey") == String(repeating: "t", count: 58) + "_pkey")
        #expect(ObjectName.make(String(repeating: "t", count: 59), nil, label: "pkey") == String(repeating: "t", count: 58) + "_pkey")
        #expect(ObjectName.make(String(repeating: "t", count: 29), String(repeating: "c", count: 28), label: "fkey").utf8.count == 63)
    }

    /// ASCII names are camel-cased byte by byte; the result is the word-by-word definition's.
    @Test func asciiNamesCamelCaseAsWords() {
        func byWords(_ text: String) -> String {
            let words = text.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " })
            guard let first = words.first else { return text }
            return first.prefix(1).lowercased() + first.dropFirst() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        }
        var random = SeededGenerator(seed: 17)
        let alphabet = Array("aZz_- 9AbQ\r\n\t.$")
        var samples = ["created_at", "userId", "UserID", "_private", "__", "a__b", "-x-y-", " ", "", "HTTP_status", "9lives", "\r\n_x"]
        for _ in 0..<2_000 {
            samples.append(String((0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for sample in samples {
            #expect(sample.camelCased == byWords(sample), "\(sample.debugDescription)")
        }
    }

    @Test func clashingDefaultNamesAreNumbered() {
        let schema = Schema("clash") {
            Table("t") {
                Column("a", .integer)
                Column("b", .integer)
                Index(on: "a")
                Index(on: "a").where("b > 0")
                Check("a > 0")
                Check("b > 0")
            }
        }
        let table = schema.resolve().definition.tables[0]
        #expect(table.indexes.map(\.name) == ["t_a_idx", "t_a_idx1"])
        #expect(table.checks.map(\.name) == ["t_check", "t_check1"])
    }

    @Test func columnHandlesAcceptSwiftNames() {
        let parent = Table("parent_rows") { Column("row_id", .integer).primaryKey() }
        let schema = Schema("handles") {
            parent
            Table("child_rows") { Column("parent_row_id", .integer).references(parent.rowId) }
        }
        let key = schema.resolve().definition.tables.first { $0.name.name == "child_rows" }?.foreignKeys.first
        #expect(key?.referencedColumns == ["row_id"])
    }
}
