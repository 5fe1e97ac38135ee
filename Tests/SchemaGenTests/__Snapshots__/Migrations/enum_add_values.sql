-- Migration 0001_add_status_new_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- New enum values are committed before the next step may use them.
ALTER TYPE status ADD VALUE 'new' BEFORE 'draft';
ALTER TYPE status ADD VALUE 'review' BEFORE 'live';
ALTER TYPE status ADD VALUE 'archived';

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'review';

-- Reverts migration 0001_add_status_new_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "t" is rewritten with its indexes
-- hazard may-fail: fails if a row holds 'new', 'review', 'archived' of "status"
-- hazard breaks-clients: clients writing 'new', 'review', 'archived' to "status" fail
ALTER TYPE status RENAME TO status_old;

CREATE TYPE status AS ENUM ('draft', 'live');
ALTER TABLE t ALTER COLUMN s DROP DEFAULT;
ALTER TABLE t ALTER COLUMN s TYPE status USING s::text::status;
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'draft';

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'draft';

DROP TYPE status_old;
