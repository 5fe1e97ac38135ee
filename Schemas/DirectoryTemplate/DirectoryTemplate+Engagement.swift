import SchemaGen

extension DirectoryTemplate {
    static let comments = Table("comments") {
        uuidKey()
        Column("content", .text).notNull()
        Column("userId", .text).notNull().references(clientProfiles.id, onDelete: .cascade)
        itemSlug("itemId")
        Column("rating", .smallint).check("rating BETWEEN 1 AND 5")
        timestamps()
        Column("deleted_at", .timestamp)
    }

    static let votes = Table("votes") {
        uuidKey()
        Column("userid", .text).notNull().references(clientProfiles.id, onDelete: .cascade)
        itemSlug("item_id")
        Column("vote_type", .text).notNull().default("upvote")
        timestamps()
        Index("votes_user_item_unique_idx", on: "userid", "item_id").unique()
    }

    static let favorites = Table("favorites") {
        uuidKey()
        Column("userId", .text).notNull().references(users.id, onDelete: .cascade)
        itemSlug("item_slug")
        Column("item_name", .text).notNull()
        Column("item_icon_url", .text)
        Column("item_category", .text)
        timestamps()
        Index("favorites_user_item_unique_idx", on: "userId", "item_slug").unique()
    }

    static let itemViews = Table("item_views", comment: "One row per item, viewer and UTC day.") {
        uuidKey()
        itemSlug("item_id")
        Column("viewer_id", .text).notNull().comment("A user id or an anonymous visitor id.")
        Column("viewed_date_utc", .date).notNull()
        Column("viewed_at", .timestamp).notNull().defaultNow()
        Index("item_views_daily_unique_idx", on: "item_id", "viewer_id", "viewed_date_utc").unique()
    }

    static let featuredItems = Table("featured_items") {
        uuidKey()
        itemSlug("item_slug")
        Column("item_name", .text).notNull()
        Column("featured_order", .integer).notNull().default(0)
        Column("featured_by", .text).notNull().comment("Who featured the item, as plain text (not a foreign key).")
        Column("is_active", .boolean).notNull().default(true)
        Column("featured_at", .timestamp).notNull().defaultNow()
        Column("expires_at", .timestamp)
    }

    static let reports = Table("reports") {
        uuidKey()
        Column("content_type", .text).notNull().comment("item or comment.")
        Column("content_id", .text).notNull()
        Column("reason", .text).notNull()
        Column("details", .text)
        Column("status", .text).notNull().default("pending")
        Column("reported_by", .text).notNull().references(clientProfiles.id, onDelete: .cascade)
        Column("reviewed_by", .text).references(users.id, onDelete: .setNull)
        Column("reviewed_at", .timestamp)
        Column("review_note", .text)
        timestamps()
        Index("reports_content_type_idx", on: "content_type")
        Index("reports_content_id_idx", on: "content_id")
        Index("reports_status_idx", on: "status")
        Index("reports_reported_by_idx", on: "reported_by")
        Index("reports_content_idx", on: "content_type", "content_id")
    }

    static let moderationHistory = Table("moderation_history") {
        uuidKey()
        Column("user_id", .text).notNull().references(clientProfiles.id, onDelete: .cascade)
        Column("action", .text).notNull().comment("warn, suspend, ban, unban, ...")
        Column("reason", .text)
        Column("performed_by", .text).references(users.id, onDelete: .setNull)
        Column("report_id", .text).references(reports.id, onDelete: .setNull)
        Column("details", .jsonb)
        Column("created_at", .timestamp).notNull().defaultNow()
    }

    static let sponsorAds = Table("sponsor_ads") {
        uuidKey()
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade, relation: "owner", inverse: "sponsorAds")
        itemSlug("item_slug")
        Column("status", .text).notNull().default("pending_payment")
        Column("interval", .text).notNull().comment("weekly or monthly.")
        Column("amount", .integer).notNull().comment("In the currency's minor unit.")
        Column("currency", .varchar(3)).notNull().default("usd")
        Column("payment_provider", .text)
        Column("subscription_id", .text)
        Column("starts_at", .timestamp)
        Column("ends_at", .timestamp)
        Column("reviewed_by", .text).references(users.id, onDelete: .setNull, relation: "reviewer", inverse: "reviewedSponsorAds")
        Column("reviewed_at", .timestamp)
        Column("rejection_reason", .text)
        timestamps()
    }

    static let notifications = Table("notifications") {
        uuidKey()
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("type", .text).notNull()
        Column("title", .text).notNull()
        Column("message", .text).notNull()
        Column("data", .jsonb)
        Column("is_read", .boolean).notNull().default(false)
        Column("read_at", .timestamp)
        Column("created_at", .timestamp).notNull().defaultNow()
        Index("notifications_user_id_idx", on: "user_id")
        Index("notifications_type_idx", on: "type")
        Index("notifications_is_read_idx", on: "is_read")
        Index("notifications_created_at_idx", on: "created_at")
    }

    static let activityLogs = Table("activityLogs", comment: "Each entry relates to an admin user or to a client.") {
        uuidKey()
        Column("userId", .text).references(users.id, onDelete: .cascade)
        Column("clientId", .text).references(clientProfiles.id, onDelete: .cascade)
        Column("action", .text).notNull()
        Column("timestamp", .timestamp).notNull().defaultNow()
        Column("ipAddress", .varchar(45))
    }
}
