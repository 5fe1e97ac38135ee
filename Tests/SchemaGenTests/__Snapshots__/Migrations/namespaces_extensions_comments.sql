-- Migration 0001_create_enum_state_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('open', 'closed');

CREATE TABLE billing.invoices (
    id    uuid          DEFAULT gen_random_uuid() NOT NULL,
    email citext,
    state billing.state DEFAULT 'open',
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

COMMENT ON TYPE billing.state IS 'Invoice state.';
COMMENT ON COLUMN t.a IS NULL;
COMMENT ON TABLE t IS 'After.';

-- Reverts migration 0001_create_enum_state_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
DROP TABLE billing.invoices;
DROP TYPE billing.state;
DROP EXTENSION citext;
DROP SCHEMA billing;
COMMENT ON COLUMN t.a IS 'Old.';
COMMENT ON TABLE t IS 'Before.';
