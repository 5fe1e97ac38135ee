-- Migration 0001_rename_users_email_to_email_address_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard breaks-clients: clients using "users"."email" fail: it is now "email_address"
ALTER TABLE users RENAME COLUMN email TO email_address;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN score DROP DEFAULT;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard data-deleted: the values of "users"."nickname" are deleted
-- hazard breaks-clients: clients using "users"."nickname" fail
ALTER TABLE users DROP COLUMN nickname;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ADD COLUMN joined_at timestamp with time zone DEFAULT now() NOT NULL;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ADD COLUMN bio text;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN email_address TYPE varchar(100);

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "users" is rewritten with its indexes
ALTER TABLE users ALTER COLUMN score TYPE bigint;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held while every row is checked: blocks reads and writes
-- hazard validation-scan: every row of "users" is read
-- hazard may-fail: fails if "users"."score" holds NULL
ALTER TABLE users ALTER COLUMN score SET NOT NULL;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN score SET DEFAULT 10;

-- hazard share-lock: SHARE on "users", held while the index is built: blocks writes, not reads
-- hazard index-build: users_email_address_idx on "users" is built
CREATE INDEX users_email_address_idx ON users (email_address);

-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "users", held briefly: blocks schema changes and VACUUM, not reads or writes
COMMENT ON COLUMN users.bio IS 'About the user.';

-- Reverts migration 0001_rename_users_email_to_email_address_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible the values of "users"."nickname" are not restored: the column comes back empty

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard breaks-clients: clients using "users"."email_address" fail: it is now "email"
ALTER TABLE users RENAME COLUMN email_address TO email;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN score DROP DEFAULT;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
DROP INDEX users_email_address_idx;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard data-deleted: the values of "users"."joined_at" are deleted
-- hazard breaks-clients: clients using "users"."joined_at" fail
ALTER TABLE users DROP COLUMN joined_at;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
-- hazard data-deleted: the values of "users"."bio" are deleted
-- hazard breaks-clients: clients using "users"."bio" fail
ALTER TABLE users DROP COLUMN bio;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN score DROP NOT NULL;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ADD COLUMN nickname text;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "users" is rewritten with its indexes
-- hazard may-fail: fails if a value of "users"."email" does not convert to varchar(20)
ALTER TABLE users ALTER COLUMN email TYPE varchar(20);

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "users" is rewritten with its indexes
-- hazard may-fail: fails if a value of "users"."score" does not convert to integer
ALTER TABLE users ALTER COLUMN score TYPE integer;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
ALTER TABLE users ALTER COLUMN score SET DEFAULT 0;
