-- Migration 0001_initial of schema tanstack_blog, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TYPE activity_type AS ENUM ('login', 'logout', 'page_view', 'api_request', 'security_event', 'error');
CREATE TYPE connection_type AS ENUM ('wifi', 'cellular', 'ethernet', 'unknown');
CREATE TYPE device_type AS ENUM ('mobile', 'desktop', 'tablet', 'unknown');
CREATE TYPE organization_role AS ENUM ('member', 'admin', 'owner');
CREATE TYPE system_role AS ENUM ('user', 'admin', 'super_admin');
CREATE TYPE trust_level AS ENUM ('high', 'medium', 'low');

CREATE TABLE accounts (
    id                       text      NOT NULL,
    account_id               text      NOT NULL,
    provider_id              text      NOT NULL,
    user_id                  text      NOT NULL,
    access_token             text,
    refresh_token            text,
    id_token                 text,
    access_token_expires_at  timestamp,
    refresh_token_expires_at timestamp,
    scope                    text,
    password                 text,
    created_at               timestamp NOT NULL,
    updated_at               timestamp NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE comments (
    id         text                     NOT NULL,
    body       text                     NOT NULL,
    post_id    text                     NOT NULL,
    user_id    text                     NOT NULL,
    parent_id  text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT comments_pkey PRIMARY KEY (id)
);

CREATE TABLE invitations (
    id              text              NOT NULL,
    organization_id text              NOT NULL,
    email           text              NOT NULL,
    role            organization_role DEFAULT 'member',
    status          text              DEFAULT 'pending' NOT NULL,
    expires_at      timestamp         NOT NULL,
    inviter_id      text              NOT NULL,
    CONSTRAINT invitations_pkey PRIMARY KEY (id)
);

CREATE TABLE media (
    id              text                     NOT NULL,
    filename        varchar(255)             NOT NULL,
    original_name   varchar(255)             NOT NULL,
    mime_type       varchar(100)             NOT NULL,
    size            integer                  NOT NULL,
    url             text                     NOT NULL,
    key             text                     NOT NULL,
    bucket          varchar(100)             NOT NULL,
    user_id         text                     NOT NULL,
    organization_id text,
    alt             text,
    caption         text,
    metadata        text,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    updated_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT media_pkey PRIMARY KEY (id)
);

CREATE TABLE members (
    id              text              NOT NULL,
    organization_id text              NOT NULL,
    user_id         text              NOT NULL,
    role            organization_role DEFAULT 'member' NOT NULL,
    created_at      timestamp         NOT NULL,
    CONSTRAINT members_pkey PRIMARY KEY (id)
);

CREATE TABLE organizations (
    id         text      NOT NULL,
    name       text      NOT NULL,
    slug       text,
    logo       text,
    created_at timestamp NOT NULL,
    metadata   text,
    CONSTRAINT organizations_pkey PRIMARY KEY (id),
    CONSTRAINT organizations_slug_key UNIQUE (slug)
);

CREATE TABLE posts (
    id              text                     NOT NULL,
    title           varchar(255)             NOT NULL,
    body            text                     NOT NULL,
    status          varchar(20)              DEFAULT 'draft' NOT NULL,
    slug            varchar(255),
    excerpt         text,
    user_id         text                     NOT NULL,
    organization_id text,
    published_at    timestamp with time zone,
    created_at      timestamp with time zone DEFAULT now() NOT NULL,
    updated_at      timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

CREATE TABLE session_activity_log (
    id               text                     NOT NULL,
    session_id       text                     NOT NULL,
    user_id          text                     NOT NULL,
    activity_type    activity_type            NOT NULL,
    activity_details jsonb,
    ip_address       varchar(45),
    user_agent       text,
    request_path     text,
    http_method      varchar(10),
    response_status  integer,
    response_time_ms integer,
    created_at       timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT session_activity_log_pkey PRIMARY KEY (id)
);

CREATE TABLE session_metadata (
    id                        text                     NOT NULL,
    session_id                text                     NOT NULL,
    device_fingerprint        varchar(64)              NOT NULL,
    device_type               device_type              DEFAULT 'unknown' NOT NULL,
    device_name               varchar(255),
    browser_name              varchar(100),
    browser_version           varchar(50),
    os_name                   varchar(100),
    os_version                varchar(50),
    is_mobile                 boolean                  DEFAULT false NOT NULL,
    country_code              varchar(2),
    region                    varchar(100),
    city                      varchar(100),
    timezone                  varchar(50),
    isp_name                  varchar(200),
    connection_type           connection_type          DEFAULT 'unknown',
    security_score            integer                  DEFAULT 50 NOT NULL,
    is_trusted_device         boolean                  DEFAULT false NOT NULL,
    trust_factors             jsonb,
    suspicious_activity_count integer                  DEFAULT 0 NOT NULL,
    last_security_check       timestamp with time zone,
    last_activity_at          timestamp with time zone DEFAULT now() NOT NULL,
    page_views_count          integer                  DEFAULT 0 NOT NULL,
    requests_count            integer                  DEFAULT 0 NOT NULL,
    last_page_visited         text,
    session_duration_seconds  integer                  DEFAULT 0,
    created_at                timestamp with time zone DEFAULT now() NOT NULL,
    updated_at                timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT session_metadata_pkey PRIMARY KEY (id)
);

CREATE TABLE sessions (
    id                     text      NOT NULL,
    expires_at             timestamp NOT NULL,
    token                  text      NOT NULL,
    created_at             timestamp NOT NULL,
    updated_at             timestamp NOT NULL,
    ip_address             text,
    user_agent             text,
    user_id                text      NOT NULL,
    impersonated_by        text,
    active_organization_id text,
    CONSTRAINT sessions_pkey PRIMARY KEY (id),
    CONSTRAINT sessions_token_key UNIQUE (token)
);

CREATE TABLE trusted_devices (
    id                    text                     NOT NULL,
    user_id               text                     NOT NULL,
    device_fingerprint    varchar(64)              NOT NULL,
    device_name           varchar(255)             NOT NULL,
    device_type           device_type              NOT NULL,
    trust_level           trust_level              DEFAULT 'medium' NOT NULL,
    is_active             boolean                  DEFAULT true NOT NULL,
    first_seen_at         timestamp with time zone NOT NULL,
    last_seen_at          timestamp with time zone NOT NULL,
    trusted_at            timestamp with time zone NOT NULL,
    expires_at            timestamp with time zone,
    created_by_session_id text,
    created_at            timestamp with time zone DEFAULT now() NOT NULL,
    updated_at            timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT trusted_devices_pkey PRIMARY KEY (id)
);

CREATE TABLE users (
    id               text        NOT NULL,
    name             text        NOT NULL,
    email            text        NOT NULL,
    email_verified   boolean     NOT NULL,
    image            text,
    created_at       timestamp   NOT NULL,
    updated_at       timestamp   NOT NULL,
    role             system_role DEFAULT 'user',
    banned           boolean,
    ban_reason       text,
    ban_expires      timestamp,
    username         text,
    display_username text,
    address          text,
    phone            text,
    website          text,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_username_key UNIQUE (username)
);

CREATE TABLE verifications (
    id         text      NOT NULL,
    identifier text      NOT NULL,
    value      text      NOT NULL,
    expires_at timestamp NOT NULL,
    created_at timestamp,
    updated_at timestamp,
    CONSTRAINT verifications_pkey PRIMARY KEY (id)
);

ALTER TABLE accounts
    ADD CONSTRAINT accounts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE comments
    ADD CONSTRAINT comments_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES comments (id) ON DELETE CASCADE;

ALTER TABLE comments
    ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE;

ALTER TABLE comments
    ADD CONSTRAINT comments_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE invitations
    ADD CONSTRAINT invitations_inviter_id_fkey FOREIGN KEY (inviter_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE invitations
    ADD CONSTRAINT invitations_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE media
    ADD CONSTRAINT media_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE media
    ADD CONSTRAINT media_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE members
    ADD CONSTRAINT members_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE members
    ADD CONSTRAINT members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE posts
    ADD CONSTRAINT posts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE;

ALTER TABLE posts
    ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE session_activity_log
    ADD CONSTRAINT session_activity_log_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE;

ALTER TABLE session_activity_log
    ADD CONSTRAINT session_activity_log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE session_metadata
    ADD CONSTRAINT session_metadata_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE;

ALTER TABLE sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE trusted_devices
    ADD CONSTRAINT trusted_devices_created_by_session_id_fkey FOREIGN KEY (created_by_session_id) REFERENCES sessions (id) ON DELETE SET NULL;

ALTER TABLE trusted_devices
    ADD CONSTRAINT trusted_devices_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

CREATE INDEX accounts_user_id_idx ON accounts (user_id);
CREATE INDEX comments_parent_id_idx ON comments (parent_id);
CREATE INDEX comments_post_id_idx ON comments (post_id);
CREATE INDEX comments_user_id_idx ON comments (user_id);
CREATE INDEX invitations_inviter_id_idx ON invitations (inviter_id);
CREATE INDEX invitations_organization_id_idx ON invitations (organization_id);
CREATE INDEX media_organization_id_idx ON media (organization_id);
CREATE INDEX media_user_id_idx ON media (user_id);
CREATE INDEX members_organization_id_idx ON members (organization_id);
CREATE INDEX members_user_id_idx ON members (user_id);
CREATE INDEX posts_created_at_idx ON posts (created_at);
CREATE INDEX posts_organization_id_idx ON posts (organization_id);
CREATE INDEX posts_published_at_idx ON posts (published_at);
CREATE INDEX posts_slug_idx ON posts (slug);
CREATE INDEX posts_status_idx ON posts (status);
CREATE INDEX posts_status_published_at_idx ON posts (status, published_at);
CREATE INDEX posts_user_created_at_idx ON posts (user_id, created_at);
CREATE INDEX posts_user_id_idx ON posts (user_id);
CREATE INDEX session_activity_log_session_id_idx ON session_activity_log (session_id);
CREATE INDEX session_activity_log_user_created_at_idx ON session_activity_log (user_id, created_at DESC);
CREATE INDEX session_metadata_device_fingerprint_idx ON session_metadata (device_fingerprint);
CREATE INDEX session_metadata_session_id_idx ON session_metadata (session_id);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX trusted_devices_created_by_session_id_idx ON trusted_devices (created_by_session_id);
CREATE INDEX trusted_devices_user_fingerprint_idx ON trusted_devices (user_id, device_fingerprint);
CREATE INDEX trusted_devices_user_id_idx ON trusted_devices (user_id);
CREATE INDEX verifications_identifier_idx ON verifications (identifier);
COMMENT ON COLUMN comments.parent_id IS 'The comment this one replies to; deleting it deletes the replies.';
COMMENT ON COLUMN invitations.status IS 'pending, accepted or expired.';
COMMENT ON TABLE media IS 'Files stored in Cloudflare R2.';
COMMENT ON COLUMN media.size IS 'File size in bytes.';
COMMENT ON COLUMN media.key IS 'R2 object key.';
COMMENT ON COLUMN media.metadata IS 'JSON metadata: dimensions, duration, ...';
COMMENT ON COLUMN organizations.metadata IS 'JSON metadata.';
COMMENT ON COLUMN posts.status IS 'draft or published.';
COMMENT ON TABLE session_activity_log IS 'Audit trail of session activity.';
COMMENT ON COLUMN session_activity_log.user_id IS 'Denormalized from the session for faster per-user queries.';
COMMENT ON TABLE session_metadata IS 'Device, location and security data of a session.';
COMMENT ON COLUMN session_metadata.device_fingerprint IS 'SHA-256 hash of the device.';
COMMENT ON COLUMN session_metadata.country_code IS 'ISO 3166-1 alpha-2.';
COMMENT ON COLUMN session_metadata.security_score IS '0 to 100.';
COMMENT ON COLUMN sessions.impersonated_by IS 'The admin impersonating the user, if any.';
COMMENT ON COLUMN sessions.active_organization_id IS 'The organization the session currently works in.';
COMMENT ON COLUMN users.role IS 'System-wide permission level.';
