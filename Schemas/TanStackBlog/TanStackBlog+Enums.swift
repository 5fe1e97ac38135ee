import SchemaGen

// Seed 003 lists four `pgEnum`s in full; the two used by session_metadata and
// trusted_devices are named in comments there: their values come from those comments.

extension TanStackBlog {
    static let systemRole = Enum("system_role", "user", "admin", "super_admin")
    static let organizationRole = Enum("organization_role", "member", "admin", "owner")
    static let deviceType = Enum("device_type", "mobile", "desktop", "tablet", "unknown")
    static let activityType = Enum("activity_type", "login", "logout", "page_view", "api_request", "security_event", "error")
    /// "wifi, cellular, ethernet", plus the `unknown` the column defaults to.
    static let connectionType = Enum("connection_type", "wifi", "cellular", "ethernet", "unknown")
    static let trustLevel = Enum("trust_level", "high", "medium", "low")
}
