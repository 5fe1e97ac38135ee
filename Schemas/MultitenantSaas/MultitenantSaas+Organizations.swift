import SchemaGen

extension MultitenantSaas {
    static let organizations = Table("organizations", comment: "Customer workspaces.") {
        Column("id", .text).primaryKey()
        Column("name", .text).notNull()
        Column("slug", .text).notNull().unique()
        Column("logo", .text)
        timestamps()
    }

    static let organizationMembers = Table("organization_members", junction: true) {
        Column("id", .text).primaryKey()
        organizationKey()
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("role", .enum(orgRole)).notNull().default("member")
        timestamps()
        Unique("organization_id", "user_id")
        Index("organization_members_user_id_idx", on: "user_id")
    }

    static let organizationInvitations = Table("organization_invitations") {
        Column("id", .text).primaryKey()
        organizationKey()
        Column("email", .text).notNull()
        Column("role", .enum(orgRole)).notNull().default("member")
        Column("token_hash", .text).notNull().unique()
        Column("invited_by", .text).references(users.id, onDelete: .setNull)
        Column("expires_at", .timestamptz).notNull()
        Column("accepted_at", .timestamptz)
        Column("revoked_at", .timestamptz)
        Column("created_at", .timestamptz).notNull().defaultNow()
        // One open invitation per address and workspace, whatever the case of the address.
        Index("organization_invitations_pending_email_idx", on: "organization_id", .expression("lower(email)"))
            .unique()
            .where("accepted_at IS NULL AND revoked_at IS NULL")
        Index("organization_invitations_invited_by_idx", on: "invited_by")
    }

    static let subscriptions = Table("subscriptions", comment: "One Stripe subscription per workspace.") {
        Column("id", .text).primaryKey()
        Column("organization_id", .text).notNull().unique().references(organizations.id, onDelete: .cascade)
        Column("stripe_customer_id", .text).unique()
        Column("stripe_subscription_id", .text).unique()
        Column("stripe_price_id", .text)
        Column("status", .enum(subscriptionStatus)).notNull().default("incomplete")
        Column("current_period_start", .timestamptz)
        Column("current_period_end", .timestamptz)
        Column("cancel_at_period_end", .boolean).notNull().default(false)
        timestamps()
    }

    static let apiKeys = Table("api_keys", comment: "Per-workspace API keys; only a hash of the secret is kept.") {
        Column("id", .text).primaryKey()
        organizationKey()
        Column("name", .text).notNull()
        Column("prefix", .varchar(16)).notNull().unique().comment("Shown to identify the key.")
        Column("secret_hash", .text).notNull()
        Column("created_by", .text).references(users.id, onDelete: .setNull)
        Column("last_used_at", .timestamptz)
        Column("expires_at", .timestamptz)
        Column("revoked_at", .timestamptz)
        Column("created_at", .timestamptz).notNull().defaultNow()
        Index("api_keys_organization_id_idx", on: "organization_id")
        Index("api_keys_created_by_idx", on: "created_by")
    }
}
