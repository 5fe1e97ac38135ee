-- Migration 0001_create_posts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TABLE posts (
    id      bigint  GENERATED ALWAYS AS IDENTITY,
    user_id integer NOT NULL,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE posts
    ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

CREATE INDEX posts_user_id_idx ON posts (user_id);
COMMENT ON TABLE posts IS 'New.';

-- Reverts migration 0001_create_posts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "posts", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "posts" is deleted
-- hazard breaks-clients: clients using "posts" fail
DROP TABLE posts;
