import SchemaGen

extension MultitenantSaas {
    static let users = Table("users") {
        Column("id", .text).primaryKey()
        Column("name", .text).notNull()
        Column("email", .text).notNull().unique()
        Column("email_verified", .boolean).notNull().default(false)
        Column("image", .text)
        Column("password_hash", .text)
        Column("role", .text).notNull().default("user").comment("Better Auth admin plugin role: user or admin.")
        Column("banned", .boolean).notNull().default(false)
        Column("ban_reason", .text)
        Column("ban_expires", .timestamptz)
        Column("welcome_completed_at", .timestamptz).comment("When the user finished the welcome onboarding.")
        timestamps()
    }

    static let sessions = Table("sessions") {
        Column("id", .text).primaryKey()
        Column("token", .text).notNull().unique()
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("expires_at", .timestamptz).notNull()
        Column("ip_address", .text)
        Column("user_agent", .text)
        Column("impersonated_by", .text).references(users.id, onDelete: .setNull)
            .comment("The admin impersonating the user, if any.")
        Column("active_organization_id", .text).references(organizations.id, onDelete: .setNull)
        timestamps()
        Index("sessions_user_id_idx", on: "user_id")
    }

    static let accounts = Table("accounts", comment: "OAuth and credential links per provider.") {
        Column("id", .text).primaryKey()
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("account_id", .text).notNull()
        Column("provider_id", .text).notNull()
        Column("access_token", .text)
        Column("refresh_token", .text)
        Column("id_token", .text)
        Column("access_token_expires_at", .timestamptz)
        Column("refresh_token_expires_at", .timestamptz)
        Column("scope", .text)
        Column("password", .text)
        timestamps()
        Unique("provider_id", "account_id")
        Index("accounts_user_id_idx", on: "user_id")
    }

    static let verifications = Table("verifications", comment: "Email verification and password reset tokens.") {
        Column("id", .text).primaryKey()
        Column("identifier", .text).notNull()
        Column("value", .text).notNull()
        Column("expires_at", .timestamptz).notNull()
        timestamps()
        Index("verifications_identifier_idx", on: "identifier")
    }
}
