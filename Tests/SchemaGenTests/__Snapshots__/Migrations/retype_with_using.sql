-- Migration 0001_alter_t_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE t ALTER COLUMN code TYPE integer USING code::integer;
ALTER TABLE t ALTER COLUMN amount TYPE numeric(8,1);

-- Reverts migration 0001_alter_t_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible values of "t"."code" converted by the type change are not converted back as they were
-- schemagen:irreversible values of "t"."amount" converted by the type change are not converted back as they were

-- schemagen:step transaction
ALTER TABLE t ALTER COLUMN code TYPE text;
ALTER TABLE t ALTER COLUMN amount TYPE numeric(10,2);
