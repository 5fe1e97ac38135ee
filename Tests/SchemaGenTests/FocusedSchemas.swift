import SchemaGen

/// Small schemas that each exercise one area of the DSL. Their DDL is snapshot-tested and
/// applied to PostgreSQL, whose catalog must then match the model.
enum FocusedSchemas {
    static let all: [Schema] = [types, defaults, keys, indexes, namespaces, quoting]

    static let mood = Enum("mood", "happy", "sad", "it's complicated")

    static let types = Schema("types") {
        mood
        Table("every_type") {
            Column("a_smallint", .smallint)
            Column("an_integer", .integer)
            Column("a_bigint", .bigint)
            Column("a_smallserial", .smallserial)
            Column("a_serial", .serial)
            Column("a_bigserial", .bigserial)
            Column("a_numeric", .numeric)
            Column("a_numeric_10", .numeric(precision: 10))
            Column("a_numeric_10_2", .numeric(precision: 10, scale: 2))
            Column("a_real", .real)
            Column("a_double", .doublePrecision)
            Column("a_boolean", .boolean)
            Column("a_text", .text)
            Column("a_varchar", .varchar)
            Column("a_varchar_40", .varchar(40))
            Column("a_char", .char)
            Column("a_char_3", .char(3))
            Column("a_uuid", .uuid)
            Column("a_date", .date)
            Column("a_time", .time)
            Column("a_time_3", .time(precision: 3))
            Column("a_timetz", .timetz)
            Column("a_timestamp", .timestamp)
            Column("a_timestamp_0", .timestamp(precision: 0))
            Column("a_timestamptz", .timestamptz)
            Column("a_timestamptz_6", .timestamp(precision: 6, withTimeZone: true))
            Column("an_interval", .interval)
            Column("a_json", .json)
            Column("a_jsonb", .jsonb).jsonType("Settings")
            Column("a_bytea", .bytea)
            Column("an_inet", .inet)
            Column("a_cidr", .cidr)
            Column("a_macaddr", .macaddr)
            Column("a_mood", .enum(mood))
            Column("a_tsvector", .custom("tsvector"))
            Column("text_array", .array(.text))
            Column("integer_array", .array(.integer))
            Column("varchar_array", .array(.varchar(10)))
            Column("mood_array", .array(.enum(mood)))
            Column("timestamptz_array", .array(.timestamptz))
        }
    }

    static let defaults = Schema("defaults") {
        mood
        Table("with_defaults") {
            Column("id", .bigint).primaryKey().identity(.always)
            Column("counter", .integer).identity(.byDefault, start: 100, increment: 10)
            Column("quote", .text).notNull().default("it's a \"quote\" with \\ backslash")
            Column("unicode", .varchar(20)).default("naïve café ✓")
            Column("negative", .integer).default(-1)
            Column("zero", .smallint).notNull().default(0)
            Column("ratio", .numeric(precision: 5, scale: 2)).default(0.25)
            Column("flag", .boolean).notNull().default(true)
            Column("tags", .array(.text)).notNull().default(["a", "b c", "d,e", "quo\"te"])
            Column("empty_tags", .array(.text)).default([])
            Column("numbers", .array(.integer)).default([1, 2, 3])
            Column("feeling", .enum(mood)).notNull().default("it's complicated")
            Column("created_at", .timestamptz).notNull().defaultNow()
            Column("token", .uuid).defaultRandomUUID()
            Column("settings", .jsonb).notNull().default("{}")
            Column("expires", .date).default(sql: "CURRENT_DATE + 30")
            Column("email", .text)
            Column("email_lower", .text).generated(as: "lower(email)")
            Column("client_id", .text).appDefault(.nanoid)
            Column("touched_at", .timestamptz).appOnUpdate(.now)
        }
    }

    static let parents = Table("parents") {
        Column("tenant_id", .integer).notNull()
        Column("id", .integer).notNull()
        Column("code", .text).notNull()
        Column("region", .text)
        PrimaryKey("tenant_id", "id", name: "parents_identity")
        Unique("code", "region", nullsNotDistinct: true)
    }

    static let children: Table = Table("children") {
        Column("id", .serial).primaryKey()
        Column("tenant_id", .integer).notNull().default(0)
        Column("parent_id", .integer)
        Column("status", .text).notNull().default("new")
        Column("fallback_parent", .integer).default(0)
        Column("previous_id", .integer).references(children.id, onDelete: .setNull, onUpdate: .cascade)
        Column("quantity", .integer).notNull().check("quantity >= 0")
        Check("status IN ('new', 'done')", name: "children_status_check")
        ForeignKey(["tenant_id", "parent_id"], references: parents, ["tenant_id", "id"], onDelete: .cascade, deferrable: .initiallyDeferred)
        ForeignKey(["tenant_id", "fallback_parent"], references: parents, ["tenant_id", "id"], onDelete: .setDefault, setting: ["fallback_parent"], onUpdate: .restrict, name: "children_fallback_fkey")
    }

    static let keys = Schema("keys") {
        parents
        children
    }

    static let indexes = Schema("indexes") {
        Table("documents", with: ["fillfactor": "70", "toast.autovacuum_enabled": "false"]) {
            Column("id", .integer).primaryKey()
            Column("email", .text).notNull()
            Column("title", .text)
            Column("body", .jsonb)
            Column("search", .custom("tsvector"))
            Column("address", .inet)
            Column("created_at", .timestamptz).notNull()
            Column("deleted_at", .timestamptz)
            Index(on: "title")
            Index("documents_email_lower_idx", on: .expression("lower(email)")).unique()
            Index("documents_live_title_idx", on: "title").where("deleted_at IS NULL")
            Index("documents_created_idx", on: .column("created_at", order: .descending, nulls: .last)).include("title")
            Index("documents_title_pattern_idx", on: .column("title", operatorClass: "text_pattern_ops", nulls: .first))
            Index("documents_body_idx", on: "body").using(.gin)
            Index("documents_search_idx", on: "search").using(.gist)
            Index("documents_address_idx", on: .column("address", operatorClass: "inet_ops")).using(.gist)
            Index("documents_created_brin_idx", on: "created_at").using(.brin)
            Index("documents_email_hash_idx", on: "email").using(.hash)
            Index("documents_email_title_idx", on: "email", "title").unique(nullsNotDistinct: true)
        }
        Table("settings") {
            Column("value", .text)
            Index("settings_singleton_idx", on: .expression("true")).unique()
        }
        Table("reservations") {
            Column("id", .integer).primaryKey()
            Column("during", .custom("tstzrange")).notNull()
            Column("spot", .custom("int4range")).notNull()
            Exclude(using: .gist, ("during", "&&"), (.column("spot"), "&&"))
            Exclude(using: .gist, ("during", "&&"), name: "reservations_deferred_excl", include: ["id"], deferrable: .initiallyDeferred)
        }
    }

    static let invoices = Table("invoices", schema: "billing", comment: "Invoices sent to customers.") {
        Column("id", .uuid).primaryKey().defaultRandomUUID()
        Column("customer_email", .custom("citext")).notNull().comment("Compared without case.")
        Column("state", .enum(invoiceState)).notNull().default("draft")
    }

    static let invoiceState = Enum("invoice_state", "draft", "sent", "paid", schema: "billing", comment: "Where an invoice stands.")

    static let namespaces = Schema("namespaces") {
        Extension("citext")
        Namespace("reporting")
        invoiceState
        invoices
        Table("invoice_lines", schema: "billing") {
            Column("invoice_id", .uuid).notNull().references(invoices.id, onDelete: .cascade)
            Column("amount", .numeric(precision: 12, scale: 2)).notNull()
        }
        Table("audit", comment: "Lives in public and points into billing.") {
            Column("invoice_id", .uuid).references(invoices.id, onDelete: .setNull)
        }
    }

    static let quoting = Schema("quoting") {
        Enum("Status Kind", "On", "off", "it's")
        Table("user", comment: "A reserved word as a table name.") {
            Column("id", .integer).primaryKey()
            Column("order", .integer)
            Column("first name", .text)
            Column("say \"hi\"", .text)
            Column("camelCase", .text).unique()
            Column("select", .enum(Enum("Status Kind", "On", "off", "it's")))
        }
        Table("activityLogs") {
            Column("userId", .integer).references(ColumnReference(table: QualifiedName("user"), column: "id"))
            Column("ÉtéCount", .integer)
            Index(on: "userId")
        }
    }
}
