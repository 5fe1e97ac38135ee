import SchemaGen

/// Seed 004: the multi-tenant SaaS template (Better Auth, organizations, tasks, webhooks,
/// operator banners). The page gives each table's purpose only; columns are what a user of
/// the template expects from it: Better Auth's string ids and columns, `organization_id` on
/// every workspace-owned table (cascading with the workspace), actors kept as SET NULL so that
/// history survives a deleted user, and `timestamp with time zone` throughout.
public enum MultitenantSaas {
    public static let schema: Schema = Schema("multitenant_saas") {
        [orgRole, subscriptionStatus, notificationSeverity, bannerPlacement, bannerVariant, taskStatus, taskPriority]
        users
        sessions
        accounts
        verifications
        organizations
        organizationMembers
        organizationInvitations
        subscriptions
        apiKeys
        tasks
        taskAssignees
        events
        auditLogEntries
        webhookEndpoints
        webhookDeliveries
        userNotifications
        userNotificationPreferences
        onboardingConfig
        featureFlags
        banners
    }

    static let orgRole = Enum("org_role", "owner", "admin", "member")
    static let subscriptionStatus = Enum("subscription_status", "active", "trialing", "past_due", "canceled", "incomplete")
    static let notificationSeverity = Enum("notification_severity", "normal", "critical")
    static let bannerPlacement = Enum("platform_banner_placement", "landing", "app", "everywhere")
    static let bannerVariant = Enum("platform_banner_variant", "info", "warning", "critical")
    static let taskStatus = Enum("task_status", "backlog", "todo", "in_progress", "in_review", "done")
    static let taskPriority = Enum("task_priority", "low", "medium", "high")

    static func timestamps() -> [Column] {
        [
            Column("created_at", .timestamptz).notNull().defaultNow(),
            Column("updated_at", .timestamptz).notNull().defaultNow().appOnUpdate(.now),
        ]
    }

    /// The workspace a row belongs to; the row goes when the workspace does.
    static func organizationKey() -> Column {
        Column("organization_id", .text).notNull().references(organizations.id, onDelete: .cascade)
    }
}
