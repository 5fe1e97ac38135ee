-- Migration 0001_alter_enum_status of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "t" is rewritten with its indexes
-- hazard may-fail: fails if a row holds 'review' of "status"
-- hazard breaks-clients: clients writing 'review' to "status" fail
ALTER TYPE status RENAME TO status_old;

CREATE TYPE status AS ENUM ('live', 'draft');
ALTER TABLE t ALTER COLUMN s DROP DEFAULT;
ALTER TABLE t ALTER COLUMN s TYPE status USING s::text::status;
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'draft';
ALTER TABLE t ALTER COLUMN history TYPE status[] USING history::text[]::status[];
DROP TYPE status_old;

-- Reverts migration 0001_alter_enum_status of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "t" is rewritten with its indexes
ALTER TYPE status RENAME TO status_old;

CREATE TYPE status AS ENUM ('draft', 'review', 'live');
ALTER TABLE t ALTER COLUMN s DROP DEFAULT;
ALTER TABLE t ALTER COLUMN s TYPE status USING s::text::status;
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'draft';
ALTER TABLE t ALTER COLUMN history TYPE status[] USING history::text[]::status[];
DROP TYPE status_old;
