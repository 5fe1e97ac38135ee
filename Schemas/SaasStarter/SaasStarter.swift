import SchemaGen

/// Seed 001: the Next.js SaaS starter (users, teams, team members, activity logs, invitations).
/// Declared exactly as its `lib/db/schema.ts`: serial ids, varchar lengths, `now()` defaults and
/// foreign keys with PostgreSQL's default action (NO ACTION).
public enum SaasStarter {
    static let users = Table("users") {
        Column("id", .serial).primaryKey()
        Column("name", .varchar(100))
        Column("email", .varchar(255)).notNull().unique()
        Column("password_hash", .text).notNull().comment("Hashed password for authentication.")
        Column("role", .varchar(20)).notNull().default("member")
        Column("created_at", .timestamp).notNull().defaultNow()
        Column("updated_at", .timestamp).notNull().defaultNow()
        Column("deleted_at", .timestamp).comment("Soft delete timestamp. Null while the account is active.")
    }

    static let teams = Table("teams") {
        Column("id", .serial).primaryKey()
        Column("name", .varchar(100)).notNull()
        Column("created_at", .timestamp).notNull().defaultNow()
        Column("updated_at", .timestamp).notNull().defaultNow()
        Column("stripe_customer_id", .text).unique()
        Column("stripe_subscription_id", .text).unique()
        Column("stripe_product_id", .text)
        Column("plan_name", .varchar(50))
        Column("subscription_status", .varchar(20)).comment("Stripe status: active, canceled, past_due, ...")
    }

    static let teamMembers = Table("team_members", junction: true, comment: "Links users to teams with their role in the team.") {
        Column("id", .serial).primaryKey()
        Column("user_id", .integer).notNull().references(users.id)
        Column("team_id", .integer).notNull().references(teams.id)
        Column("role", .varchar(50)).notNull()
        Column("joined_at", .timestamp).notNull().defaultNow()
    }

    static let activityLogs = Table("activity_logs", comment: "Audit log of user and team activity.") {
        Column("id", .serial).primaryKey()
        Column("team_id", .integer).notNull().references(teams.id)
        Column("user_id", .integer).references(users.id).comment("Null for system actions.")
        // `ActivityType` is a TypeScript-side enum in the template, stored as text.
        Column("action", .text).notNull().comment("One of ActivityType: SIGN_UP, SIGN_IN, SIGN_OUT, ...")
        Column("timestamp", .timestamp).notNull().defaultNow()
        Column("ip_address", .varchar(45)).comment("IPv4 or IPv6 address the action came from.")
    }

    static let invitations = Table("invitations") {
        Column("id", .serial).primaryKey()
        Column("team_id", .integer).notNull().references(teams.id)
        Column("email", .varchar(255)).notNull()
        Column("role", .varchar(50)).notNull()
        Column("invited_by", .integer).notNull().references(users.id, relation: "invitedBy", inverse: "invitationsSent")
        Column("invited_at", .timestamp).notNull().defaultNow()
        Column("status", .varchar(20)).notNull().default("pending")
    }

    public static let schema: Schema = Schema("saas_starter") {
        users
        teams
        teamMembers
        activityLogs
        invitations
    }
}
