import SchemaGen

extension MultitenantSaas {
    static let tasks = Table("tasks") {
        Column("id", .text).primaryKey()
        organizationKey()
        Column("title", .text).notNull()
        Column("description", .text)
        Column("status", .enum(taskStatus)).notNull().default("backlog")
        Column("priority", .enum(taskPriority)).notNull().default("medium")
        Column("due_at", .timestamptz)
        Column("created_by", .text).references(users.id, onDelete: .setNull)
        timestamps()
        Index("tasks_organization_status_idx", on: "organization_id", "status")
        Index("tasks_created_by_idx", on: "created_by")
    }

    static let taskAssignees = Table("task_assignees", comment: "Junction: users assigned to a task.") {
        Column("task_id", .text).notNull().references(tasks.id, onDelete: .cascade)
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("assigned_at", .timestamptz).notNull().defaultNow()
        PrimaryKey("task_id", "user_id")
        Index("task_assignees_user_id_idx", on: "user_id")
    }

    static let events = Table("events", comment: "Analytics events; workspace and user are optional.") {
        Column("id", .bigint).primaryKey().identity()
        Column("organization_id", .text).references(organizations.id, onDelete: .setNull)
        Column("user_id", .text).references(users.id, onDelete: .setNull)
        Column("name", .text).notNull()
        Column("properties", .jsonb).notNull().default("{}")
        Column("occurred_at", .timestamptz).notNull().defaultNow()
        Index("events_organization_occurred_at_idx", on: "organization_id", .column("occurred_at", order: .descending))
        Index("events_user_id_idx", on: "user_id")
        Index("events_name_idx", on: "name")
    }

    static let auditLogEntries = Table("audit_log_entries") {
        Column("id", .bigint).primaryKey().identity()
        organizationKey()
        Column("actor_user_id", .text).references(users.id, onDelete: .setNull)
        Column("action", .text).notNull().comment("Dotted verb such as task.created.")
        Column("target_type", .text)
        Column("target_id", .text)
        Column("metadata", .jsonb)
        Column("ip_address", .inet)
        Column("created_at", .timestamptz).notNull().defaultNow()
        Index("audit_log_entries_organization_created_at_idx", on: "organization_id", .column("created_at", order: .descending))
        Index("audit_log_entries_actor_user_id_idx", on: "actor_user_id")
    }

    static let webhookEndpoints = Table("webhook_endpoints") {
        Column("id", .text).primaryKey()
        organizationKey()
        Column("url", .text).notNull()
        Column("secret_hash", .text).notNull()
        Column("events", .array(.text)).notNull().default([]).comment("Event types delivered; empty means all.")
        Column("is_active", .boolean).notNull().default(true)
        timestamps()
        Index("webhook_endpoints_organization_id_idx", on: "organization_id")
    }

    static let webhookDeliveries = Table("webhook_deliveries", comment: "Delivery log of outbound webhooks.") {
        Column("id", .bigint).primaryKey().identity()
        Column("endpoint_id", .text).notNull().references(webhookEndpoints.id, onDelete: .cascade)
        Column("event_type", .text).notNull()
        Column("payload", .jsonb).notNull()
        Column("attempt", .integer).notNull().default(1)
        Column("response_status", .integer)
        Column("response_body", .text)
        Column("delivered_at", .timestamptz)
        Column("next_retry_at", .timestamptz)
        Column("created_at", .timestamptz).notNull().defaultNow()
        Index("webhook_deliveries_endpoint_created_at_idx", on: "endpoint_id", "created_at")
        Index("webhook_deliveries_pending_retry_idx", on: "next_retry_at").where("delivered_at IS NULL")
    }

    static let userNotifications = Table("user_notifications", comment: "In-app notifications.") {
        Column("id", .text).primaryKey()
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("organization_id", .text).references(organizations.id, onDelete: .cascade)
        Column("severity", .enum(notificationSeverity)).notNull().default("normal")
        Column("title", .text).notNull()
        Column("body", .text)
        Column("link", .text)
        Column("read_at", .timestamptz)
        Column("created_at", .timestamptz).notNull().defaultNow()
        Index("user_notifications_user_unread_idx", on: "user_id", "created_at").where("read_at IS NULL")
        Index("user_notifications_organization_id_idx", on: "organization_id")
    }

    static let userNotificationPreferences = Table("user_notification_preferences") {
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("category", .text).notNull()
        Column("channel", .text).notNull().comment("email or in_app.")
        Column("enabled", .boolean).notNull().default(true)
        Column("updated_at", .timestamptz).notNull().defaultNow().appOnUpdate(.now)
        PrimaryKey("user_id", "category", "channel")
    }
}
