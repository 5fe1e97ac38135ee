-- Migration 0001_create_enum_new_kind_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TYPE new_kind AS ENUM ('x', 'y');

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
-- hazard data-deleted: the values of "t"."k" are deleted
-- hazard breaks-clients: clients using "t"."k" fail
ALTER TABLE t DROP COLUMN k;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
ALTER TABLE t ADD COLUMN kind new_kind DEFAULT 'y';

DROP TYPE old_kind;

-- Reverts migration 0001_create_enum_new_kind_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible the values of "t"."k" are not restored: the column comes back empty

-- schemagen:step transaction
CREATE TYPE old_kind AS ENUM ('a');

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
-- hazard data-deleted: the values of "t"."kind" are deleted
-- hazard breaks-clients: clients using "t"."kind" fail
ALTER TABLE t DROP COLUMN kind;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
ALTER TABLE t ADD COLUMN k old_kind;

DROP TYPE new_kind;
