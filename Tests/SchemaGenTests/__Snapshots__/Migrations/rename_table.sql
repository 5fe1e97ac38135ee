-- Migration 0001_rename_users_to_accounts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard breaks-clients: clients using "users" fail: it is now "accounts"
ALTER TABLE users RENAME TO accounts;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "accounts", held briefly: blocks reads and writes
ALTER TABLE accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;

-- Reverts migration 0001_rename_users_to_accounts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "accounts", held briefly: blocks reads and writes
-- hazard breaks-clients: clients using "accounts" fail: it is now "users"
ALTER TABLE accounts RENAME TO users;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users RENAME CONSTRAINT accounts_pkey TO users_pkey;
