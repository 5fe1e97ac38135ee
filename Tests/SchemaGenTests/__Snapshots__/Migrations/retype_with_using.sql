-- Migration 0001_alter_t_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "t" is rewritten with its indexes
-- hazard may-fail: fails if a value of "t"."code" does not convert to integer
ALTER TABLE t ALTER COLUMN code TYPE integer USING code::integer;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "t" is rewritten with its indexes
-- hazard may-fail: fails if a value of "t"."amount" does not convert to numeric(8,1)
ALTER TABLE t ALTER COLUMN amount TYPE numeric(8,1);

-- Reverts migration 0001_alter_t_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible values of "t"."code" converted by the type change are not converted back as they were
-- schemagen:irreversible values of "t"."amount" converted by the type change are not converted back as they were

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "t" is rewritten with its indexes
ALTER TABLE t ALTER COLUMN code TYPE text;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "t" is rewritten with its indexes
ALTER TABLE t ALTER COLUMN amount TYPE numeric(10,2);
