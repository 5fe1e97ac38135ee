-- Migration 0002_add_users_nickname of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE users ADD COLUMN nickname varchar(50) DEFAULT '' NOT NULL;

-- Reverts migration 0002_add_users_nickname of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE users DROP COLUMN nickname;
