-- Migration 0009_drop_users_deleted_at of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE users DROP COLUMN deleted_at;

-- Reverts migration 0009_drop_users_deleted_at of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible the values of "users"."deleted_at" are not restored: the column comes back empty

-- schemagen:step transaction
ALTER TABLE users ADD COLUMN deleted_at timestamp;
COMMENT ON COLUMN users.deleted_at IS 'Soft delete timestamp. Null while the account is active.';
