-- Migration 0011_alter_users_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held while every row is checked: blocks reads and writes
-- hazard validation-scan: every row of "users" is read
-- hazard may-fail: fails if "users"."name" holds NULL
ALTER TABLE users ALTER COLUMN name SET NOT NULL;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN name SET DEFAULT '';

-- Reverts migration 0011_alter_users_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN name DROP DEFAULT;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN name DROP NOT NULL;
