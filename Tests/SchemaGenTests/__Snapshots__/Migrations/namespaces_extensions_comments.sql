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

-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held briefly: blocks schema changes and VACUUM, not reads or writes
COMMENT ON COLUMN t.a IS NULL;

-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held briefly: blocks schema changes and VACUUM, not reads or writes
COMMENT ON TABLE t IS 'After.';

-- Reverts migration 0001_create_enum_state_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "billing.invoices", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "billing.invoices" is deleted
-- hazard breaks-clients: clients using "billing.invoices" fail
DROP TABLE billing.invoices;

DROP TYPE billing.state;

-- hazard breaks-clients: the objects of extension citext are gone
DROP EXTENSION citext;

-- hazard breaks-clients: schema billing is gone
DROP SCHEMA billing;

-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held briefly: blocks schema changes and VACUUM, not reads or writes
COMMENT ON COLUMN t.a IS 'Old.';

-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held briefly: blocks schema changes and VACUUM, not reads or writes
COMMENT ON TABLE t IS 'Before.';
