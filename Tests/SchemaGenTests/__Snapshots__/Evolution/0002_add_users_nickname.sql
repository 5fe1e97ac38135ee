-- Migration 0002_add_users_nickname of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ADD COLUMN nickname varchar(50) DEFAULT '' NOT NULL;

-- Reverts migration 0002_add_users_nickname of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard data-deleted: the values of "users"."nickname" are deleted
-- hazard breaks-clients: clients using "users"."nickname" fail
ALTER TABLE users DROP COLUMN nickname;
