import SchemaGen

/// The sixth test schema: every kind of object beyond tables, used together as a service would
/// use them (an ID-generating function called by defaults, a sequence of order numbers, a
/// trigger keeping `updated_at`, row-level security scoped by a session setting, a view with an
/// `INSTEAD OF` trigger, a
/// materialized view with the unique index `REFRESH ... CONCURRENTLY` needs, a view over it,
/// a table partitioned by range with a default partition).
/// Built end to end by ``PostgresSuite/SchemaObjectsTests``.
enum SchemaObjectsSchema {
    /// The role a policy names; referenced, not created by the schema.
    static let readerRole = "schemagen_reader"

    static let touch = Function("touch_updated_at", returns: .custom("trigger"), language: "plpgsql", body: """
        BEGIN
            NEW.updated_at := now();
            RETURN NEW;
        END
        """, comment: "Keeps updated_at current.")

    static let refuseWrite = Function("refuse_write", returns: .custom("trigger"), language: "plpgsql", body: """
        BEGIN
            RAISE EXCEPTION '% is read-only', TG_TABLE_NAME;
        END
        """)

    static let shortID = Function(
        "short_id", arguments: [FunctionArgument("length", .integer, default: "8")], returns: .text, language: "sql",
        body: "SELECT substr(md5(random()::text), 1, length)")

    static let currentAccount = Function(
        "current_account", returns: .bigint, language: "sql",
        body: "SELECT nullif(current_setting('app.account_id', true), '')::bigint"
    ).volatility(.stable).parallel(.safe).set("search_path", "pg_catalog, public")

    static let accountTotal = Function(
        "account_total", arguments: [FunctionArgument("account", .bigint)], returns: .numeric, language: "sql", body: "RETURN 0", atomic: true
    ).volatility(.immutable)

    static let amount = Domain("amount", .numeric(precision: 12, scale: 2), default: "0", notNull: true, comment: "Money, never negative.")
        .check("VALUE >= 0")

    static let address = CompositeType("address", attributes: [.init("street", .text), .init("city", .text), .init("country", .char(2), collation: "C")])

    static let accounts: Table = Table("accounts") {
        Column("id", .bigint).identity()
        PrimaryKey("id")
        Column("name", .text).notNull()
        Column("billing_address", .composite(address))
        Column("updated_at", .timestamptz).notNull().defaultNow()
        Trigger("accounts_touch", .before, .update, execute: touch)
    }

    static let documents: Table = Table("documents") {
        Column("id", .text).primaryKey().default(sql: "short_id()")
        Column("account_id", .bigint).notNull().references(accounts.id, onDelete: .cascade)
        Column("number", .integer).notNull().default(sql: "nextval('document_numbers')")
        Column("title", .text).notNull()
        Column("amount", .domain(amount)).notNull()
        Column("updated_at", .timestamptz).notNull().defaultNow()
        Trigger("documents_touch", .before, .update, when: "OLD.* IS DISTINCT FROM NEW.*", execute: touch)
        Trigger("documents_audit", .after, .insert, .delete, forEachRow: false, executeFunction: "touch_updated_at", enabled: .disabled)
        RowLevelSecurity(forced: true)
        Policy("documents_account", using: "account_id = current_account()", withCheck: "account_id = current_account()")
        Policy("documents_readers", for: .select, to: readerRole, using: "amount < 1000")
        Policy("documents_not_negative", for: .insert, restrictive: true, withCheck: "amount >= 0")
    }

    /// Partitioned by day, one partition per year and a default one for the rest.
    static let documentEvents: Table = Table("document_events") {
        Column("id", .bigint).notNull()
        Column("document_id", .text).notNull().references(documents.id, onDelete: .cascade)
        Column("happened_on", .date).notNull().default(sql: "CURRENT_DATE")
        Column("kind", .text).notNull()
        PrimaryKey("id", "happened_on")
        Index(on: "document_id")
        Index(on: .expression("lower(kind)"))
        PartitionBy(.range, "happened_on")
        Partition("document_events_2026", from: "2026-01-01", to: "2027-01-01")
        Partition("document_events_2027", from: "2027-01-01", to: "2028-01-01", comment: "Next year's events.")
        Partition.default("document_events_other")
    }

    static let documentNumbers = SequenceGenerator(
        "document_numbers", as: .integer, start: 1000, cache: 10, ownedBy: documents.number, comment: "Numbers shown to customers.")

    static let schema = Schema("objects") {
        amount
        address
        documentNumbers
        touch
        refuseWrite
        shortID
        currentAccount
        accountTotal
        accounts
        documents
        documentEvents
        View("large_documents", as: "SELECT id, account_id, amount FROM documents WHERE amount > 1000", securityBarrier: true,
             comment: "Documents over 1,000.") {
            Column("id", .text).notNull()
            Column("account_id", .bigint).notNull()
            Column("amount", .domain(amount)).notNull()
            Trigger("large_documents_write", .insteadOf, .insert, .update, .delete, execute: refuseWrite, comment: "Read-only: write to documents.")
        }
        MaterializedView("account_totals", as: "SELECT account_id, sum(amount) AS total, count(*) AS documents FROM documents GROUP BY account_id") {
            Column("account_id", .bigint).notNull()
            Column("total", .numeric)
            Column("documents", .bigint).notNull()
            Index(on: "account_id").unique()
        }
        View("big_accounts", as: "SELECT account_id FROM account_totals WHERE total > 10000")
    }
}
