-- Migration 0001_alter_posts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
ALTER TABLE posts DROP CONSTRAINT posts_rank_check;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
ALTER TABLE posts DROP CONSTRAINT posts_pkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
ALTER TABLE posts DROP CONSTRAINT posts_slug_key;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held while every row is checked: blocks reads and writes
-- hazard validation-scan: every row of "posts" is read
-- hazard may-fail: fails if "posts"."slug" holds NULL
ALTER TABLE posts ALTER COLUMN slug SET NOT NULL;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held while the index is built: blocks reads and writes
-- hazard index-build: a unique index on "posts" is built
-- hazard may-fail: fails if "posts" holds duplicates or NULLs
ALTER TABLE posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id, slug);

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held while the index is built: blocks reads and writes
-- hazard index-build: a unique index on "posts" is built
-- hazard may-fail: fails if "posts" holds duplicates
ALTER TABLE posts ADD CONSTRAINT posts_user_id_slug_key UNIQUE NULLS NOT DISTINCT (user_id, slug);

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held while every row is checked: blocks reads and writes
-- hazard validation-scan: every row of "posts" is read
-- hazard may-fail: fails if a row of "posts" breaks posts_rank_range
ALTER TABLE posts ADD CONSTRAINT posts_rank_range CHECK (rank >= 0);

-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "posts", held while every row is checked: blocks writes, not reads
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held while every row of "posts" is checked: blocks writes, not reads
-- hazard validation-scan: every row of "posts" is read
-- hazard may-fail: fails if a row of "posts" has no match in "users"
ALTER TABLE posts
    ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;

-- Reverts migration 0001_alter_posts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
ALTER TABLE posts DROP CONSTRAINT posts_rank_range;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
ALTER TABLE posts DROP CONSTRAINT posts_pkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
ALTER TABLE posts DROP CONSTRAINT posts_user_id_slug_key;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
ALTER TABLE posts ALTER COLUMN slug DROP NOT NULL;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held while the index is built: blocks reads and writes
-- hazard index-build: a unique index on "posts" is built
-- hazard may-fail: fails if "posts" holds duplicates or NULLs
ALTER TABLE posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held while the index is built: blocks reads and writes
-- hazard index-build: a unique index on "posts" is built
-- hazard may-fail: fails if "posts" holds duplicates
ALTER TABLE posts ADD CONSTRAINT posts_slug_key UNIQUE (slug);

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held while every row is checked: blocks reads and writes
-- hazard validation-scan: every row of "posts" is read
-- hazard may-fail: fails if a row of "posts" breaks posts_rank_check
ALTER TABLE posts ADD CONSTRAINT posts_rank_check CHECK (rank > 0);

-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "posts", held while every row is checked: blocks writes, not reads
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held while every row of "posts" is checked: blocks writes, not reads
-- hazard validation-scan: every row of "posts" is read
-- hazard may-fail: fails if a row of "posts" has no match in "users"
ALTER TABLE posts
    ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
