-- Migration 0001_rename_users_email_to_email_address_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE users RENAME COLUMN email TO email_address;
ALTER TABLE users DROP COLUMN nickname;
ALTER TABLE users ALTER COLUMN score DROP DEFAULT;
ALTER TABLE users ADD COLUMN joined_at timestamp with time zone DEFAULT now() NOT NULL;
ALTER TABLE users ADD COLUMN bio text;
ALTER TABLE users ALTER COLUMN email_address TYPE varchar(100);
ALTER TABLE users ALTER COLUMN score TYPE bigint;
ALTER TABLE users ALTER COLUMN score SET DEFAULT 10;
ALTER TABLE users ALTER COLUMN score SET NOT NULL;
CREATE INDEX users_email_address_idx ON users (email_address);
COMMENT ON COLUMN users.bio IS 'About the user.';

-- Reverts migration 0001_rename_users_email_to_email_address_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible the values of "users"."nickname" are not restored: the column comes back empty

-- schemagen:step transaction
ALTER TABLE users RENAME COLUMN email_address TO email;
DROP INDEX users_email_address_idx;
ALTER TABLE users DROP COLUMN joined_at;
ALTER TABLE users DROP COLUMN bio;
ALTER TABLE users ALTER COLUMN score DROP DEFAULT;
ALTER TABLE users ALTER COLUMN score DROP NOT NULL;
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ALTER COLUMN email TYPE varchar(20);
ALTER TABLE users ALTER COLUMN score TYPE integer;
ALTER TABLE users ALTER COLUMN score SET DEFAULT 0;
