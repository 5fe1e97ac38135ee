@testable import SchemaGen
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
