import Foundation
@testable import SchemaGen
import SyntheticSchemas
import Testing

/// For any valid declaration, the generated Swift module compiles (`swiftc -typecheck`), and a
/// name it could not take is a located validation error, never a module that does not build.
@Suite struct GeneratedSwiftCompilesTests {
    /// Every distinct declaration of the test suites (the reference systems are built as modules
    /// of this package already).
    static let declarations: [(String, Schema)] = {
        var seen: Set<SchemaDefinition> = []
        var found: [(String, Schema)] = []
        let candidates = FocusedSchemas.all.map { ("focused \($0.name)", $0) }
            + MigrationCase.all.flatMap { [("\($0.name) before", $0.before), ("\($0.name) after", $0.after)] }
            + [("hostile names", hostile), ("no table", Schema("moods") { Enum("mood", "happy", "sad") }), ("a default over two lines", twoLineDefault)]
        for (name, schema) in candidates where seen.insert(schema.resolve().definition).inserted {
            found.append((name, schema))
        }
        return found
    }()

    /// An application default written over two lines, which lands in a nested type.
    static let twoLineDefault = Schema("reminders") {
        Table("reminders") {
            Column("id", .bigint).primaryKey()
            Column("due", .timestamptz).notNull().appDefault(.swift("Date()\n    .addingTimeInterval(60)"))
        }
    }

    static let hostile = Schema("hostile") {
        Enum("string", "a", "b", "🙂", "allCases", "rawValue", "a;\nb", "A", "self")
        Enum("status", "open", schema: "billing")
        Enum("status", "draft")
        Table("data") {
            Column("id", .bigint).primaryKey()
            Column("sqlTable", .text)
            Column("CodingKeys", .text)
            Column("self", .text)
            Column("Type", .text)
            Column("default", .text)
        }
        Table("dates") { Column("id", .bigint).primaryKey(); Column("user_id", .text); Column("🙂", .text).swiftName("smile") }
        Table("decimals") { Column("id", .bigint).primaryKey().identity() }
        Table("warehouses") { Column("id", .bigint).primaryKey(); Column("kind", .enumeration(QualifiedName("string"))) }
        Table("new_warehouses") { Column("id", .bigint).primaryKey() }
        Table("empty") {}
        Table("strings") { Column("id", .bigint).primaryKey(); Column("state", .enumeration(QualifiedName("status", schema: "billing"))) }
        Table("statuses") { Column("id", .bigint).primaryKey() }
        Table("blobs", swiftName: "Blob") { Column("id", .bigint).primaryKey(); Column("body", .jsonb).jsonType("[String: Int]?") }
    }

    @Test(arguments: declarations.map(\.0))
    func theModuleOfEveryDeclarationCompiles(_ name: String) throws {
        let schema = try #require(Self.declarations.first { $0.0 == name }?.1)
        let model = schema.resolve().definition
        let errors = Validator(schema: model).validate().filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        let compiler = try SwiftTypecheck.errors(of: schema)
        #expect(compiler == nil, "\(compiler ?? "")")
    }

    @Test func collidingTypeNamesMoveAside() {
        let model = Self.hostile.resolve().definition
        let names = SwiftTypeNames(model)
        #expect(names.problems.isEmpty)
        let tables = Dictionary(uniqueKeysWithValues: names.tables.map { ($0.key.name, $0.value) })
        #expect(tables == [
            "data": "DataRow", "dates": "DateRow", "decimals": "DecimalRow", "warehouses": "Warehouse",
            "new_warehouses": "NewWarehouse", "empty": "Empty", "strings": "StringRow", "statuses": "Status", "blobs": "Blob",
        ])
        #expect(Set(names.enums.values) == ["StringEnum", "BillingStatus", "PublicStatus"])
    }

    /// Each collision or unusable name is refused at the declaring line, with what to write.
    @Test(arguments: [
        ("columns \"user_id\" and \"userId\" both become the Swift property userId", DiagnosticCode.swiftNameClash),
        ("the column's name has no letter or digit to make a Swift property of", .swiftNameInvalid),
        ("swiftName \"Data\" collides with another type of the generated module (a type the generated code uses)", .swiftNameClash),
        ("swiftName \"my name\" is not a Swift identifier", .swiftNameInvalid),
        ("is not a Swift type name such as Settings", .jsonType),
    ])
    func unusableNamesAreLocatedErrors(_ message: String, _ code: DiagnosticCode) throws {
        let line = #line + 2
        let schema = Schema("names") {
            Table("t") { Column("id", .bigint).primaryKey(); Column("user_id", .text); Column("userId", .text) }
            Table("u") { Column("id", .bigint).primaryKey(); Column("🙂", .text); Column("n", .text).swiftName("my name") }
            Table("v", swiftName: "Data") { Column("id", .bigint).primaryKey() }
            Table("w") { Column("id", .bigint).primaryKey(); Column("j", .jsonb).jsonType("Int }\npublic struct Hacked {") }
        }
        let found = Validator(schema: schema.resolve().definition, sources: schema.resolve().sources).validate()
        let diagnostic = try #require(found.first { $0.message.contains(message) }, "\(found)")
        #expect(diagnostic.code == code && diagnostic.severity == .error)
        let location = try #require(diagnostic.location)
        #expect(location.file.hasSuffix("GeneratedSwiftCompilesTests.swift") && (line...line + 3).contains(location.line))
    }

    /// Random identifiers drawn from the names that break generated code: Swift keywords,
    /// standard-library and Foundation types, unicode, case and separator variants of one
    /// another. A declaration that validates compiles; one that does not is refused only for
    /// its names, at their lines.
    @Test(arguments: Array(1...16))
    func randomIdentifiersCompileOrAreRefused(_ seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let pool = ["data", "string", "strings", "date", "self", "Self", "type", "Type", "default", "class", "init", "user_id", "userId",
                    "UserID", "sqlTable", "codingKeys", "CodingKeys", "décor", "名前", "🙂x", "x🙂", "new_items", "items", "item_updates",
                    "uuid", "UUIDs", "int32", "decimal", "relations", "Relations", "allCases", "rawValue", "hash", "Any", "protocol",
                    "json_value", "JSONValue", "nano_id", "schema_tables", "table_types", "_", "__x", "x_", "1st", "a b", "a-b", "ÄÖ"]
        var tables: [Table] = []
        var usedTables: Set<String> = []
        for _ in 0..<6 {
            let name = random.pick(pool)
            guard usedTables.insert(name.lowercased()).inserted else { continue }
            var columns: [Column] = [Column("id", .bigint).primaryKey()]
            var usedColumns: Set<String> = ["id"]
            for _ in 0..<5 {
                let column = random.pick(pool)
                guard usedColumns.insert(column).inserted else { continue }
                columns.append(Column(column, random.pick([.text, .integer, .jsonb, .enumeration(QualifiedName("status"))])))
            }
            tables.append(Table(name) { columns })
        }
        let schema = Schema("random\(seed)") {
            Enum("status", random.pick(pool), random.pick(pool) + "_2")
            tables
        }
        let resolved = schema.resolve()
        let errors = (resolved.diagnostics + Validator(schema: resolved.definition, sources: resolved.sources).validate()).filter { $0.severity == .error }
        if errors.isEmpty {
            let compiler = try SwiftTypecheck.errors(of: schema)
            #expect(compiler == nil, "seed \(seed): \(compiler ?? "")")
        } else {
            for error in errors {
                #expect([.swiftNameClash, .swiftNameInvalid].contains(error.code), "seed \(seed): \(error)")
                #expect(error.location != nil, "seed \(seed): \(error)")
            }
        }
    }
}
