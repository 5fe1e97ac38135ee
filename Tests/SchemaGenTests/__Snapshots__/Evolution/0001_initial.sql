-- Migration 0001_initial of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TABLE activity_logs (
    id          serial      NOT NULL,
    team_id     integer     NOT NULL,
    user_id     integer,
    action      text        NOT NULL,
    "timestamp" timestamp   DEFAULT now() NOT NULL,
    ip_address  varchar(45),
    CONSTRAINT activity_logs_pkey PRIMARY KEY (id)
);

CREATE TABLE invitations (
    id         serial       NOT NULL,
    team_id    integer      NOT NULL,
    email      varchar(255) NOT NULL,
    role       varchar(50)  NOT NULL,
    invited_by integer      NOT NULL,
    invited_at timestamp    DEFAULT now() NOT NULL,
    status     varchar(20)  DEFAULT 'pending' NOT NULL,
    CONSTRAINT invitations_pkey PRIMARY KEY (id)
);

CREATE TABLE team_members (
    id        serial      NOT NULL,
    user_id   integer     NOT NULL,
    team_id   integer     NOT NULL,
    role      varchar(50) NOT NULL,
    joined_at timestamp   DEFAULT now() NOT NULL,
    CONSTRAINT team_members_pkey PRIMARY KEY (id)
);

CREATE TABLE teams (
    id                     serial       NOT NULL,
    name                   varchar(100) NOT NULL,
    created_at             timestamp    DEFAULT now() NOT NULL,
    updated_at             timestamp    DEFAULT now() NOT NULL,
    stripe_customer_id     text,
    stripe_subscription_id text,
    stripe_product_id      text,
    plan_name              varchar(50),
    subscription_status    varchar(20),
    CONSTRAINT teams_pkey PRIMARY KEY (id),
    CONSTRAINT teams_stripe_customer_id_key UNIQUE (stripe_customer_id),
    CONSTRAINT teams_stripe_subscription_id_key UNIQUE (stripe_subscription_id)
);

CREATE TABLE users (
    id            serial       NOT NULL,
    name          varchar(100),
    email         varchar(255) NOT NULL,
    password_hash text         NOT NULL,
    role          varchar(20)  DEFAULT 'member' NOT NULL,
    created_at    timestamp    DEFAULT now() NOT NULL,
    updated_at    timestamp    DEFAULT now() NOT NULL,
    deleted_at    timestamp,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);

ALTER TABLE activity_logs
    ADD CONSTRAINT activity_logs_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id);

ALTER TABLE activity_logs
    ADD CONSTRAINT activity_logs_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);

ALTER TABLE invitations
    ADD CONSTRAINT invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id);

ALTER TABLE invitations
    ADD CONSTRAINT invitations_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id);

ALTER TABLE team_members
    ADD CONSTRAINT team_members_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id);

ALTER TABLE team_members
    ADD CONSTRAINT team_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);

COMMENT ON TABLE activity_logs IS 'Audit log of user and team activity.';
COMMENT ON COLUMN activity_logs.user_id IS 'Null for system actions.';
COMMENT ON COLUMN activity_logs.action IS 'One of ActivityType: SIGN_UP, SIGN_IN, SIGN_OUT, ...';
COMMENT ON COLUMN activity_logs.ip_address IS 'IPv4 or IPv6 address the action came from.';
COMMENT ON TABLE team_members IS 'Links users to teams with their role in the team.';
COMMENT ON COLUMN teams.subscription_status IS 'Stripe status: active, canceled, past_due, ...';
COMMENT ON COLUMN users.password_hash IS 'Hashed password for authentication.';
COMMENT ON COLUMN users.deleted_at IS 'Soft delete timestamp. Null while the account is active.';

-- Reverts migration 0001_initial of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "activity_logs", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "teams", held briefly: blocks writes, not reads
ALTER TABLE activity_logs DROP CONSTRAINT activity_logs_team_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "activity_logs", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE activity_logs DROP CONSTRAINT activity_logs_user_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE invitations DROP CONSTRAINT invitations_invited_by_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "teams", held briefly: blocks writes, not reads
ALTER TABLE invitations DROP CONSTRAINT invitations_team_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "team_members", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "teams", held briefly: blocks writes, not reads
ALTER TABLE team_members DROP CONSTRAINT team_members_team_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "team_members", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE team_members DROP CONSTRAINT team_members_user_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "activity_logs", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "activity_logs" is deleted
-- hazard breaks-clients: clients using "activity_logs" fail
DROP TABLE activity_logs;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "invitations" is deleted
-- hazard breaks-clients: clients using "invitations" fail
DROP TABLE invitations;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "team_members", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "team_members" is deleted
-- hazard breaks-clients: clients using "team_members" fail
DROP TABLE team_members;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "teams", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "teams" is deleted
-- hazard breaks-clients: clients using "teams" fail
DROP TABLE teams;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "users" is deleted
-- hazard breaks-clients: clients using "users" fail
DROP TABLE users;
