-- Migration 0001_rename_users_to_accounts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE users RENAME TO accounts;
ALTER TABLE accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;

-- Reverts migration 0001_rename_users_to_accounts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE accounts RENAME TO users;
ALTER TABLE users RENAME CONSTRAINT accounts_pkey TO users_pkey;
