import SchemaGen

extension DirectoryTemplate {
    static let subscriptions = Table("subscriptions") {
        uuidKey()
        Column("userId", .text).notNull().references(users.id, onDelete: .cascade)
        Column("plan_id", .text).notNull()
        Column("status", .text).notNull()
        Column("payment_provider", .text).notNull()
        Column("subscription_id", .text).notNull()
        Column("customer_id", .text)
        Column("price_id", .text)
        Column("current_period_start", .timestamp)
        Column("current_period_end", .timestamp)
        Column("cancel_at_period_end", .boolean).notNull().default(false)
        Column("trial_end", .timestamp)
        Column("metadata", .jsonb)
        timestamps()
        Index("subscriptions_provider_subscription_unique_idx", on: "payment_provider", "subscription_id").unique()
    }

    static let subscriptionHistory = Table("subscriptionHistory") {
        uuidKey()
        Column("subscription_id", .text).notNull().references(subscriptions.id, onDelete: .cascade)
        Column("action", .text).notNull()
        Column("previous_status", .text)
        Column("new_status", .text)
        Column("previous_plan", .text)
        Column("new_plan", .text)
        Column("metadata", .jsonb)
        Column("created_at", .timestamp).notNull().defaultNow()
    }

    static let paymentProviders = Table("paymentProviders", comment: "The payment providers available.") {
        uuidKey()
        Column("name", .text).notNull().unique()
        Column("is_active", .boolean).notNull().default(true)
        timestamps()
    }

    static let paymentAccounts = Table("paymentAccounts") {
        uuidKey()
        Column("userId", .text).notNull().references(users.id, onDelete: .cascade)
        Column("providerId", .text).notNull().references(paymentProviders.id, onDelete: .cascade)
        Column("customerId", .text).notNull().comment("The customer's id at the provider.")
        timestamps()
        Index("payment_accounts_user_provider_unique_idx", on: "userId", "providerId").unique()
        Index("payment_accounts_customer_provider_unique_idx", on: "customerId", "providerId").unique()
    }
}
