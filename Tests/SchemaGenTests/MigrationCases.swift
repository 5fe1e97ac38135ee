import SchemaGen

/// Small before/after declarations, one per kind of change, whose migrations are
/// snapshot-tested and applied to PostgreSQL.
struct MigrationCase: Sendable, CustomStringConvertible {
    let name: String
    let before: Schema
    let after: Schema
    var options = MigrationGenerator.Options()

    var description: String { name }

    static let users = Table("users") {
        Column("id", .integer).primaryKey()
        Column("email", .varchar(20)).notNull()
        Column("nickname", .text)
        Column("score", .integer).default(0)
    }

    static let status = Enum("status", "draft", "live")

    static let all: [MigrationCase] = [
        MigrationCase(name: "create_table", before: Schema("m") { users }, after: Schema("m") {
            users
            Table("posts", comment: "New.") {
                Column("id", .bigint).primaryKey().identity()
                Column("user_id", .integer).notNull().references(users.id, onDelete: .cascade)
                Index(on: "user_id")
            }
        }),
        MigrationCase(name: "drop_table", before: Schema("m") { users; Table("legacy") { Column("id", .integer).primaryKey() } }, after: Schema("m") {
            users
            Allow(.dropTable("legacy"))
        }),
        MigrationCase(name: "rename_table", before: Schema("m") {
            users
            Table("posts") { Column("id", .integer).primaryKey(); Column("user_id", .integer).references(users.id) }
        }, after: Schema("m") {
            Table("accounts", renamedFrom: "users") {
                Column("id", .integer).primaryKey()
                Column("email", .varchar(20)).notNull()
                Column("nickname", .text)
                Column("score", .integer).default(0)
            }
            Table("posts") {
                Column("id", .integer).primaryKey()
                Column("user_id", .integer).references(ColumnReference(table: QualifiedName("accounts"), column: "id"), name: "posts_user_id_fkey")
            }
        }),
        MigrationCase(name: "columns", before: Schema("m") { users }, after: Schema("m") {
            Table("users") {
                Column("id", .integer).primaryKey()
                Column("email_address", .varchar(100)).notNull().renamed(from: "email")
                Column("score", .bigint).notNull().default(10)
                Column("joined_at", .timestamptz).notNull().defaultNow()
                Column("bio", .text).comment("About the user.")
                Index(on: "email_address")
            }
            Allow(.dropColumn("users", "nickname"))
            Allow(.setNotNull("users", "score"))
        }),
        MigrationCase(name: "retype_with_using", before: Schema("m") {
            Table("t") { Column("code", .text); Column("amount", .numeric(precision: 10, scale: 2)) }
        }, after: Schema("m") {
            Table("t") { Column("code", .integer); Column("amount", .numeric(precision: 8, scale: 1)) }
            Allow(.narrowType("t", "code"))
            Allow(.narrowType("t", "amount"))
        }),
        MigrationCase(name: "identity_and_generated", before: Schema("m") {
            Table("t") {
                Column("id", .integer).notNull()
                Column("n", .integer).identity(.always)
                Column("email", .text)
                Column("email_lower", .text).generated(as: "lower(email)")
            }
        }, after: Schema("m") {
            Table("t") {
                Column("id", .integer).identity(.byDefault, start: 100)
                Column("n", .integer).identity(.byDefault, start: 5, increment: 5)
                Column("email", .text)
                Column("email_lower", .text).generated(as: "upper(email)")
            }
        }),
        MigrationCase(name: "keys", before: Schema("m") {
            users
            Table("posts") {
                Column("id", .integer).primaryKey()
                Column("slug", .text).unique()
                Column("user_id", .integer).references(users.id)
                Column("rank", .integer).check("rank > 0")
            }
        }, after: Schema("m") {
            users
            Table("posts") {
                Column("id", .integer).notNull()
                Column("slug", .text).notNull()
                Column("user_id", .integer).references(users.id, onDelete: .setNull)
                Column("rank", .integer).check("rank >= 0", name: "posts_rank_range")
                PrimaryKey("id", "slug")
                Unique("user_id", "slug", nullsNotDistinct: true)
            }
            Allow(.setNotNull("posts", "slug"))
        }),
        MigrationCase(name: "indexes", before: Schema("m") {
            Table("t") {
                Column("a", .text)
                Column("b", .text)
                Index("t_a_idx", on: "a")
                Index("t_b_idx", on: "b")
                Index("t_old_name_idx", on: "a", "b")
            }
        }, after: Schema("m") {
            Table("t") {
                Column("a", .text)
                Column("b", .text)
                Index("t_a_idx", on: "a").where("a <> ''")
                Index("t_lower_b_idx", on: .expression("lower(b)")).unique()
                Index("t_a_b_idx", on: "a", "b")
            }
        }),
        MigrationCase(name: "indexes_concurrently", before: Schema("m") {
            Table("t") { Column("a", .text); Column("b", .text); Index("t_a_idx", on: "a") }
        }, after: Schema("m") {
            Table("t") { Column("a", .text); Column("b", .text); Index("t_b_idx", on: "b").where("b IS NOT NULL") }
        }, options: MigrationGenerator.Options(plan: PlanOptions(concurrentIndexes: true))),
        MigrationCase(name: "enum_add_values", before: Schema("m") {
            status
            Table("t") { Column("s", .enum(status)).default("draft") }
        }, after: Schema("m") {
            Enum("status", "new", "draft", "review", "live", "archived")
            Table("t") { Column("s", .enum(status)).default("review") }
        }),
        MigrationCase(name: "enum_rename_value", before: Schema("m") {
            status
            Table("t") { Column("s", .enum(status)).default("live") }
        }, after: Schema("m") {
            Enum("status", "draft", "published", renamedValues: ["published": "live"])
            Table("t") { Column("s", .enum(status)).default("published") }
        }),
        MigrationCase(name: "enum_remove_value", before: Schema("m") {
            Enum("status", "draft", "review", "live")
            Table("t") {
                Column("s", .enum(status)).notNull().default("draft")
                Column("history", .array(.enum(status)))
                Index(on: "s")
            }
        }, after: Schema("m") {
            Enum("status", "live", "draft")
            Table("t") {
                Column("s", .enum(status)).notNull().default("draft")
                Column("history", .array(.enum(status)))
                Index(on: "s")
            }
            Allow(.removeEnumValue("status", "review"))
        }),
        MigrationCase(name: "enum_create_and_drop", before: Schema("m") {
            Enum("old_kind", "a")
            Table("t") { Column("k", .enum(Enum("old_kind", "a"))) }
        }, after: Schema("m") {
            Enum("new_kind", "x", "y")
            Table("t") { Column("kind", .enum(Enum("new_kind", "x", "y"))).default("y") }
            Allow(.dropColumn("t", "k"))
        }),
        MigrationCase(name: "namespaces_extensions_comments", before: Schema("m") {
            Table("t", comment: "Before.") { Column("a", .text).comment("Old.") }
        }, after: Schema("m") {
            Extension("citext")
            Enum("state", "open", "closed", schema: "billing", comment: "Invoice state.")
            Table("t", comment: "After.") { Column("a", .text) }
            Table("invoices", schema: "billing") {
                Column("id", .uuid).primaryKey().defaultRandomUUID()
                Column("email", .custom("citext"))
                Column("state", .enumeration(QualifiedName("state", schema: "billing"))).default("open")
            }
        }),
    ]
}
