import SchemaGen

// The Drizzle columns of this template carry no explicit SQL names (`text()`), so their SQL
// names come from the keys through Drizzle's `casing: 'snake_case'` setting, as its index names
// (`posts_user_id_idx`) show. Ids are nanoid strings made by the application.

/// `id text PRIMARY KEY` filled in by the application with a nanoid, as every table here has.

extension TanStackBlog {
    static func nanoidKey() -> Column {
        Column("id", .text).primaryKey().appDefault(.nanoid)
    }

    /// `created_at` / `updated_at` with time zone, the second refreshed by the application on update.
    static func timestamps() -> [Column] {
        [
            Column("created_at", .timestamptz).notNull().defaultNow(),
            Column("updated_at", .timestamptz).notNull().defaultNow().appOnUpdate(.now),
        ]
    }

    static let users = Table("users") {
        nanoidKey()
        Column("name", .text).notNull()
        Column("email", .text).notNull().unique()
        Column("email_verified", .boolean).notNull().appDefault(.swift("false"))
        Column("image", .text)
        Column("created_at", .timestamp).notNull().appDefault(.now)
        Column("updated_at", .timestamp).notNull().appDefault(.now)
        Column("role", .enum(systemRole)).default("user").comment("System-wide permission level.")
        Column("banned", .boolean)
        Column("ban_reason", .text)
        Column("ban_expires", .timestamp)
        Column("username", .text).unique()
        Column("display_username", .text)
        Column("address", .text)
        Column("phone", .text)
        Column("website", .text)
    }

    static let sessions = Table("sessions") {
        nanoidKey()
        Column("expires_at", .timestamp).notNull()
        Column("token", .text).notNull().unique()
        Column("created_at", .timestamp).notNull()
        Column("updated_at", .timestamp).notNull()
        Column("ip_address", .text)
        Column("user_agent", .text)
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("impersonated_by", .text).comment("The admin impersonating the user, if any.")
        Column("active_organization_id", .text).comment("The organization the session currently works in.")
        Index("sessions_user_id_idx", on: "user_id")
    }

    // Listed as completed but not shown on the page: Better Auth's account table.
    static let accounts = Table("accounts") {
        nanoidKey()
        Column("account_id", .text).notNull()
        Column("provider_id", .text).notNull()
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("access_token", .text)
        Column("refresh_token", .text)
        Column("id_token", .text)
        Column("access_token_expires_at", .timestamp)
        Column("refresh_token_expires_at", .timestamp)
        Column("scope", .text)
        Column("password", .text)
        Column("created_at", .timestamp).notNull()
        Column("updated_at", .timestamp).notNull()
        Index("accounts_user_id_idx", on: "user_id")
    }

    // Listed as completed but not shown on the page: Better Auth's verification table.
    static let verifications = Table("verifications") {
        nanoidKey()
        Column("identifier", .text).notNull()
        Column("value", .text).notNull()
        Column("expires_at", .timestamp).notNull()
        Column("created_at", .timestamp)
        Column("updated_at", .timestamp)
        Index("verifications_identifier_idx", on: "identifier")
    }

    static let organizations = Table("organizations") {
        nanoidKey()
        Column("name", .text).notNull()
        Column("slug", .text).unique()
        Column("logo", .text)
        Column("created_at", .timestamp).notNull()
        Column("metadata", .text).comment("JSON metadata.")
    }

    static let members = Table("members") {
        nanoidKey()
        Column("organization_id", .text).notNull().references(organizations.id, onDelete: .cascade)
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("role", .enum(organizationRole)).notNull().default("member")
        Column("created_at", .timestamp).notNull()
        Index("members_organization_id_idx", on: "organization_id")
        Index("members_user_id_idx", on: "user_id")
    }

    static let invitations = Table("invitations") {
        nanoidKey()
        Column("organization_id", .text).notNull().references(organizations.id, onDelete: .cascade)
        Column("email", .text).notNull()
        Column("role", .enum(organizationRole)).default("member")
        Column("status", .text).notNull().default("pending").comment("pending, accepted or expired.")
        Column("expires_at", .timestamp).notNull()
        Column("inviter_id", .text).notNull().references(users.id, onDelete: .cascade)
        Index("invitations_organization_id_idx", on: "organization_id")
        Index("invitations_inviter_id_idx", on: "inviter_id")
    }
}
