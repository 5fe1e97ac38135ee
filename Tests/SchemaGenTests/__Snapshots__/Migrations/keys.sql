-- Migration 0001_alter_posts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;
ALTER TABLE posts DROP CONSTRAINT posts_pkey;
ALTER TABLE posts DROP CONSTRAINT posts_slug_key;
ALTER TABLE posts DROP CONSTRAINT posts_rank_check;
ALTER TABLE posts ALTER COLUMN slug SET NOT NULL;
ALTER TABLE posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id, slug);
ALTER TABLE posts ADD CONSTRAINT posts_user_id_slug_key UNIQUE NULLS NOT DISTINCT (user_id, slug);
ALTER TABLE posts ADD CONSTRAINT posts_rank_range CHECK (rank >= 0);

ALTER TABLE posts
    ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;

-- Reverts migration 0001_alter_posts_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;
ALTER TABLE posts DROP CONSTRAINT posts_pkey;
ALTER TABLE posts DROP CONSTRAINT posts_user_id_slug_key;
ALTER TABLE posts DROP CONSTRAINT posts_rank_range;
ALTER TABLE posts ALTER COLUMN slug DROP NOT NULL;
ALTER TABLE posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
ALTER TABLE posts ADD CONSTRAINT posts_slug_key UNIQUE (slug);
ALTER TABLE posts ADD CONSTRAINT posts_rank_check CHECK (rank > 0);

ALTER TABLE posts
    ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
