import SchemaGen

// Better Auth's tables with its organization plugin, in its own naming: singular table names,
// camelCase keys stored as snake_case columns, and its index names (`session_userId_idx`).

extension Concordia {
    static let user = Table("user") {
        Column("id", .text).primaryKey()
        Column("name", .text).notNull()
        Column("email", .text).notNull().unique()
        Column("email_verified", .boolean).notNull().default(false)
        Column("image", .text)
        timestamps()
    }

    static let session = Table("session") {
        Column("id", .text).primaryKey()
        Column("expires_at", .timestamp).notNull()
        Column("token", .text).notNull().unique()
        timestamps()
        Column("ip_address", .text)
        Column("user_agent", .text)
        Column("user_id", .text).notNull().references(user.id, onDelete: .cascade)
        Column("active_organization_id", .text)
        Index("session_userId_idx", on: "user_id")
    }

    static let account = Table("account") {
        Column("id", .text).primaryKey()
        Column("account_id", .text).notNull()
        Column("provider_id", .text).notNull()
        Column("user_id", .text).notNull().references(user.id, onDelete: .cascade)
        Column("access_token", .text)
        Column("refresh_token", .text)
        Column("id_token", .text)
        Column("access_token_expires_at", .timestamp)
        Column("refresh_token_expires_at", .timestamp)
        Column("scope", .text)
        Column("password", .text)
        timestamps()
        Index("account_userId_idx", on: "user_id")
    }

    static let verification = Table("verification") {
        Column("id", .text).primaryKey()
        Column("identifier", .text).notNull()
        Column("value", .text).notNull()
        Column("expires_at", .timestamp).notNull()
        timestamps()
        Index("verification_identifier_idx", on: "identifier")
    }

    static let organization = Table("organization") {
        Column("id", .text).primaryKey()
        Column("name", .text).notNull()
        Column("slug", .text).unique()
        Column("logo", .text)
        Column("metadata", .text)
        Column("created_at", .timestamp).notNull().defaultNow()
    }

    static let member = Table("member", junction: true, comment: "Joins users and organizations.") {
        Column("id", .text).primaryKey()
        Column("organization_id", .text).notNull().references(organization.id, onDelete: .cascade)
        Column("user_id", .text).notNull().references(user.id, onDelete: .cascade)
        Column("role", .text).notNull().default("member")
        Column("created_at", .timestamp).notNull().defaultNow()
        Index("member_organizationId_idx", on: "organization_id")
        Index("member_userId_idx", on: "user_id")
    }

    static let invitation = Table("invitation") {
        Column("id", .text).primaryKey()
        Column("organization_id", .text).notNull().references(organization.id, onDelete: .cascade)
        Column("email", .text).notNull()
        Column("role", .text)
        Column("status", .text).notNull().default("pending")
        Column("expires_at", .timestamp).notNull()
        Column("inviter_id", .text).notNull().references(user.id, onDelete: .cascade, relation: "inviter", inverse: "invitations")
        Index("invitation_organizationId_idx", on: "organization_id")
        Index("invitation_email_idx", on: "email")
        Index("invitation_inviterId_idx", on: "inviter_id")
    }

    /// One profile per user: the unique foreign key makes the relation one-to-one.
    static let profile = Table("profile") {
        Column("id", .text).primaryKey()
        Column("user_id", .text).notNull().unique().references(user.id, onDelete: .cascade)
        Column("username", .text).unique()
        Column("display_name", .text)
        Column("bio", .text)
        Column("avatar_url", .text)
        Column("locale", .varchar(10))
        timestamps()
    }
}
