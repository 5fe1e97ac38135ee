import SchemaGen

extension Concordia {
    static let servicesMedia = Table("services_media") {
        Column("id", .text).primaryKey()
        Column("url", .text).notNull()
        Column("alt", .text)
        Column("mime_type", .text)
        Column("created_at", .timestamp).notNull().defaultNow()
    }

    static let servicesCategories: Table = Table("services_categories") {
        Column("id", .text).primaryKey()
        Column("slug", .text).notNull().unique()
        Column("name", .text).notNull()
        Column("description", .text)
        Column("parent_id", .text).references(servicesCategories.id, relation: "parent", inverse: "children")
        Column("featured_image_id", .text).references(servicesMedia.id)
        timestamps()
        Index("services_categories_parent_id_idx", on: "parent_id")
        Index("services_categories_featured_image_id_idx", on: "featured_image_id")
    }

    static let servicesListings = Table("services_listings") {
        Column("id", .text).primaryKey()
        Column("slug", .text).notNull().unique()
        Column("category_id", .text).references(servicesCategories.id)
        Column("organization_id", .text).references(blogOrganizations.id)
        Column("price", .numeric(precision: 10, scale: 2))
        Column("currency", .char(3)).notNull().default("EUR")
        Column("duration_minutes", .integer)
        Column("status", .text).notNull().default("draft")
        timestamps()
        Index("services_listings_category_id_idx", on: "category_id")
        Index("services_listings_organization_id_idx", on: "organization_id")
    }

    static let servicesTranslations = Table("services_translations") {
        Column("id", .text).primaryKey()
        Column("service_id", .text).notNull().references(servicesListings.id)
        Column("in_language", .varchar(10)).notNull()
        Column("title", .text).notNull()
        Column("description", .text)
        Unique("service_id", "in_language")
    }

    static let servicesMediaLinks = Table("services_media_links") {
        Column("service_id", .text).notNull().references(servicesListings.id)
        Column("media_id", .text).notNull().references(servicesMedia.id)
        Column("type", .text).notNull().comment("cover or gallery.")
        Column("position", .text)
        Index("services_media_links_service_id_idx", on: "service_id")
        Index("services_media_links_media_id_idx", on: "media_id")
    }

    static let servicesReviews: Table = Table("services_reviews") {
        Column("id", .text).primaryKey()
        Column("service_id", .text).notNull().references(servicesListings.id)
        Column("parent_id", .text).references(servicesReviews.id, relation: "parent", inverse: "replies")
            .comment("The review replied to (relation review_replies).")
        Column("author_name", .text).notNull()
        Column("rating", .smallint).check("rating BETWEEN 1 AND 5").comment("1 to 5; null on replies.")
        Column("content", .text).notNull()
        Column("created_at", .timestamp).notNull().defaultNow()
        Index("services_reviews_service_id_idx", on: "service_id")
        Index("services_reviews_parent_id_idx", on: "parent_id")
    }

    static let servicesAvailability = Table("services_availability", comment: "Weekly opening slots of a service.") {
        Column("id", .text).primaryKey()
        Column("service_id", .text).notNull().references(servicesListings.id)
        Column("day_of_week", .smallint).notNull().check("day_of_week BETWEEN 0 AND 6").comment("0 is Sunday.")
        Column("start_time", .time).notNull()
        Column("end_time", .time).notNull()
        Check("start_time < end_time", name: "services_availability_slot_check")
        Index("services_availability_service_id_idx", on: "service_id")
    }

    static let servicesBookings = Table("services_bookings") {
        Column("id", .text).primaryKey()
        Column("service_id", .text).notNull().references(servicesListings.id)
        Column("customer_id", .text).notNull()
            .logicallyReferences(user.id, note: "Not enforced by a foreign key, as documented.")
        Column("provider_id", .text)
            .logicallyReferences(user.id, note: "Not enforced by a foreign key, as documented.")
        Column("starts_at", .timestamptz).notNull()
        Column("ends_at", .timestamptz).notNull()
        Column("status", .text).notNull().default("pending")
        Column("notes", .text)
        Column("created_at", .timestamp).notNull().defaultNow()
        Index("services_bookings_service_id_idx", on: "service_id")
        Index("services_bookings_customer_id_idx", on: "customer_id")
    }
}
