import SchemaGen

extension MultitenantSaas {
    /// A singleton: the check keeps the only row at id 1.
    static let onboardingConfig = Table("platform_onboarding_config", comment: "Welcome wizard copy and steps.") {
        Column("id", .smallint).primaryKey().default(1).check("id = 1")
        Column("title", .text).notNull()
        Column("subtitle", .text)
        Column("steps", .jsonb).notNull().default("[]").jsonType("[JSONValue]")
        Column("updated_by", .text).references(users.id, onDelete: .setNull)
        Column("updated_at", .timestamptz).notNull().defaultNow().appOnUpdate(.now)
    }

    static let featureFlags = Table("platform_feature_flags", comment: "Operator feature toggles.") {
        Column("key", .text).primaryKey()
        Column("description", .text)
        Column("enabled", .boolean).notNull().default(false)
        Column("rollout_percentage", .smallint).notNull().default(100).check("rollout_percentage BETWEEN 0 AND 100")
        timestamps()
    }

    static let banners = Table("platform_banners", comment: "Announcement bars with a placement, a variant and a schedule.") {
        Column("id", .text).primaryKey()
        Column("message", .text).notNull()
        Column("placement", .enum(bannerPlacement)).notNull().default("everywhere")
        Column("variant", .enum(bannerVariant)).notNull().default("info")
        Column("link_url", .text)
        Column("starts_at", .timestamptz)
        Column("ends_at", .timestamptz)
        Column("is_active", .boolean).notNull().default(true)
        timestamps()
        Check("starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at", name: "platform_banners_schedule_check")
        Index("platform_banners_active_idx", on: "placement").where("is_active")
    }
}
