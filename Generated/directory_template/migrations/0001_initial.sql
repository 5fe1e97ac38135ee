-- Migration 0001_initial of schema directory_template, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TABLE accounts (
    "userId"            text    NOT NULL,
    type                text    NOT NULL,
    provider            text    NOT NULL,
    "providerAccountId" text    NOT NULL,
    refresh_token       text,
    access_token        text,
    expires_at          integer,
    token_type          text,
    scope               text,
    id_token            text,
    session_state       text,
    CONSTRAINT accounts_pkey PRIMARY KEY (provider, "providerAccountId")
);

CREATE TABLE "activityLogs" (
    id          text        NOT NULL,
    "userId"    text,
    "clientId"  text,
    action      text        NOT NULL,
    "timestamp" timestamp   DEFAULT now() NOT NULL,
    "ipAddress" varchar(45),
    CONSTRAINT "activityLogs_pkey" PRIMARY KEY (id)
);

CREATE TABLE authenticators (
    "credentialID"         text    NOT NULL,
    "userId"               text    NOT NULL,
    "providerAccountId"    text    NOT NULL,
    "credentialPublicKey"  text    NOT NULL,
    counter                integer NOT NULL,
    "credentialDeviceType" text    NOT NULL,
    "credentialBackedUp"   boolean NOT NULL,
    transports             text,
    CONSTRAINT authenticators_pkey PRIMARY KEY ("userId", "credentialID"),
    CONSTRAINT "authenticators_credentialID_key" UNIQUE ("credentialID")
);

CREATE TABLE client_profiles (
    id           text      NOT NULL,
    "userId"     text      NOT NULL,
    display_name text,
    username     text,
    bio          text,
    job_title    text,
    company      text,
    website      text,
    avatar       text,
    plan         text      DEFAULT 'free' NOT NULL,
    status       text      DEFAULT 'active' NOT NULL,
    country      text,
    city         text,
    timezone     text,
    created_at   timestamp DEFAULT now() NOT NULL,
    updated_at   timestamp DEFAULT now() NOT NULL,
    CONSTRAINT client_profiles_pkey PRIMARY KEY (id)
);

CREATE TABLE comments (
    id         text      NOT NULL,
    content    text      NOT NULL,
    "userId"   text      NOT NULL,
    "itemId"   text      NOT NULL,
    rating     smallint,
    created_at timestamp DEFAULT now() NOT NULL,
    updated_at timestamp DEFAULT now() NOT NULL,
    deleted_at timestamp,
    CONSTRAINT comments_pkey PRIMARY KEY (id),
    CONSTRAINT comments_rating_check CHECK (rating BETWEEN 1 AND 5)
);

CREATE TABLE companies (
    id          text      NOT NULL,
    name        text      NOT NULL,
    website     text,
    domain      text,
    description text,
    created_at  timestamp DEFAULT now() NOT NULL,
    updated_at  timestamp DEFAULT now() NOT NULL,
    CONSTRAINT companies_pkey PRIMARY KEY (id)
);

CREATE TABLE favorites (
    id            text      NOT NULL,
    "userId"      text      NOT NULL,
    item_slug     text      NOT NULL,
    item_name     text      NOT NULL,
    item_icon_url text,
    item_category text,
    created_at    timestamp DEFAULT now() NOT NULL,
    updated_at    timestamp DEFAULT now() NOT NULL,
    CONSTRAINT favorites_pkey PRIMARY KEY (id)
);

CREATE TABLE featured_items (
    id             text      NOT NULL,
    item_slug      text      NOT NULL,
    item_name      text      NOT NULL,
    featured_order integer   DEFAULT 0 NOT NULL,
    featured_by    text      NOT NULL,
    is_active      boolean   DEFAULT true NOT NULL,
    featured_at    timestamp DEFAULT now() NOT NULL,
    expires_at     timestamp,
    CONSTRAINT featured_items_pkey PRIMARY KEY (id)
);

CREATE TABLE integration_mappings (
    id             text      NOT NULL,
    ever_id        text      NOT NULL,
    object_type    text      NOT NULL,
    external_id    text      NOT NULL,
    last_synced_at timestamp,
    created_at     timestamp DEFAULT now() NOT NULL,
    updated_at     timestamp DEFAULT now() NOT NULL,
    CONSTRAINT integration_mappings_pkey PRIMARY KEY (id)
);

CREATE TABLE item_views (
    id              text      NOT NULL,
    item_id         text      NOT NULL,
    viewer_id       text      NOT NULL,
    viewed_date_utc date      NOT NULL,
    viewed_at       timestamp DEFAULT now() NOT NULL,
    CONSTRAINT item_views_pkey PRIMARY KEY (id)
);

CREATE TABLE moderation_history (
    id           text      NOT NULL,
    user_id      text      NOT NULL,
    action       text      NOT NULL,
    reason       text,
    performed_by text,
    report_id    text,
    details      jsonb,
    created_at   timestamp DEFAULT now() NOT NULL,
    CONSTRAINT moderation_history_pkey PRIMARY KEY (id)
);

CREATE TABLE "newsletterSubscriptions" (
    id              text      NOT NULL,
    email           text      NOT NULL,
    is_active       boolean   DEFAULT true NOT NULL,
    subscribed_at   timestamp DEFAULT now() NOT NULL,
    unsubscribed_at timestamp,
    source          text,
    CONSTRAINT "newsletterSubscriptions_pkey" PRIMARY KEY (id)
);

CREATE TABLE notifications (
    id         text      NOT NULL,
    user_id    text      NOT NULL,
    type       text      NOT NULL,
    title      text      NOT NULL,
    message    text      NOT NULL,
    data       jsonb,
    is_read    boolean   DEFAULT false NOT NULL,
    read_at    timestamp,
    created_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE "passwordResetTokens" (
    identifier text      NOT NULL,
    token      text      NOT NULL,
    expires    timestamp NOT NULL,
    CONSTRAINT "passwordResetTokens_pkey" PRIMARY KEY (identifier, token)
);

CREATE TABLE "paymentAccounts" (
    id           text      NOT NULL,
    "userId"     text      NOT NULL,
    "providerId" text      NOT NULL,
    "customerId" text      NOT NULL,
    created_at   timestamp DEFAULT now() NOT NULL,
    updated_at   timestamp DEFAULT now() NOT NULL,
    CONSTRAINT "paymentAccounts_pkey" PRIMARY KEY (id)
);

CREATE TABLE "paymentProviders" (
    id         text      NOT NULL,
    name       text      NOT NULL,
    is_active  boolean   DEFAULT true NOT NULL,
    created_at timestamp DEFAULT now() NOT NULL,
    updated_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT "paymentProviders_pkey" PRIMARY KEY (id),
    CONSTRAINT "paymentProviders_name_key" UNIQUE (name)
);

CREATE TABLE permissions (
    id          text      NOT NULL,
    key         text      NOT NULL,
    description text,
    created_at  timestamp DEFAULT now() NOT NULL,
    CONSTRAINT permissions_pkey PRIMARY KEY (id),
    CONSTRAINT permissions_key_key UNIQUE (key)
);

CREATE TABLE reports (
    id           text      NOT NULL,
    content_type text      NOT NULL,
    content_id   text      NOT NULL,
    reason       text      NOT NULL,
    details      text,
    status       text      DEFAULT 'pending' NOT NULL,
    reported_by  text      NOT NULL,
    reviewed_by  text,
    reviewed_at  timestamp,
    review_note  text,
    created_at   timestamp DEFAULT now() NOT NULL,
    updated_at   timestamp DEFAULT now() NOT NULL,
    CONSTRAINT reports_pkey PRIMARY KEY (id)
);

CREATE TABLE role_permissions (
    role_id       text      NOT NULL,
    permission_id text      NOT NULL,
    created_at    timestamp DEFAULT now() NOT NULL,
    CONSTRAINT role_permissions_pkey PRIMARY KEY (role_id, permission_id)
);

CREATE TABLE roles (
    id          text      NOT NULL,
    name        text      NOT NULL,
    description text,
    is_admin    boolean   DEFAULT false NOT NULL,
    created_at  timestamp DEFAULT now() NOT NULL,
    updated_at  timestamp DEFAULT now() NOT NULL,
    CONSTRAINT roles_pkey PRIMARY KEY (id),
    CONSTRAINT roles_name_key UNIQUE (name)
);

CREATE TABLE seed_status (
    id        integer   DEFAULT 1 NOT NULL,
    status    text      DEFAULT 'pending' NOT NULL,
    seeded_at timestamp,
    CONSTRAINT seed_status_id_check CHECK (id = 1)
);

CREATE TABLE sessions (
    "sessionToken" text      NOT NULL,
    "userId"       text      NOT NULL,
    expires        timestamp NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY ("sessionToken")
);

CREATE TABLE sponsor_ads (
    id               text       NOT NULL,
    user_id          text       NOT NULL,
    item_slug        text       NOT NULL,
    status           text       DEFAULT 'pending_payment' NOT NULL,
    "interval"       text       NOT NULL,
    amount           integer    NOT NULL,
    currency         varchar(3) DEFAULT 'usd' NOT NULL,
    payment_provider text,
    subscription_id  text,
    starts_at        timestamp,
    ends_at          timestamp,
    reviewed_by      text,
    reviewed_at      timestamp,
    rejection_reason text,
    created_at       timestamp  DEFAULT now() NOT NULL,
    updated_at       timestamp  DEFAULT now() NOT NULL,
    CONSTRAINT sponsor_ads_pkey PRIMARY KEY (id)
);

CREATE TABLE "subscriptionHistory" (
    id              text      NOT NULL,
    subscription_id text      NOT NULL,
    action          text      NOT NULL,
    previous_status text,
    new_status      text,
    previous_plan   text,
    new_plan        text,
    metadata        jsonb,
    created_at      timestamp DEFAULT now() NOT NULL,
    CONSTRAINT "subscriptionHistory_pkey" PRIMARY KEY (id)
);

CREATE TABLE subscriptions (
    id                   text      NOT NULL,
    "userId"             text      NOT NULL,
    plan_id              text      NOT NULL,
    status               text      NOT NULL,
    payment_provider     text      NOT NULL,
    subscription_id      text      NOT NULL,
    customer_id          text,
    price_id             text,
    current_period_start timestamp,
    current_period_end   timestamp,
    cancel_at_period_end boolean   DEFAULT false NOT NULL,
    trial_end            timestamp,
    metadata             jsonb,
    created_at           timestamp DEFAULT now() NOT NULL,
    updated_at           timestamp DEFAULT now() NOT NULL,
    CONSTRAINT subscriptions_pkey PRIMARY KEY (id)
);

CREATE TABLE surveys (
    id          text      NOT NULL,
    slug        text      NOT NULL,
    title       text      NOT NULL,
    description text,
    status      text      DEFAULT 'draft' NOT NULL,
    survey_json jsonb     NOT NULL,
    created_at  timestamp DEFAULT now() NOT NULL,
    updated_at  timestamp DEFAULT now() NOT NULL,
    CONSTRAINT surveys_pkey PRIMARY KEY (id)
);

CREATE TABLE twenty_crm_config (
    id         text      NOT NULL,
    base_url   text      NOT NULL,
    api_key    text      NOT NULL,
    enabled    boolean   DEFAULT false NOT NULL,
    sync_mode  text      DEFAULT 'manual' NOT NULL,
    created_at timestamp DEFAULT now() NOT NULL,
    updated_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT twenty_crm_config_pkey PRIMARY KEY (id)
);

CREATE TABLE user_roles (
    user_id    text      NOT NULL,
    role_id    text      NOT NULL,
    created_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role_id)
);

CREATE TABLE users (
    id              text      NOT NULL,
    name            text,
    email           text,
    "emailVerified" timestamp,
    image           text,
    password_hash   text,
    created_at      timestamp DEFAULT now() NOT NULL,
    updated_at      timestamp DEFAULT now() NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE "verificationTokens" (
    identifier text      NOT NULL,
    token      text      NOT NULL,
    expires    timestamp NOT NULL,
    CONSTRAINT "verificationTokens_pkey" PRIMARY KEY (identifier, token)
);

CREATE TABLE votes (
    id         text      NOT NULL,
    userid     text      NOT NULL,
    item_id    text      NOT NULL,
    vote_type  text      DEFAULT 'upvote' NOT NULL,
    created_at timestamp DEFAULT now() NOT NULL,
    updated_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT votes_pkey PRIMARY KEY (id)
);

ALTER TABLE accounts
    ADD CONSTRAINT "accounts_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE "activityLogs"
    ADD CONSTRAINT "activityLogs_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES client_profiles (id) ON DELETE CASCADE;

ALTER TABLE "activityLogs"
    ADD CONSTRAINT "activityLogs_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE authenticators
    ADD CONSTRAINT "authenticators_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE client_profiles
    ADD CONSTRAINT "client_profiles_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE comments
    ADD CONSTRAINT "comments_userId_fkey" FOREIGN KEY ("userId") REFERENCES client_profiles (id) ON DELETE CASCADE;

ALTER TABLE favorites
    ADD CONSTRAINT "favorites_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE moderation_history
    ADD CONSTRAINT moderation_history_performed_by_fkey FOREIGN KEY (performed_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE moderation_history
    ADD CONSTRAINT moderation_history_report_id_fkey FOREIGN KEY (report_id) REFERENCES reports (id) ON DELETE SET NULL;

ALTER TABLE moderation_history
    ADD CONSTRAINT moderation_history_user_id_fkey FOREIGN KEY (user_id) REFERENCES client_profiles (id) ON DELETE CASCADE;

ALTER TABLE notifications
    ADD CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE "paymentAccounts"
    ADD CONSTRAINT "paymentAccounts_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "paymentProviders" (id) ON DELETE CASCADE;

ALTER TABLE "paymentAccounts"
    ADD CONSTRAINT "paymentAccounts_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE reports
    ADD CONSTRAINT reports_reported_by_fkey FOREIGN KEY (reported_by) REFERENCES client_profiles (id) ON DELETE CASCADE;

ALTER TABLE reports
    ADD CONSTRAINT reports_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE role_permissions
    ADD CONSTRAINT role_permissions_permission_id_fkey FOREIGN KEY (permission_id) REFERENCES permissions (id) ON DELETE CASCADE;

ALTER TABLE role_permissions
    ADD CONSTRAINT role_permissions_role_id_fkey FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE;

ALTER TABLE sessions
    ADD CONSTRAINT "sessions_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE sponsor_ads
    ADD CONSTRAINT sponsor_ads_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE sponsor_ads
    ADD CONSTRAINT sponsor_ads_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE "subscriptionHistory"
    ADD CONSTRAINT "subscriptionHistory_subscription_id_fkey" FOREIGN KEY (subscription_id) REFERENCES subscriptions (id) ON DELETE CASCADE;

ALTER TABLE subscriptions
    ADD CONSTRAINT "subscriptions_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE user_roles
    ADD CONSTRAINT user_roles_role_id_fkey FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE;

ALTER TABLE user_roles
    ADD CONSTRAINT user_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE votes
    ADD CONSTRAINT votes_userid_fkey FOREIGN KEY (userid) REFERENCES client_profiles (id) ON DELETE CASCADE;

CREATE UNIQUE INDEX client_profiles_user_id_unique_idx ON client_profiles ("userId");
CREATE UNIQUE INDEX favorites_user_item_unique_idx ON favorites ("userId", item_slug);
CREATE UNIQUE INDEX integration_mappings_ever_object_unique_idx ON integration_mappings (ever_id, object_type);
CREATE UNIQUE INDEX item_views_daily_unique_idx ON item_views (item_id, viewer_id, viewed_date_utc);
CREATE UNIQUE INDEX newsletter_subscriptions_email_unique_idx ON "newsletterSubscriptions" (email);
CREATE INDEX notifications_created_at_idx ON notifications (created_at);
CREATE INDEX notifications_is_read_idx ON notifications (is_read);
CREATE INDEX notifications_type_idx ON notifications (type);
CREATE INDEX notifications_user_id_idx ON notifications (user_id);
CREATE UNIQUE INDEX payment_accounts_customer_provider_unique_idx ON "paymentAccounts" ("customerId", "providerId");
CREATE UNIQUE INDEX payment_accounts_user_provider_unique_idx ON "paymentAccounts" ("userId", "providerId");
CREATE INDEX reports_content_id_idx ON reports (content_id);
CREATE INDEX reports_content_idx ON reports (content_type, content_id);
CREATE INDEX reports_content_type_idx ON reports (content_type);
CREATE INDEX reports_reported_by_idx ON reports (reported_by);
CREATE INDEX reports_status_idx ON reports (status);
CREATE UNIQUE INDEX seed_status_id_unique_idx ON seed_status (id);
CREATE UNIQUE INDEX subscriptions_provider_subscription_unique_idx ON subscriptions (payment_provider, subscription_id);
CREATE UNIQUE INDEX surveys_slug_unique_idx ON surveys (slug);
CREATE UNIQUE INDEX twenty_crm_config_singleton_idx ON twenty_crm_config ((true));
CREATE UNIQUE INDEX votes_user_item_unique_idx ON votes (userid, item_id);
COMMENT ON TABLE accounts IS 'OAuth and credential accounts linked to users.';
COMMENT ON TABLE "activityLogs" IS 'Each entry relates to an admin user or to a client.';
COMMENT ON TABLE authenticators IS 'WebAuthn/passkey credentials.';
COMMENT ON TABLE client_profiles IS 'End-user profiles: plan, status and location.';
COMMENT ON COLUMN featured_items.featured_by IS 'Who featured the item, as plain text (not a foreign key).';
COMMENT ON TABLE integration_mappings IS 'Maps local objects to their ids in external systems.';
COMMENT ON TABLE item_views IS 'One row per item, viewer and UTC day.';
COMMENT ON COLUMN item_views.viewer_id IS 'A user id or an anonymous visitor id.';
COMMENT ON COLUMN moderation_history.action IS 'warn, suspend, ban, unban, ...';
COMMENT ON COLUMN "paymentAccounts"."customerId" IS 'The customer''s id at the provider.';
COMMENT ON TABLE "paymentProviders" IS 'The payment providers available.';
COMMENT ON TABLE permissions IS 'Permission keys such as items:create.';
COMMENT ON COLUMN reports.content_type IS 'item or comment.';
COMMENT ON TABLE role_permissions IS 'Junction: which permissions a role grants.';
COMMENT ON TABLE roles IS 'Named roles; an admin flag marks administrator roles.';
COMMENT ON TABLE seed_status IS 'Whether and when the database was seeded.';
COMMENT ON TABLE sessions IS 'Active login sessions.';
COMMENT ON COLUMN sponsor_ads."interval" IS 'weekly or monthly.';
COMMENT ON COLUMN sponsor_ads.amount IS 'In the currency''s minor unit.';
COMMENT ON TABLE twenty_crm_config IS 'Twenty CRM connection settings (one row).';
COMMENT ON TABLE user_roles IS 'Junction: which roles a user has.';
COMMENT ON TABLE users IS 'Every authenticated account; the root of most cascades.';
