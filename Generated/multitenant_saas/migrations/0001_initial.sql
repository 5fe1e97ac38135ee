-- Migration 0001_initial of schema multitenant_saas, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TYPE notification_severity AS ENUM ('normal', 'critical');
CREATE TYPE org_role AS ENUM ('owner', 'admin', 'member');
CREATE TYPE platform_banner_placement AS ENUM ('landing', 'app', 'everywhere');
CREATE TYPE platform_banner_variant AS ENUM ('info', 'warning', 'critical');
CREATE TYPE subscription_status AS ENUM ('active', 'trialing', 'past_due', 'canceled', 'incomplete');
CREATE TYPE task_priority AS ENUM ('low', 'medium', 'high');
CREATE TYPE task_status AS ENUM ('backlog', 'todo', 'in_progress', 'in_review', 'done');

CREATE TABLE accounts (
    id                       text                     NOT NULL,
    user_id                  text                     NOT NULL,
    account_id               text                     NOT NULL,
    provider_id              text                     NOT NULL,
    access_token             text,
    refresh_token            text,
    id_token                 text,
    access_token_expires_at  timestamp with time zone,
    refresh_token_expires_at timestamp with time zone,
    scope                    text,
    password                 text,
    created_at               timestamp with time zone DEFAULT now() NOT NULL,
    updated_at               timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_provider_id_account_id_key UNIQUE (provider_id, account_id)
);

CREATE TABLE api_keys (
    id              text                     NOT NULL,
    organization_id text                     NOT NULL,
    name            text                     NOT NULL,
    prefix          varchar(16)              NOT NULL,
    secret_hash     text                     NOT NULL,
    created_by      text,
    last_used_at    timestamp with time zone,
    expires_at      timestamp with time zone,
    revoked_at      timestamp with time zone,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT api_keys_pkey PRIMARY KEY (id),
    CONSTRAINT api_keys_prefix_key UNIQUE (prefix)
);

CREATE TABLE audit_log_entries (
    id              bigint                   GENERATED ALWAYS AS IDENTITY,
    organization_id text                     NOT NULL,
    actor_user_id   text,
    action          text                     NOT NULL,
    target_type     text,
    target_id       text,
    metadata        jsonb,
    ip_address      inet,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_log_entries_pkey PRIMARY KEY (id)
);

CREATE TABLE events (
    id              bigint                   GENERATED ALWAYS AS IDENTITY,
    organization_id text,
    user_id         text,
    name            text                     NOT NULL,
    properties      jsonb                    DEFAULT '{}' NOT NULL,
    occurred_at     timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id)
);

CREATE TABLE organization_invitations (
    id              text                     NOT NULL,
    organization_id text                     NOT NULL,
    email           text                     NOT NULL,
    role            org_role                 DEFAULT 'member' NOT NULL,
    token_hash      text                     NOT NULL,
    invited_by      text,
    expires_at      timestamp with time zone NOT NULL,
    accepted_at     timestamp with time zone,
    revoked_at      timestamp with time zone,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT organization_invitations_pkey PRIMARY KEY (id),
    CONSTRAINT organization_invitations_token_hash_key UNIQUE (token_hash)
);

CREATE TABLE organization_members (
    id              text                     NOT NULL,
    organization_id text                     NOT NULL,
    user_id         text                     NOT NULL,
    role            org_role                 DEFAULT 'member' NOT NULL,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    updated_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT organization_members_pkey PRIMARY KEY (id),
    CONSTRAINT organization_members_organization_id_user_id_key UNIQUE (organization_id, user_id)
);

CREATE TABLE organizations (
    id         text                     NOT NULL,
    name       text                     NOT NULL,
    slug       text                     NOT NULL,
    logo       text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT organizations_pkey PRIMARY KEY (id),
    CONSTRAINT organizations_slug_key UNIQUE (slug)
);

CREATE TABLE platform_banners (
    id         text                      NOT NULL,
    message    text                      NOT NULL,
    placement  platform_banner_placement DEFAULT 'everywhere' NOT NULL,
    variant    platform_banner_variant   DEFAULT 'info' NOT NULL,
    link_url   text,
    starts_at  timestamp with time zone,
    ends_at    timestamp with time zone,
    is_active  boolean                   DEFAULT true NOT NULL,
    created_at timestamp with time zone  DEFAULT now() NOT NULL,
    updated_at timestamp with time zone  DEFAULT now() NOT NULL,
    CONSTRAINT platform_banners_pkey PRIMARY KEY (id),
    CONSTRAINT platform_banners_schedule_check CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at)
);

CREATE TABLE platform_feature_flags (
    key                text                     NOT NULL,
    description        text,
    enabled            boolean                  DEFAULT false NOT NULL,
    rollout_percentage smallint                 DEFAULT 100 NOT NULL,
    created_at         timestamp with time zone DEFAULT now() NOT NULL,
    updated_at         timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT platform_feature_flags_pkey PRIMARY KEY (key),
    CONSTRAINT platform_feature_flags_rollout_percentage_check CHECK (rollout_percentage BETWEEN 0 AND 100)
);

CREATE TABLE platform_onboarding_config (
    id         smallint                 DEFAULT 1 NOT NULL,
    title      text                     NOT NULL,
    subtitle   text,
    steps      jsonb                    DEFAULT '[]' NOT NULL,
    updated_by text,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT platform_onboarding_config_pkey PRIMARY KEY (id),
    CONSTRAINT platform_onboarding_config_id_check CHECK (id = 1)
);

CREATE TABLE sessions (
    id                     text                     NOT NULL,
    token                  text                     NOT NULL,
    user_id                text                     NOT NULL,
    expires_at             timestamp with time zone NOT NULL,
    ip_address             text,
    user_agent             text,
    impersonated_by        text,
    active_organization_id text,
    created_at             timestamp with time zone DEFAULT now() NOT NULL,
    updated_at             timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY (id),
    CONSTRAINT sessions_token_key UNIQUE (token)
);

CREATE TABLE subscriptions (
    id                     text                     NOT NULL,
    organization_id        text                     NOT NULL,
    stripe_customer_id     text,
    stripe_subscription_id text,
    stripe_price_id        text,
    status                 subscription_status      DEFAULT 'incomplete' NOT NULL,
    current_period_start   timestamp with time zone,
    current_period_end     timestamp with time zone,
    cancel_at_period_end   boolean                  DEFAULT false NOT NULL,
    created_at             timestamp with time zone DEFAULT now() NOT NULL,
    updated_at             timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT subscriptions_pkey PRIMARY KEY (id),
    CONSTRAINT subscriptions_organization_id_key UNIQUE (organization_id),
    CONSTRAINT subscriptions_stripe_customer_id_key UNIQUE (stripe_customer_id),
    CONSTRAINT subscriptions_stripe_subscription_id_key UNIQUE (stripe_subscription_id)
);

CREATE TABLE task_assignees (
    task_id     text                     NOT NULL,
    user_id     text                     NOT NULL,
    assigned_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT task_assignees_pkey PRIMARY KEY (task_id, user_id)
);

CREATE TABLE tasks (
    id              text                     NOT NULL,
    organization_id text                     NOT NULL,
    title           text                     NOT NULL,
    description     text,
    status          task_status              DEFAULT 'backlog' NOT NULL,
    priority        task_priority            DEFAULT 'medium' NOT NULL,
    due_at          timestamp with time zone,
    created_by      text,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    updated_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tasks_pkey PRIMARY KEY (id)
);

CREATE TABLE user_notification_preferences (
    user_id    text                     NOT NULL,
    category   text                     NOT NULL,
    channel    text                     NOT NULL,
    enabled    boolean                  DEFAULT true NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_notification_preferences_pkey PRIMARY KEY (user_id, category, channel)
);

CREATE TABLE user_notifications (
    id              text                     NOT NULL,
    user_id         text                     NOT NULL,
    organization_id text,
    severity        notification_severity    DEFAULT 'normal' NOT NULL,
    title           text                     NOT NULL,
    body            text,
    link            text,
    read_at         timestamp with time zone,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE users (
    id                   text                     NOT NULL,
    name                 text                     NOT NULL,
    email                text                     NOT NULL,
    email_verified       boolean                  DEFAULT false NOT NULL,
    image                text,
    password_hash        text,
    role                 text                     DEFAULT 'user' NOT NULL,
    banned               boolean                  DEFAULT false NOT NULL,
    ban_reason           text,
    ban_expires          timestamp with time zone,
    welcome_completed_at timestamp with time zone,
    created_at           timestamp with time zone DEFAULT now() NOT NULL,
    updated_at           timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE verifications (
    id         text                     NOT NULL,
    identifier text                     NOT NULL,
    value      text                     NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT verifications_pkey PRIMARY KEY (id)
);

CREATE TABLE webhook_deliveries (
    id              bigint                   GENERATED ALWAYS AS IDENTITY,
    endpoint_id     text                     NOT NULL,
    event_type      text                     NOT NULL,
    payload         jsonb                    NOT NULL,
    attempt         integer                  DEFAULT 1 NOT NULL,
    response_status integer,
    response_body   text,
    delivered_at    timestamp with time zone,
    next_retry_at   timestamp with time zone,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id)
);

CREATE TABLE webhook_endpoints (
    id              text                     NOT NULL,
    organization_id text                     NOT NULL,
    url             text                     NOT NULL,
    secret_hash     text                     NOT NULL,
    events          text[]                   DEFAULT '{}' NOT NULL,
    is_active       boolean                  DEFAULT true NOT NULL,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    updated_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT webhook_endpoints_pkey PRIMARY KEY (id)
);

ALTER TABLE accounts
    ADD CONSTRAINT accounts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE api_keys
    ADD CONSTRAINT api_keys_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE api_keys
    ADD CONSTRAINT api_keys_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE audit_log_entries
    ADD CONSTRAINT audit_log_entries_actor_user_id_fkey FOREIGN KEY (actor_user_id) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE audit_log_entries
    ADD CONSTRAINT audit_log_entries_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE events
    ADD CONSTRAINT events_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE SET NULL;

ALTER TABLE events
    ADD CONSTRAINT events_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE organization_invitations
    ADD CONSTRAINT organization_invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE organization_invitations
    ADD CONSTRAINT organization_invitations_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE organization_members
    ADD CONSTRAINT organization_members_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE organization_members
    ADD CONSTRAINT organization_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE platform_onboarding_config
    ADD CONSTRAINT platform_onboarding_config_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE sessions
    ADD CONSTRAINT sessions_active_organization_id_fkey FOREIGN KEY (active_organization_id) REFERENCES organizations (id) ON DELETE SET NULL;

ALTER TABLE sessions
    ADD CONSTRAINT sessions_impersonated_by_fkey FOREIGN KEY (impersonated_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE subscriptions
    ADD CONSTRAINT subscriptions_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE task_assignees
    ADD CONSTRAINT task_assignees_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;

ALTER TABLE task_assignees
    ADD CONSTRAINT task_assignees_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE tasks
    ADD CONSTRAINT tasks_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE tasks
    ADD CONSTRAINT tasks_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE user_notification_preferences
    ADD CONSTRAINT user_notification_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE user_notifications
    ADD CONSTRAINT user_notifications_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE user_notifications
    ADD CONSTRAINT user_notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_endpoint_id_fkey FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE;

ALTER TABLE webhook_endpoints
    ADD CONSTRAINT webhook_endpoints_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

CREATE INDEX accounts_user_id_idx ON accounts (user_id);
CREATE INDEX api_keys_created_by_idx ON api_keys (created_by);
CREATE INDEX api_keys_organization_id_idx ON api_keys (organization_id);
CREATE INDEX audit_log_entries_actor_user_id_idx ON audit_log_entries (actor_user_id);
CREATE INDEX audit_log_entries_organization_created_at_idx ON audit_log_entries (organization_id, created_at DESC);
CREATE INDEX events_name_idx ON events (name);
CREATE INDEX events_organization_occurred_at_idx ON events (organization_id, occurred_at DESC);
CREATE INDEX events_user_id_idx ON events (user_id);
CREATE INDEX organization_invitations_invited_by_idx ON organization_invitations (invited_by);
CREATE UNIQUE INDEX organization_invitations_pending_email_idx ON organization_invitations (organization_id, (lower(email))) WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX organization_members_user_id_idx ON organization_members (user_id);
CREATE INDEX platform_banners_active_idx ON platform_banners (placement) WHERE is_active;
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX task_assignees_user_id_idx ON task_assignees (user_id);
CREATE INDEX tasks_created_by_idx ON tasks (created_by);
CREATE INDEX tasks_organization_status_idx ON tasks (organization_id, status);
CREATE INDEX user_notifications_organization_id_idx ON user_notifications (organization_id);
CREATE INDEX user_notifications_user_unread_idx ON user_notifications (user_id, created_at) WHERE read_at IS NULL;
CREATE INDEX verifications_identifier_idx ON verifications (identifier);
CREATE INDEX webhook_deliveries_endpoint_created_at_idx ON webhook_deliveries (endpoint_id, created_at);
CREATE INDEX webhook_deliveries_pending_retry_idx ON webhook_deliveries (next_retry_at) WHERE delivered_at IS NULL;
CREATE INDEX webhook_endpoints_organization_id_idx ON webhook_endpoints (organization_id);
COMMENT ON TABLE accounts IS 'OAuth and credential links per provider.';
COMMENT ON TABLE api_keys IS 'Per-workspace API keys; only a hash of the secret is kept.';
COMMENT ON COLUMN api_keys.prefix IS 'Shown to identify the key.';
COMMENT ON COLUMN audit_log_entries.action IS 'Dotted verb such as task.created.';
COMMENT ON TABLE events IS 'Analytics events; workspace and user are optional.';
COMMENT ON TABLE organizations IS 'Customer workspaces.';
COMMENT ON TABLE platform_banners IS 'Announcement bars with a placement, a variant and a schedule.';
COMMENT ON TABLE platform_feature_flags IS 'Operator feature toggles.';
COMMENT ON TABLE platform_onboarding_config IS 'Welcome wizard copy and steps.';
COMMENT ON COLUMN sessions.impersonated_by IS 'The admin impersonating the user, if any.';
COMMENT ON TABLE subscriptions IS 'One Stripe subscription per workspace.';
COMMENT ON TABLE task_assignees IS 'Junction: users assigned to a task.';
COMMENT ON COLUMN user_notification_preferences.channel IS 'email or in_app.';
COMMENT ON TABLE user_notifications IS 'In-app notifications.';
COMMENT ON COLUMN users.role IS 'Better Auth admin plugin role: user or admin.';
COMMENT ON COLUMN users.welcome_completed_at IS 'When the user finished the welcome onboarding.';
COMMENT ON TABLE verifications IS 'Email verification and password reset tokens.';
COMMENT ON TABLE webhook_deliveries IS 'Delivery log of outbound webhooks.';
COMMENT ON COLUMN webhook_endpoints.events IS 'Event types delivered; empty means all.';
