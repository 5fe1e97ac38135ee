import SchemaGen
import Testing

/// Each validation rule, with the table, column and Swift line it must name.
@Suite struct ValidationTests {
    static let users = Table("users") {
        Column("id", .integer).primaryKey()
        Column("email", .text).notNull()
        Column("nickname", .text)
    }

    func diagnose(_ schema: Schema) -> [Diagnostic] {
        let resolved = schema.resolve()
        return resolved.diagnostics + Validator(schema: resolved.definition, sources: resolved.sources).validate()
    }

    /// Exactly one diagnostic, with this code, subject and line of this file.
    func expectOne(
        _ schema: Schema, code: DiagnosticCode, table: String?, column: String? = nil, line: Int,
        severity: Diagnostic.Severity = .error, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let found = diagnose(schema)
        #expect(found.count == 1, "\(found.map(\.description))", sourceLocation: sourceLocation)
        guard let diagnostic = found.first else { return }
        #expect(diagnostic.code == code, sourceLocation: sourceLocation)
        #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
        #expect(diagnostic.table?.name == table, sourceLocation: sourceLocation)
        #expect(diagnostic.column == column, sourceLocation: sourceLocation)
        #expect(diagnostic.location?.line == line, "\(diagnostic)", sourceLocation: sourceLocation)
        #expect(diagnostic.location?.file.hasSuffix("ValidationTests.swift") == true, sourceLocation: sourceLocation)
    }

    @Test func duplicateTable() {
        let line = #line + 1
        let again = Table("users") { Column("id", .integer) }
        expectOne(Schema("s") { Self.users; again }, code: .duplicateTable, table: "users", line: line)
    }

    @Test func duplicateColumn() {
        let line = #line + 4
        let schema = Schema("s") {
            Table("t") {
                Column("a", .integer)
                Column("a", .text)
            }
        }
        expectOne(schema, code: .duplicateColumn, table: "t", column: "a", line: line)
    }

    @Test func duplicateEnumAndValues() {
        let first = Enum("e", "x", "y", "x")
        let second = Enum("e", "z")
        let codes = diagnose(Schema("s") { first; second }).map(\.code)
        #expect(Set(codes) == [.duplicateEnum, .duplicateEnumValue])
    }

    @Test func emptyEnum() {
        let line = #line + 1
        let empty = Enum("nothing", values: [])
        let found = diagnose(Schema("s") { empty })
        #expect(found.map(\.code) == [.emptyEnum])
        #expect(found.first?.location?.line == line)
    }

    @Test func indexNameClashesWithTable() {
        let line = #line + 3
        let schema = Schema("s") {
            Self.users
            Table("t") { Column("a", .integer); Index("users", on: "a") }
        }
        expectOne(schema, code: .duplicateRelationName, table: "t", line: line)
    }

    @Test func duplicateConstraintName() {
        let line = #line + 4
        let schema = Schema("s") {
            Table("t") {
                Column("a", .integer).check("a > 0", name: "t_rule")
                Check("a < 10", name: "t_rule")
            }
        }
        let found = diagnose(schema)
        #expect(found.map(\.code) == [.duplicateConstraint])
        #expect(found.first?.location?.line == line)
    }

    @Test func foreignKeyToMissingColumn() {
        let line = #line + 3
        let schema = Schema("s") {
            Self.users
            Table("posts") { Column("author_id", .integer).references(Self.users.identifier) }
        }
        expectOne(schema, code: .unknownColumn, table: "posts", column: "author_id", line: line)
    }

    @Test func foreignKeyToUndeclaredTable() {
        let line = #line + 2
        let schema = Schema("s") {
            Table("posts") { Column("author_id", .integer).references(Self.users.id) }
        }
        expectOne(schema, code: .unknownTable, table: "posts", column: "author_id", line: line)
    }

    @Test func foreignKeyToColumnThatIsNotUnique() {
        let line = #line + 3
        let schema = Schema("s") {
            Self.users
            Table("posts") { Column("author_email", .text).references(Self.users.nickname) }
        }
        expectOne(schema, code: .foreignKeyNotUnique, table: "posts", column: "author_email", line: line)
    }

    @Test func foreignKeyTypeMismatch() {
        let line = #line + 3
        let schema = Schema("s") {
            Self.users
            Table("posts") { Column("author_id", .bigint).references(Self.users.id) }
        }
        expectOne(schema, code: .foreignKeyType, table: "posts", column: "author_id", line: line)
    }

    @Test func serialReferencedByIntegerIsFine() {
        let parent = Table("p") { Column("id", .serial).primaryKey() }
        let schema = Schema("s") {
            parent
            Table("c") { Column("p_id", .integer).references(parent.id) }
        }
        #expect(diagnose(schema).isEmpty)
    }

    @Test func setNullOnNotNullColumn() {
        let line = #line + 3
        let schema = Schema("s") {
            Self.users
            Table("posts") { Column("author_id", .integer).notNull().references(Self.users.id, onDelete: .setNull) }
        }
        expectOne(schema, code: .setNullNotNull, table: "posts", column: "author_id", line: line)
    }

    @Test func setDefaultWithoutDefault() {
        let line = #line + 3
        let schema = Schema("s") {
            Self.users
            Table("posts") { Column("author_id", .integer).references(Self.users.id, onUpdate: .setDefault) }
        }
        expectOne(schema, code: .setDefaultWithoutDefault, table: "posts", column: "author_id", line: line)
    }

    @Test func defaultOutsideEnum() {
        let role = Enum("role", "user", "admin")
        let line = #line + 3
        let schema = Schema("s") {
            role
            Table("t") { Column("role", .enum(role)).default("boss") }
        }
        expectOne(schema, code: .enumDefault, table: "t", column: "role", line: line)
        #expect(diagnose(schema).first?.message.contains("user, admin") == true)
    }

    @Test func enumNotListedInSchema() {
        let role = Enum("role", "user")
        let line = #line + 1
        let schema = Schema("s") { Table("t") { Column("role", .enum(role)) } }
        expectOne(schema, code: .unknownEnum, table: "t", column: "role", line: line)
    }

    @Test(arguments: [
        (DataType.integer, SQLLiteral.string("ten")), (.boolean, 1), (.integer, 1.5), (.text, true),
        (.integer, ["a"]), (.array(.integer), 3), (.array(.integer), ["x"]), (.varchar(2), "abc"),
    ] as [(DataType, SQLLiteral)])
    func defaultOfWrongType(_ type: DataType, _ value: SQLLiteral) {
        let found = diagnose(Schema("s") { Table("t") { Column("c", type).default(value) } })
        #expect(found.count == 1)
        #expect([.defaultType, .defaultTooLong].contains(found.first?.code))
        #expect(found.first?.column == "c")
    }

    @Test func identifiersOver63Bytes() {
        let long = String(repeating: "x", count: 64)
        let line = #line + 1
        let schema = Schema("s") { Table("t") { Column(long, .integer) } }
        expectOne(schema, code: .identifierTooLong, table: "t", column: long, line: line)
        // 63 bytes is allowed, counted in bytes rather than characters.
        #expect(diagnose(Schema("s") { Table("t") { Column(String(repeating: "x", count: 63), .integer) } }).isEmpty)
        #expect(diagnose(Schema("s") { Table("t") { Column(String(repeating: "é", count: 32), .integer) } }).count == 1)
    }

    @Test func indexOnMissingColumn() {
        let line = #line + 1
        let schema = Schema("s") { Table("t") { Column("a", .integer); Index("t_b_idx", on: "a", "b") } }
        expectOne(schema, code: .unknownColumn, table: "t", column: "b", line: line)
    }

    @Test func constraintOnMissingColumnSuggestsTheName() {
        let line = #line + 4
        let schema = Schema("s") {
            Table("t") {
                Column("created_at", .timestamp)
                Unique("createdAt_x")
                Unique("createdat")
            }
        }
        let found = diagnose(schema)
        #expect(found.map(\.code) == [.unknownColumn, .unknownColumn])
        #expect(found.map { $0.location?.line } == [line, line + 1])
        #expect(found[1].message.contains("did you mean \"created_at\"?"))
    }

    @Test func compositeAndColumnPrimaryKey() {
        let line = #line + 5
        let schema = Schema("s") {
            Table("t") {
                Column("a", .integer).primaryKey()
                Column("b", .integer)
                PrimaryKey("a", "b")
            }
        }
        expectOne(schema, code: .multiplePrimaryKeys, table: "t", line: line)
    }

    @Test func invalidTypeParameters() {
        let codes = diagnose(Schema("s") {
            Table("t") {
                Column("a", .numeric(precision: 4, scale: 6))
                Column("b", .varchar(0))
                Column("c", .timestamp(precision: 9))
                Column("d", .array(.serial))
                Column("e", .text).identity()
                Column("f", .serial).default(1)
                Column("g", .text).jsonType("Payload")
            }
        }).map(\.code)
        #expect(codes == [.invalidType, .invalidType, .invalidType, .invalidType, .identityType, .serialDefault, .jsonType])
    }

    @Test func indexMethodRules() {
        let codes = diagnose(Schema("s") {
            Table("t") {
                Column("a", .jsonb)
                Column("b", .text)
                Index("t_gin_idx", on: "a").using(.gin).unique()
                Index("t_hash_idx", on: "a", "b").using(.hash)
                Index("t_nnd_idx", on: "b").unique(nullsNotDistinct: true)
            }
        }).map(\.code)
        #expect(codes == [.uniqueIndexMethod, .hashIndexColumns])
    }

    @Test func everyProblemIsReportedInOnePass() {
        let role = Enum("role", "user")
        let found = diagnose(Schema("s") {
            role
            Self.users
            Table("t") {
                Column("role", .enum(role)).default("boss")
                Column("user_id", .integer).notNull().references(Self.users.id, onDelete: .setNull)
                Column("ghost_id", .integer).references(Self.users.ghost)
                Index(on: "missing")
            }
        })
        #expect(Set(found.map(\.code)) == [.enumDefault, .setNullNotNull, .unknownColumn])
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.description.contains("ValidationTests.swift:") && $0.description.contains("table \"t\"") })
    }

    @Test func characterTypeMismatchIsOnlyAWarning() {
        let parent = Table("p") { Column("code", .varchar(10)).primaryKey() }
        let line = #line + 1
        let schema = Schema("s") { parent; Table("c") { Column("code", .text).references(parent.code) } }
        expectOne(schema, code: .foreignKeyType, table: "c", column: "code", line: line, severity: .warning)
    }
}
