-- Migration 0001_create_enum_new_kind_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TYPE new_kind AS ENUM ('x', 'y');
ALTER TABLE t DROP COLUMN k;
ALTER TABLE t ADD COLUMN kind new_kind DEFAULT 'y';
DROP TYPE old_kind;

-- Reverts migration 0001_create_enum_new_kind_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible the values of "t"."k" are not restored: the column comes back empty

-- schemagen:step transaction
CREATE TYPE old_kind AS ENUM ('a');
ALTER TABLE t DROP COLUMN kind;
ALTER TABLE t ADD COLUMN k old_kind;
DROP TYPE new_kind;
