import SchemaGen

extension DirectoryTemplate {
    static let users = Table("users", comment: "Every authenticated account; the root of most cascades.") {
        uuidKey()
        Column("name", .text)
        Column("email", .text).unique()
        Column("emailVerified", .timestamp)
        Column("image", .text)
        Column("password_hash", .text)
        timestamps()
    }

    static let accounts = Table("accounts", comment: "OAuth and credential accounts linked to users.") {
        Column("userId", .text).notNull().references(users.id, onDelete: .cascade)
        Column("type", .text).notNull()
        Column("provider", .text).notNull()
        Column("providerAccountId", .text).notNull()
        Column("refresh_token", .text)
        Column("access_token", .text)
        Column("expires_at", .integer)
        Column("token_type", .text)
        Column("scope", .text)
        Column("id_token", .text)
        Column("session_state", .text)
        PrimaryKey("provider", "providerAccountId")
    }

    static let sessions = Table("sessions", comment: "Active login sessions.") {
        Column("sessionToken", .text).primaryKey()
        Column("userId", .text).notNull().references(users.id, onDelete: .cascade)
        Column("expires", .timestamp).notNull()
    }

    static let authenticators = Table("authenticators", comment: "WebAuthn/passkey credentials.") {
        Column("credentialID", .text).notNull().unique()
        Column("userId", .text).notNull().references(users.id, onDelete: .cascade)
        Column("providerAccountId", .text).notNull()
        Column("credentialPublicKey", .text).notNull()
        Column("counter", .integer).notNull()
        Column("credentialDeviceType", .text).notNull()
        Column("credentialBackedUp", .boolean).notNull()
        Column("transports", .text)
        PrimaryKey("userId", "credentialID")
    }

    static let verificationTokens = Table("verificationTokens") {
        Column("identifier", .text).notNull()
        Column("token", .text).notNull()
        Column("expires", .timestamp).notNull()
        PrimaryKey("identifier", "token")
    }

    static let passwordResetTokens = Table("passwordResetTokens") {
        Column("identifier", .text).notNull()
        Column("token", .text).notNull()
        Column("expires", .timestamp).notNull()
        PrimaryKey("identifier", "token")
    }

    static let clientProfiles = Table("client_profiles", comment: "End-user profiles: plan, status and location.") {
        uuidKey()
        Column("userId", .text).notNull().references(users.id, onDelete: .cascade)
        Column("display_name", .text)
        Column("username", .text)
        Column("bio", .text)
        Column("job_title", .text)
        Column("company", .text)
        Column("website", .text)
        Column("avatar", .text)
        Column("plan", .text).notNull().default("free")
        Column("status", .text).notNull().default("active")
        Column("country", .text)
        Column("city", .text)
        Column("timezone", .text)
        timestamps()
        Index("client_profiles_user_id_unique_idx", on: "userId").unique()
    }

    static let roles = Table("roles", comment: "Named roles; an admin flag marks administrator roles.") {
        uuidKey()
        Column("name", .text).notNull().unique()
        Column("description", .text)
        Column("is_admin", .boolean).notNull().default(false)
        timestamps()
    }

    static let permissions = Table("permissions", comment: "Permission keys such as items:create.") {
        uuidKey()
        Column("key", .text).notNull().unique()
        Column("description", .text)
        Column("created_at", .timestamp).notNull().defaultNow()
    }

    static let rolePermissions = Table("role_permissions", comment: "Junction: which permissions a role grants.") {
        Column("role_id", .text).notNull().references(roles.id, onDelete: .cascade)
        Column("permission_id", .text).notNull().references(permissions.id, onDelete: .cascade)
        Column("created_at", .timestamp).notNull().defaultNow()
        PrimaryKey("role_id", "permission_id")
    }

    static let userRoles = Table("user_roles", comment: "Junction: which roles a user has.") {
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("role_id", .text).notNull().references(roles.id, onDelete: .cascade)
        Column("created_at", .timestamp).notNull().defaultNow()
        PrimaryKey("user_id", "role_id")
    }
}
