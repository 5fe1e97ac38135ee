import SchemaGen

extension DirectoryTemplate {
    static let newsletterSubscriptions = Table("newsletterSubscriptions") {
        uuidKey()
        Column("email", .text).notNull()
        Column("is_active", .boolean).notNull().default(true)
        Column("subscribed_at", .timestamp).notNull().defaultNow()
        Column("unsubscribed_at", .timestamp)
        Column("source", .text)
        Index("newsletter_subscriptions_email_unique_idx", on: "email").unique()
    }

    static let surveys = Table("surveys") {
        uuidKey()
        Column("slug", .text).notNull()
        Column("title", .text).notNull()
        Column("description", .text)
        Column("status", .text).notNull().default("draft")
        Column("survey_json", .jsonb).notNull()
        timestamps()
        Index("surveys_slug_unique_idx", on: "slug").unique()
    }

    /// A singleton: the unique index on a constant lets the table hold one row at most.
    static let twentyCrmConfig = Table("twenty_crm_config", comment: "Twenty CRM connection settings (one row).") {
        uuidKey()
        Column("base_url", .text).notNull()
        Column("api_key", .text).notNull()
        Column("enabled", .boolean).notNull().default(false)
        Column("sync_mode", .text).notNull().default("manual")
        timestamps()
        Index("twenty_crm_config_singleton_idx", on: .expression("true")).unique()
    }

    static let integrationMappings = Table("integration_mappings", comment: "Maps local objects to their ids in external systems.") {
        uuidKey()
        Column("ever_id", .text).notNull()
        Column("object_type", .text).notNull()
        Column("external_id", .text).notNull()
        Column("last_synced_at", .timestamp)
        timestamps()
        Index("integration_mappings_ever_object_unique_idx", on: "ever_id", "object_type").unique()
    }

    static let companies = Table("companies") {
        uuidKey()
        Column("name", .text).notNull()
        Column("website", .text)
        Column("domain", .text)
        Column("description", .text)
        timestamps()
    }

    /// A singleton whose only id is 1, kept unique by an index.
    static let seedStatus = Table("seed_status", comment: "Whether and when the database was seeded.") {
        Column("id", .integer).notNull().default(1).check("id = 1")
        Column("status", .text).notNull().default("pending")
        Column("seeded_at", .timestamp)
        Index("seed_status_id_unique_idx", on: "id").unique()
    }
}
