import SchemaGen

/// Declarations a new user might write by mistake or an attacker on purpose. Each is either
/// refused with a located diagnostic of the given code, or accepted, in which case its DDL
/// applies, a migrated database shows no drift, and its Swift module compiles.
struct BadDeclaration: Sendable, CustomStringConvertible {
    let name: String
    let schema: Schema
    /// The code of the error expected; nil when the declaration is valid.
    let refusal: DiagnosticCode?

    var description: String { name }

    /// A schema `corpus` with one table `t` (an id key and `columns`), and `more` beside it.
    static func table(_ name: String, refused code: DiagnosticCode?, _ columns: [Column], _ more: [TableElement] = []) -> BadDeclaration {
        BadDeclaration(name: name, schema: Schema("corpus") {
            Enum("mood", "happy", "sad")
            Table("t") {
                Column("id", .bigint).primaryKey()
                columns
                more
            }
        }, refusal: code)
    }

    static func schema(_ name: String, refused code: DiagnosticCode?, _ schema: Schema) -> BadDeclaration {
        BadDeclaration(name: name, schema: schema, refusal: code)
    }

    static let parent = Table("parent") {
        Column("id", .bigint).primaryKey()
        Column("code", .varchar(10)).notNull().unique()
        Column("note", .text)
    }

    /// A schema with `parent` and a child table holding `columns`.
    static func child(_ name: String, refused code: DiagnosticCode?, _ columns: [Column], _ more: [TableElement] = []) -> BadDeclaration {
        BadDeclaration(name: name, schema: Schema("corpus") {
            parent
            Table("child") {
                Column("id", .bigint).primaryKey()
                columns
                more
            }
        }, refusal: code)
    }

    static let long = String(repeating: "x", count: 64)
    static let hostileText = ["'; DROP TABLE t; --", "first;\nsecond", "$$ $x$ \\", "quote \" and ' both", "🙂 unicode ß", "tab\tand\r\nbreak"]

    static let all: [BadDeclaration] = names + types + defaults + identities + keys + foreignKeys + swiftNames + settings + schemaObjects + partitions + accepted

    static let names: [BadDeclaration] = [
        schema("empty table name", refused: .emptyIdentifier, Schema("corpus") { Table("") { Column("id", .bigint).primaryKey() } }),
        table("empty column name", refused: .emptyIdentifier, [Column("", .text)]),
        schema("table name over 63 bytes", refused: .identifierTooLong, Schema("corpus") { Table(long) { Column("id", .bigint).primaryKey() } }),
        table("column name over 63 bytes", refused: .identifierTooLong, [Column(long, .text)]),
        table("index name over 63 bytes", refused: .identifierTooLong, [Column("a", .text)], [.index(Index(long, on: "a"))]),
        table("check name over 63 bytes", refused: .identifierTooLong, [Column("a", .integer)], [.check(Check("a > 0", name: long))]),
        schema("enum name over 63 bytes", refused: .identifierTooLong, Schema("corpus") { Enum(long, "a") }),
        schema("multibyte name over 63 bytes", refused: .identifierTooLong, Schema("corpus") { Table(String(repeating: "é", count: 32)) { Column("id", .bigint).primaryKey() } }),
        schema("table declared twice", refused: .duplicateTable, Schema("corpus") {
            Table("a") { Column("id", .bigint).primaryKey() }
            Table("a") { Column("id", .bigint).primaryKey() }
        }),
        table("column declared twice", refused: .duplicateColumn, [Column("a", .text), Column("a", .integer)]),
        table("index named like the table", refused: .duplicateRelationName, [Column("a", .text)], [.index(Index("t", on: "a"))]),
        table("two indexes with one name", refused: .duplicateRelationName, [Column("a", .text), Column("b", .text)], [.index(Index("same", on: "a")), .index(Index("same", on: "b"))]),
        table("two checks with one name", refused: .duplicateConstraint, [Column("a", .integer)], [.check(Check("a > 0", name: "c")), .check(Check("a < 9", name: "c"))]),
        schema("enum declared twice", refused: .duplicateEnum, Schema("corpus") { Enum("e", "a"); Enum("e", "b") }),
        schema("enum without values", refused: .emptyEnum, Schema("corpus") { Enum("e", values: []) }),
        schema("enum with an empty value", refused: .emptyEnumValue, Schema("corpus") { Enum("e", "a", "") }),
        schema("enum value listed twice", refused: .duplicateEnumValue, Schema("corpus") { Enum("e", "a", "a") }),
        schema("enum named like a table", refused: .typeNameClash, Schema("corpus") { Enum("t", "a"); Table("t") { Column("id", .bigint).primaryKey() } }),
        schema("extension listed twice", refused: .duplicateExtension, Schema("corpus") { Extension("citext"); Extension("citext") }),
        schema("schema name with ..", refused: .invalidIdentifier, Schema("../../escaped_schema") { Table("a") { Column("id", .bigint).primaryKey() } }),
        schema("empty schema name", refused: .invalidIdentifier, Schema("") { Table("a") { Column("id", .bigint).primaryKey() } }),
        schema("schema name with a slash", refused: .invalidIdentifier, Schema("a/b") { Table("a") { Column("id", .bigint).primaryKey() } }),
        schema("schema name with a space", refused: .invalidIdentifier, Schema("my schema") { Table("a") { Column("id", .bigint).primaryKey() } }),
        schema("schema name starting with a digit", refused: .invalidIdentifier, Schema("1st") { Table("a") { Column("id", .bigint).primaryKey() } }),
        schema("schema name with a line break", refused: .invalidIdentifier, Schema("a\nb") { Table("a") { Column("id", .bigint).primaryKey() } }),
        schema("schema name of 64 letters", refused: .invalidIdentifier, Schema(long) { Table("a") { Column("id", .bigint).primaryKey() } }),
    ]

    static let types: [BadDeclaration] = [
        table("numeric precision 0", refused: .invalidType, [Column("a", .numeric(precision: 0, scale: nil))]),
        table("numeric precision 1001", refused: .invalidType, [Column("a", .numeric(precision: 1001, scale: nil))]),
        table("numeric scale over precision", refused: .invalidType, [Column("a", .numeric(precision: 5, scale: 6))]),
        table("numeric negative scale", refused: .invalidType, [Column("a", .numeric(precision: 5, scale: -1))]),
        table("numeric scale without precision", refused: .invalidType, [Column("a", .numeric(precision: nil, scale: 2))]),
        table("varchar(0)", refused: .invalidType, [Column("a", .varchar(0))]),
        table("varchar over the limit", refused: .invalidType, [Column("a", .varchar(10_485_761))]),
        table("char(0)", refused: .invalidType, [Column("a", .char(0))]),
        table("timestamp(7)", refused: .invalidType, [Column("a", .timestamp(precision: 7))]),
        table("time(-1)", refused: .invalidType, [Column("a", .time(precision: -1))]),
        table("array of serial", refused: .invalidType, [Column("a", .array(.serial))]),
        table("custom type without a name", refused: .invalidType, [Column("a", .custom(" "))]),
        table("custom type with SQL after it", refused: .invalidType, [Column("a", .custom("text); DROP TABLE x; --"))]),
        table("custom type with a comment", refused: .invalidType, [Column("a", .custom("text -- x"))]),
        table("custom type with an unclosed quote", refused: .invalidType, [Column("a", .custom("\"text"))]),
        table("custom type with a line break", refused: .invalidType, [Column("a", .custom("text\nint"))]),
        table("enum not listed", refused: .unknownEnum, [Column("a", .enumeration(QualifiedName("missing")))]),
        table("array of an enum not listed", refused: .unknownEnum, [Column("a", .array(.enumeration(QualifiedName("missing"))))]),
        table("jsonType on text", refused: .jsonType, [Column("a", .text).jsonType("Settings")]),
        table("jsonType with code after it", refused: .jsonType, [Column("a", .jsonb).jsonType("Int }\npublic struct Hacked {")]),
        table("jsonType with a comment", refused: .jsonType, [Column("a", .jsonb).jsonType("Int // x")]),
        table("jsonType empty", refused: .jsonType, [Column("a", .jsonb).jsonType("")]),
    ]

    static let defaults: [BadDeclaration] = [
        table("number default with SQL after it", refused: .invalidLiteral, [Column("a", .numeric(precision: 10, scale: 2)).default(.number("1); DROP TABLE t; --"))]),
        table("number default NaN", refused: .invalidLiteral, [Column("a", .doublePrecision).default(.number("\(Double.nan)"))]),
        table("number default infinity", refused: .invalidLiteral, [Column("a", .doublePrecision).default(.number("\(Double.infinity)"))]),
        table("number default empty", refused: .invalidLiteral, [Column("a", .numeric(precision: 10, scale: 2)).default(.number(""))]),
        table("number default with two points", refused: .invalidLiteral, [Column("a", .numeric(precision: 10, scale: 2)).default(.number("1.2.3"))]),
        table("number default with a bare exponent", refused: .invalidLiteral, [Column("a", .doublePrecision).default(.number("1e"))]),
        table("string default with a NUL", refused: .invalidLiteral, [Column("a", .text).default("a\u{0}b")]),
        table("array default with a NUL", refused: .invalidLiteral, [Column("a", .array(.text)).default(["a", "b\u{0}"])]),
        table("enum default not a value", refused: .enumDefault, [Column("a", .enumeration(QualifiedName("mood"))).default("angry")]),
        table("default longer than varchar", refused: .defaultTooLong, [Column("a", .varchar(3)).default("abcd")]),
        table("boolean default on an integer", refused: .defaultType, [Column("a", .integer).default(true)]),
        table("text default on a boolean", refused: .defaultType, [Column("a", .boolean).default("yes")]),
        table("number default on text", refused: .defaultType, [Column("a", .integer).default(1.5)]),
        table("array default on a scalar", refused: .defaultType, [Column("a", .text).default(["a"])]),
        table("scalar default on an array", refused: .defaultType, [Column("a", .array(.text)).default("a")]),
        table("default on a serial", refused: .serialDefault, [Column("a", .serial).default(1)]),
        table("default on an identity", refused: .identityDefault, [Column("a", .bigint).identity().default(1)]),
        table("default on a generated column", refused: .generatedDefault, [Column("a", .integer), Column("b", .integer).generated(as: "a * 2").default(1)]),
    ]

    static let identities: [BadDeclaration] = [
        table("identity on text", refused: .identityType, [Column("a", .text).identity()]),
        table("identity on serial", refused: .identityType, [Column("a", .serial).identity()]),
        table("identity and generated", refused: .identityGenerated, [Column("b", .integer), Column("a", .integer).identity().generated(as: "b")]),
        table("identity increment 0", refused: .invalidIdentity, [Column("a", .integer).identity(increment: 0)]),
        table("identity min over max", refused: .invalidIdentity, [Column("a", .integer).identity(minValue: 10, maxValue: 5)]),
        table("identity start below min", refused: .invalidIdentity, [Column("a", .integer).identity(start: 1, minValue: 10)]),
        table("identity start above max", refused: .invalidIdentity, [Column("a", .integer).identity(start: 100, maxValue: 10)]),
        table("identity cache 0", refused: .invalidIdentity, [Column("a", .integer).identity(cache: 0)]),
        table("identity max beyond smallint", refused: .invalidIdentity, [Column("a", .smallint).identity(maxValue: 40_000)]),
        table("identity min beyond integer", refused: .invalidIdentity, [Column("a", .integer).identity(minValue: -3_000_000_000)]),
    ]

    static let keys: [BadDeclaration] = [
        table("two primary keys", refused: .multiplePrimaryKeys, [Column("a", .integer).primaryKey()]),
        schema("primary key on a missing column", refused: .unknownColumn, Schema("corpus") { Table("k") { Column("a", .text); PrimaryKey("missing") } }),
        table("unique on a missing column", refused: .unknownColumn, [Column("a", .text)], [.unique(Unique("a", "emial"))]),
        table("unique with no column", refused: .emptyColumnList, [Column("a", .text)], [.unique(Unique())]),
        table("unique naming a column twice", refused: .repeatedColumn, [Column("a", .text)], [.unique(Unique("a", "a"))]),
        table("index on a missing column", refused: .unknownColumn, [Column("a", .text)], [.index(Index(on: "b"))]),
        table("index with no key", refused: .emptyColumnList, [Column("a", .text)], [.index(Index("i"))]),
        table("index including a missing column", refused: .unknownColumn, [Column("a", .text)], [.index(Index(on: "a").include("b"))]),
        table("hash index on two columns", refused: .hashIndexColumns, [Column("a", .text), Column("b", .text)], [.index(Index(on: "a", "b").using(.hash))]),
        table("unique gin index", refused: .uniqueIndexMethod, [Column("a", .jsonb)], [.index(Index(on: "a").using(.gin).unique())]),
        table("check with no expression", refused: .emptyCheck, [Column("a", .integer)], [.check(Check("  "))]),
    ]

    static let foreignKeys: [BadDeclaration] = [
        child("reference to a missing table", refused: .unknownTable, [Column("p", .bigint).references(ColumnReference(table: QualifiedName("parnet"), column: "id"))]),
        child("reference to a missing column", refused: .unknownColumn, [Column("p", .bigint).references(parent.idd)]),
        child("composite key on a missing local column", refused: .unknownColumn, [Column("p", .bigint)], [.foreignKey(ForeignKey(["q"], references: parent, ["id"]))]),
        child("key arity mismatch", refused: .foreignKeyArity, [Column("p", .bigint)], [.foreignKey(ForeignKey(["p"], references: parent, ["id", "code"]))]),
        child("reference to a column without a key", refused: .foreignKeyNotUnique, [Column("p", .text).references(parent.note)]),
        child("reference between different types", refused: .foreignKeyType, [Column("p", .text).references(parent.id)]),
        child("SET NULL on a NOT NULL column", refused: .setNullNotNull, [Column("p", .bigint).notNull().references(parent.id, onDelete: .setNull)]),
        child("SET DEFAULT without a default", refused: .setDefaultWithoutDefault, [Column("p", .bigint).references(parent.id, onDelete: .setDefault)]),
        child("SET NULL setting a column outside the key", refused: .foreignKeySetColumns, [Column("p", .bigint), Column("c", .varchar(10)), Column("x", .text)],
              [.foreignKey(ForeignKey(["p", "c"], references: parent, ["id", "code"], onDelete: .setNull, setting: ["x"]))]),
        child("columns to set with CASCADE", refused: .foreignKeySetColumns, [Column("p", .bigint), Column("c", .varchar(10))],
              [.foreignKey(ForeignKey(["p", "c"], references: parent, ["id", "code"], onDelete: .cascade, setting: ["c"]))]),
        child("SET NULL of a NOT NULL column it names", refused: .setNullNotNull, [Column("p", .bigint).notNull(), Column("c", .varchar(10))],
              [.foreignKey(ForeignKey(["p", "c"], references: parent, ["id", "code"], onDelete: .setNull, setting: ["p"]))]),
    ]

    static let swiftNames: [BadDeclaration] = [
        table("user_id beside userId", refused: .swiftNameClash, [Column("user_id", .text), Column("userId", .text)]),
        table("Name beside name_", refused: .swiftNameClash, [Column("Name", .text), Column("name_", .text)]),
        table("created-at beside created_at", refused: .swiftNameClash, [Column("created-at", .text), Column("created_at", .text)]),
        table("emoji column", refused: .swiftNameInvalid, [Column("🙂", .text)]),
        table("punctuation column", refused: .swiftNameInvalid, [Column("?!", .text)]),
        table("swiftName with a space", refused: .swiftNameInvalid, [Column("a", .text).swiftName("a b")]),
        table("swiftName a keyword", refused: .swiftNameInvalid, [Column("a", .text).swiftName("class")]),
        table("swiftName starting with a digit", refused: .swiftNameInvalid, [Column("a", .text).swiftName("1a")]),
        table("swiftName equal to another property", refused: .swiftNameClash, [Column("a", .text), Column("b", .text).swiftName("a")]),
        schema("table swiftName of a Foundation type", refused: .swiftNameClash, Schema("corpus") { Table("a", swiftName: "Data") { Column("id", .bigint).primaryKey() } }),
        schema("table swiftName of another table", refused: .swiftNameClash, Schema("corpus") {
            Table("users") { Column("id", .bigint).primaryKey() }
            Table("people", swiftName: "User") { Column("id", .bigint).primaryKey() }
        }),
        schema("table swiftName not an identifier", refused: .swiftNameInvalid, Schema("corpus") { Table("a", swiftName: "My Row") { Column("id", .bigint).primaryKey() } }),
    ]

    static let settings: [BadDeclaration] = [
        schema("negative lock timeout", refused: .invalidDuration, Schema("corpus") { MigrationSettings(online: true, timeouts: .init(lockTimeout: "-5s")) }),
        schema("zero statement timeout", refused: .invalidDuration, Schema("corpus") { MigrationSettings(timeouts: .init(statementTimeout: "0")) }),
        schema("timeout with an unknown unit", refused: .invalidDuration, Schema("corpus") { MigrationSettings(timeouts: .init(lockTimeout: "5 parsecs")) }),
        schema("timeout with SQL after it", refused: .invalidDuration, Schema("corpus") { MigrationSettings(timeouts: .init(lockTimeout: "5s'; DROP TABLE t; --")) }),
        schema("empty timeout", refused: .invalidDuration, Schema("corpus") { MigrationSettings(timeouts: .init(longStatementTimeout: "")) }),
    ]

    /// Valid, however odd: each must apply, show no drift and compile.
    static let accepted: [BadDeclaration] = [
        schema("tables named like Swift types", refused: nil, Schema("corpus") {
            Enum("string", "a", "b")
            Table("data") { Column("id", .bigint).primaryKey(); Column("kind", .enumeration(QualifiedName("string"))) }
            Table("dates") { Column("id", .bigint).primaryKey() }
            Table("decimals") { Column("id", .bigint).primaryKey() }
            Table("uuids") { Column("id", .bigint).primaryKey() }
        }),
        schema("names PostgreSQL reserves", refused: nil, Schema("corpus") {
            Table("user") { Column("select", .bigint).primaryKey(); Column("from", .text); Column("order", .integer).check("\"order\" > 0") }
            Table("group") { Column("id", .bigint).primaryKey(); Column("user", .bigint).references(ColumnReference(table: QualifiedName("user"), column: "select")) }
        }),
        schema("names Swift reserves", refused: nil, Schema("corpus") {
            Table("class") { Column("default", .bigint).primaryKey(); Column("self", .text); Column("init", .text); Column("Type", .text); Column("protocol", .text) }
        }),
        schema("names the generated code uses", refused: nil, Schema("corpus") {
            Table("relations") { Column("id", .bigint).primaryKey(); Column("sqlTable", .text); Column("CodingKeys", .text); Column("coding_keys2", .text) }
            Table("schema_tables") { Column("id", .bigint).primaryKey() }
            Table("table_types") { Column("id", .bigint).primaryKey() }
        }),
        schema("names with quotes, spaces and dots", refused: nil, Schema("corpus") {
            Table("my \"quoted\" table") { Column("id", .bigint).primaryKey(); Column("a.b c", .text); Column("it's", .text) }
        }),
        schema("unicode names", refused: nil, Schema("corpus") {
            Table("größen") { Column("id", .bigint).primaryKey(); Column("名前", .text); Column("café", .text).swiftName("cafe") }
        }),
        schema("emoji names with Swift names", refused: nil, Schema("corpus") {
            Table("🙂", swiftName: "Smile") { Column("id", .bigint).primaryKey(); Column("🎉", .text).swiftName("party") }
        }),
        schema("a table with no columns", refused: nil, Schema("corpus") { Table("nothing") {} }),
        schema("a table with only an identity", refused: nil, Schema("corpus") { Table("counter") { Column("id", .bigint).primaryKey().identity() } }),
        schema("a table named like another's insert type", refused: nil, Schema("corpus") {
            Table("users") { Column("id", .bigint).primaryKey() }
            Table("new_users") { Column("id", .bigint).primaryKey() }
            Table("user_updates") { Column("id", .bigint).primaryKey() }
        }),
        schema("one table name in two schemas", refused: nil, Schema("corpus") {
            Table("items", schema: "a") { Column("id", .bigint).primaryKey() }
            Table("items", schema: "b") { Column("id", .bigint).primaryKey() }
        }),
        schema("one enum name in two schemas", refused: nil, Schema("corpus") {
            Enum("status", "x", schema: "a")
            Enum("status", "y", schema: "b")
            Table("items") { Column("id", .bigint).primaryKey(); Column("a", .enumeration(QualifiedName("status", schema: "a"))); Column("b", .enumeration(QualifiedName("status", schema: "b"))) }
        }),
        schema("plurals that mislead", refused: nil, Schema("corpus") {
            Table("warehouses") { Column("id", .bigint).primaryKey() }
            Table("statuses") { Column("id", .bigint).primaryKey() }
            Table("people") { Column("id", .bigint).primaryKey() }
            Table("series") { Column("id", .bigint).primaryKey() }
        }),
        schema("enum values Swift cannot name", refused: nil, Schema("corpus") {
            Enum("odd", "🙂", "a;\nb", "allCases", "rawValue", "A", "a", "1st", "self", "-- schemagen:step no-transaction")
            Table("t") { Column("id", .bigint).primaryKey(); Column("o", .enumeration(QualifiedName("odd"))).default("a;\nb") }
        }),
        table("hostile string defaults", refused: nil, hostileText.enumerated().map { Column("d\($0.offset)", .text).default(.string($0.element)) }),
        table("hostile comments", refused: nil, hostileText.enumerated().map { Column("c\($0.offset)", .text).comment($0.element) }),
        table("hostile array default", refused: nil, [Column("a", .array(.text)).default(.array(hostileText.map(SQLLiteral.string)))]),
        schema("hostile table comment", refused: nil, Schema("corpus") { Table("t", comment: "x;\n-- schemagen:step no-transaction\nDROP TABLE t;") { Column("id", .bigint).primaryKey() } }),
        table("hostile check", refused: nil, [Column("a", .text).check("a <> ';' AND a <> '$$' AND a <> E'\\\\'")]),
        table("numbers as numbers", refused: nil, [Column("a", .numeric(precision: 12, scale: 4)).default(.number("-0.5")), Column("b", .doublePrecision).default(.number("1.5e10")), Column("c", .real).default(.number(".5"))]),
        table("float literals", refused: nil, [Column("a", .doublePrecision).default(2.5), Column("b", .doublePrecision).default(1e-7)]),
        table("custom types written in full", refused: nil, [
            Column("a", .custom("tstzrange")), Column("b", .custom("bit varying(8)")), Column("c", .custom("int4range[]")),
            Column("d", .custom("double precision")), Column("e", .custom("pg_catalog.int4")), Column("f", .custom("numeric(10, 2)")),
        ]),
        table("valid jsonTypes", refused: nil, [Column("a", .jsonb).jsonType("[String: Int]"), Column("b", .jsonb).jsonType("[Int]?"), Column("c", .json).jsonType("String")]),
        table("identity with every option", refused: nil, [Column("a", .integer).identity(.byDefault, start: 10, increment: -1, minValue: -100, maxValue: 100, cache: 5, cycle: true)]),
        table("smallint identity at its limits", refused: nil, [Column("a", .smallint).identity(minValue: -32768, maxValue: 32767)]),
        child("self-explanatory foreign keys", refused: nil, [
            Column("p", .bigint).references(parent.id, onDelete: .cascade),
            Column("c", .varchar(10)).default("x").references(parent.code, onDelete: .setDefault),
        ]),
        schema("SET NULL of one column of a composite key", refused: nil, Schema("corpus") {
            Table("members") { Column("tenant_id", .bigint); Column("id", .bigint); PrimaryKey("tenant_id", "id") }
            Table("posts") {
                Column("id", .bigint).primaryKey()
                Column("tenant_id", .bigint).notNull()
                Column("author_id", .bigint)
                ForeignKey(["tenant_id", "author_id"], references: Table("members") { Column("tenant_id", .bigint); Column("id", .bigint) }, ["tenant_id", "id"],
                           onDelete: .setNull, setting: ["author_id"])
                Index(on: "tenant_id", "author_id")
            }
        }),
        schema("valid timeouts", refused: nil, Schema("corpus") {
            MigrationSettings(online: true, timeouts: .init(lockTimeout: "500ms", statementTimeout: "2min", longStatementTimeout: "1h"))
            Table("t") { Column("id", .bigint).primaryKey() }
        }),
        table("a generated column over a keyword", refused: nil, [Column("order", .integer), Column("twice", .integer).generated(as: "\"order\" * 2")]),
        table("long but legal names", refused: nil, [Column(String(repeating: "y", count: 63), .text)]),
        table("names differing only in case, one with a Swift name", refused: nil, [Column("Name", .text), Column("name", .text).swiftName("lowerName")]),
    ]

    static let touch = Function("touch", returns: .custom("trigger"), language: "plpgsql", body: "BEGIN RETURN NEW; END")

    /// Sequences, functions, views, triggers, policies and domains that cannot hold together.
    static let schemaObjects: [BadDeclaration] = [
        schema("a sequence that never moves", refused: .invalidSequence, Schema("corpus") { SequenceGenerator("s", increment: 0) }),
        schema("a sequence starting outside its bounds", refused: .invalidSequence, Schema("corpus") { SequenceGenerator("s", start: 5, minValue: 10, maxValue: 20) }),
        schema("a sequence owned by an unknown column", refused: .sequenceOwnerUnknown, Schema("corpus") {
            Table("t") { Column("id", .bigint).primaryKey() }
            SequenceGenerator("s", ownedBy: ColumnReference(table: QualifiedName("t"), column: "nope"))
        }),
        schema("a SQL-standard body in plpgsql", refused: .invalidFunction, Schema("corpus") {
            Function("f", returns: .integer, language: "plpgsql", body: "RETURN 1", atomic: true)
        }),
        schema("a function without a body", refused: .invalidFunction, Schema("corpus") { Function("f", returns: .integer, language: "sql", body: " ") }),
        schema("one function signature declared twice", refused: .duplicateFunction, Schema("corpus") {
            Function("f", arguments: [FunctionArgument("a", .integer)], returns: .integer, language: "sql", body: "SELECT a")
            Function("f", arguments: [FunctionArgument("b", .integer)], returns: .integer, language: "sql", body: "SELECT b")
        }),
        schema("a view query closed with a semicolon", refused: .invalidView, Schema("corpus") { View("v", as: "SELECT 1; DROP TABLE t;") }),
        schema("a check in a view", refused: .viewElement, Schema("corpus") { View("v", as: "SELECT 1 AS n") { Check("n > 0") } }),
        schema("a view named like a table", refused: .duplicateRelationName, Schema("corpus") {
            Table("t") { Column("id", .bigint).primaryKey() }
            View("t", as: "SELECT 1 AS n")
        }),
        schema("a domain named like a table", refused: .typeNameClash, Schema("corpus") {
            Table("t") { Column("id", .bigint).primaryKey() }
            Domain("t", .integer)
        }),
        schema("a view's row trigger before an insert", refused: .invalidTrigger, Schema("corpus") {
            touch
            View("v", as: "SELECT 1 AS n") { Trigger("v_insert", .before, .insert, execute: touch) }
        }),
        schema("an INSTEAD OF trigger with a condition", refused: .invalidTrigger, Schema("corpus") {
            touch
            View("v", as: "SELECT 1 AS n") { Trigger("v_insert", .insteadOf, .insert, when: "NEW.n > 0", execute: touch) }
        }),
        schema("a disabled trigger on a view", refused: .invalidTrigger, Schema("corpus") {
            touch
            View("v", as: "SELECT 1 AS n") { Trigger("v_insert", .insteadOf, .insert, execute: touch, enabled: .disabled) }
        }),
        schema("a trigger on a materialized view", refused: .viewElement, Schema("corpus") {
            touch
            MaterializedView("m", as: "SELECT 1 AS n") { Trigger("m_insert", .after, .insert, forEachRow: false, execute: touch) }
        }),
        schema("an INSTEAD OF trigger on a view", refused: nil, Schema("corpus") {
            touch
            View("v", as: "SELECT 1 AS n") { Trigger("v_insert", .insteadOf, .insert, .update, execute: touch) }
        }),
        table("an INSTEAD OF trigger on a table", refused: .invalidTrigger, [], [.trigger(Trigger("t_insert", .insteadOf, .insert, execute: touch))]),
        table("a row trigger on TRUNCATE", refused: .invalidTrigger, [], [.trigger(Trigger("t_truncate", .after, .truncate, execute: touch))]),
        table("a trigger on an unknown column", refused: .invalidTrigger, [], [.trigger(Trigger("t_touch", .before, .update, updateOf: ["nope"], execute: touch))]),
        table("a trigger declared twice", refused: .duplicateTrigger, [], [
            .trigger(Trigger("t_touch", .before, .update, execute: touch)), .trigger(Trigger("t_touch", .before, .insert, execute: touch)),
        ]),
        table("a SELECT policy with a check", refused: .invalidPolicy, [], [.rowLevelSecurity(RowLevelSecurity()), .policy(Policy("p", for: .select, using: "true", withCheck: "true"))]),
        table("a policy declared twice", refused: .duplicatePolicy, [], [.rowLevelSecurity(RowLevelSecurity()), .policy(Policy("p", using: "true")), .policy(Policy("p", using: "false"))]),
    ]
}

extension BadDeclaration {
    /// A table `events` partitioned as `key` says, with `elements` besides its columns.
    static func partitioned(_ name: String, refused code: DiagnosticCode?, _ key: PartitionBy, _ elements: [TableElement]) -> BadDeclaration {
        schema(name, refused: code, Schema("corpus") {
            Table("events") {
                Column("id", .bigint).notNull()
                Column("at", .integer).notNull()
                Column("region", .text)
                key
                elements
            }
        })
    }

    /// Partitioned tables PostgreSQL would refuse, from its documentation of `CREATE TABLE`
    /// and of partitioning; and ones it takes, whose DDL must apply.
    static let partitions: [BadDeclaration] = [
        partitioned("a primary key without the partition key", refused: .invalidPartition, PartitionBy(.range, "at"), [.primaryKey(PrimaryKey("id"))]),
        partitioned("a unique key on a table partitioned by an expression", refused: .invalidPartition, PartitionBy(.list, .expression("lower(region)")),
                    [.unique(Unique("id", "region"))]),
        partitioned("two keys for a list", refused: .invalidPartition, PartitionBy(.list, "region", "at"), []),
        partitioned("a key column that does not exist", refused: .invalidPartition, PartitionBy(.range, "nope"), []),
        partitioned("a key with an order", refused: .invalidPartition, PartitionBy(.range, .column("at", order: .descending)), []),
        partitioned("a list bound on a range table", refused: .invalidPartition, PartitionBy(.range, "at"), [.partition(Partition("p", in: 1, 2))]),
        partitioned("a range bound with too few values", refused: .invalidPartition, PartitionBy(.range, "at", "id"), [.partition(Partition("p", from: 1, to: 10))]),
        partitioned("an empty range", refused: .invalidPartition, PartitionBy(.range, "at"), [.partition(Partition("p", from: 10, to: 10))]),
        partitioned("overlapping ranges", refused: .invalidPartition, PartitionBy(.range, "at"),
                    [.partition(Partition("p1", from: 1, to: 10)), .partition(Partition("p2", from: 5, to: 20))]),
        partitioned("a value after MAXVALUE that is not MAXVALUE", refused: .invalidPartition, PartitionBy(.range, "at", "id"),
                    [.partition(Partition("p", from: [1, 1], to: [.maxValue, 5]))]),
        partitioned("a value in two lists", refused: .invalidPartition, PartitionBy(.list, "region"),
                    [.partition(Partition("p1", in: "eu", "us")), .partition(Partition("p2", in: "us"))]),
        partitioned("two default partitions", refused: .invalidPartition, PartitionBy(.list, "region"),
                    [.partition(Partition.default("p1")), .partition(Partition.default("p2"))]),
        partitioned("a default partition of a hash table", refused: .invalidPartition, PartitionBy(.hash, "id"), [.partition(Partition.default("p"))]),
        partitioned("a remainder beyond the modulus", refused: .invalidPartition, PartitionBy(.hash, "id"), [.partition(Partition("p", modulus: 4, remainder: 4))]),
        partitioned("hash moduli that do not divide", refused: .invalidPartition, PartitionBy(.hash, "id"),
                    [.partition(Partition("p1", modulus: 4, remainder: 0)), .partition(Partition("p2", modulus: 6, remainder: 1))]),
        partitioned("overlapping hash partitions", refused: .invalidPartition, PartitionBy(.hash, "id"),
                    [.partition(Partition("p1", modulus: 2, remainder: 0)), .partition(Partition("p2", modulus: 4, remainder: 2))]),
        partitioned("an exclusion constraint", refused: .invalidPartition, PartitionBy(.range, "at"), [.exclusion(Exclude(using: .btree, ("at", "=")))]),
        partitioned("a NO INHERIT check", refused: .invalidPartition, PartitionBy(.range, "at"), [.check(Check("at > 0", noInherit: true))]),
        partitioned("a NOT VALID foreign key", refused: .invalidPartition, PartitionBy(.range, "at"),
                    [.foreignKey(ForeignKey(["id"], references: parent, ["id"], notValid: true))]),
        partitioned("a row trigger with a transition table", refused: .invalidPartition, PartitionBy(.range, "at"),
                    [.trigger(Trigger("t", .after, .insert, newTable: "added", execute: touch))]),
        partitioned("a partition named like the table", refused: .duplicateRelationName, PartitionBy(.range, "at"), [.partition(Partition("events", from: 1, to: 2))]),
        schema("a partition without PartitionBy", refused: .invalidPartition, Schema("corpus") {
            Table("t") { Column("id", .bigint).primaryKey(); Partition("t_1", from: 1, to: 2) }
        }),
        schema("storage parameters on a partitioned table", refused: .invalidPartition, Schema("corpus") {
            Table("t", with: ["fillfactor": "70"]) { Column("id", .bigint); PartitionBy(.hash, "id") }
        }),
        partitioned("a table partitioned by every kind of range bound", refused: nil, PartitionBy(.range, "at", "id"), [
            .primaryKey(PrimaryKey("id", "at")),
            .partition(Partition("events_low", from: [.minValue, .minValue], to: [0, .maxValue])),
            .partition(Partition("events_mid", from: [0, .maxValue], to: [100, 0])),
            .partition(Partition("events_high", from: [100, 0], to: [.maxValue, .maxValue])),
        ]),
        partitioned("a list with NULL, quotes and a default", refused: nil, PartitionBy(.list, "region"), [
            .partition(Partition("events_quoted", in: "it's", "\\", .null)), .partition(Partition.default("events_rest")),
        ]),
        partitioned("hash partitions of mixed moduli", refused: nil, PartitionBy(.hash, "id"), [
            .partition(Partition("events_h0", modulus: 4, remainder: 0)), .partition(Partition("events_h2", modulus: 4, remainder: 2)),
            .partition(Partition("events_odd", modulus: 2, remainder: 1)),
        ]),
    ]
}
