-- Migration 0009_drop_users_deleted_at of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard data-deleted: the values of "users"."deleted_at" are deleted
-- hazard breaks-clients: clients using "users"."deleted_at" fail
ALTER TABLE users DROP COLUMN deleted_at;

-- Reverts migration 0009_drop_users_deleted_at of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible the values of "users"."deleted_at" are not restored: the column comes back empty

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ADD COLUMN deleted_at timestamp;

-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "users", held briefly: blocks schema changes and VACUUM, not reads or writes
COMMENT ON COLUMN users.deleted_at IS 'Soft delete timestamp. Null while the account is active.';
