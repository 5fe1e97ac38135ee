-- Migration 0007_alter_team_members_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE team_members DROP CONSTRAINT team_members_user_id_fkey;

ALTER TABLE team_members
    ADD CONSTRAINT team_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- Reverts migration 0007_alter_team_members_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE team_members DROP CONSTRAINT team_members_user_id_fkey;

ALTER TABLE team_members
    ADD CONSTRAINT team_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
