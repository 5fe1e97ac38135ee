import SchemaGen

/// Seed 003: a TanStack Start blogging platform (Better Auth with organizations, session
/// security tracking, posts, threaded comments, media): thirteen tables and six enums.
public enum TanStackBlog {
    public static let schema: Schema = Schema("tanstack_blog") {
        [systemRole, organizationRole, deviceType, activityType, connectionType, trustLevel]
        users
        sessions
        accounts
        verifications
        organizations
        members
        invitations
        sessionMetadata
        trustedDevices
        sessionActivityLog
        posts
        comments
        media
    }
}
