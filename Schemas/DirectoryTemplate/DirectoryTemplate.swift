import SchemaGen

/// Seed 000: the items/directory web template (admin users, client profiles, RBAC, payments,
/// moderation, sponsor ads). Items live in a Git-based CMS, so tables name them by slug,
/// deliberately without a foreign key.
///
/// The page gives relations, keys and indexes; column lists follow the libraries the template
/// builds on (Auth.js's Drizzle adapter for users, accounts, sessions, authenticators and
/// tokens) and what each table is for. Table and column names keep the page's mix of
/// camelCase and snake_case (`activityLogs.userId`, `notifications.user_id`, `votes.userid`).
public enum DirectoryTemplate {
    public static let schema: Schema = Schema("directory_template") {
        users
        accounts
        sessions
        authenticators
        verificationTokens
        passwordResetTokens
        clientProfiles
        roles
        permissions
        rolePermissions
        userRoles
        comments
        votes
        favorites
        itemViews
        featuredItems
        reports
        moderationHistory
        subscriptions
        subscriptionHistory
        paymentProviders
        paymentAccounts
        sponsorAds
        notifications
        activityLogs
        newsletterSubscriptions
        surveys
        twentyCrmConfig
        integrationMappings
        companies
        seedStatus
    }

    /// A text id the application fills with a random UUID (Auth.js's `crypto.randomUUID()`).
    static func uuidKey() -> Column {
        Column("id", .text).primaryKey().appDefault(.uuid)
    }

    /// `created_at` and `updated_at`, set by the database on insert.
    static func timestamps() -> [Column] {
        [
            Column("created_at", .timestamp).notNull().defaultNow(),
            Column("updated_at", .timestamp).notNull().defaultNow(),
        ]
    }

    /// A column holding the slug of an item kept in the Git CMS.
    static func itemSlug(_ name: String) -> Column {
        Column(name, .text).notNull().logicallyReferences(external: "items (Git CMS)", note: "item slug")
    }
}
