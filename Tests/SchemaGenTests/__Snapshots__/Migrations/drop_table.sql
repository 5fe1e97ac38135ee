-- Migration 0001_drop_legacy of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "legacy", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "legacy" is deleted
-- hazard breaks-clients: clients using "legacy" fail
DROP TABLE legacy;

-- Reverts migration 0001_drop_legacy of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible the rows of table "legacy" are not restored: the table comes back empty

-- schemagen:step transaction
CREATE TABLE legacy (
    id integer NOT NULL,
    CONSTRAINT legacy_pkey PRIMARY KEY (id)
);
