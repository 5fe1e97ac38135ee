-- Migration 0007_alter_team_members_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "team_members", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE team_members DROP CONSTRAINT team_members_user_id_fkey;

-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "team_members", held while every row is checked: blocks writes, not reads
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held while every row of "team_members" is checked: blocks writes, not reads
-- hazard validation-scan: every row of "team_members" is read
-- hazard may-fail: fails if a row of "team_members" has no match in "users"
ALTER TABLE team_members
    ADD CONSTRAINT team_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- Reverts migration 0007_alter_team_members_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "team_members", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held briefly: blocks writes, not reads
ALTER TABLE team_members DROP CONSTRAINT team_members_user_id_fkey;

-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "team_members", held while every row is checked: blocks writes, not reads
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "users", held while every row of "team_members" is checked: blocks writes, not reads
-- hazard validation-scan: every row of "team_members" is read
-- hazard may-fail: fails if a row of "team_members" has no match in "users"
ALTER TABLE team_members
    ADD CONSTRAINT team_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
