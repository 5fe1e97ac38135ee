-- Reverts migration 0001_initial of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE activity_logs DROP CONSTRAINT activity_logs_team_id_fkey;
ALTER TABLE activity_logs DROP CONSTRAINT activity_logs_user_id_fkey;
ALTER TABLE invitations DROP CONSTRAINT invitations_invited_by_fkey;
ALTER TABLE invitations DROP CONSTRAINT invitations_team_id_fkey;
ALTER TABLE team_members DROP CONSTRAINT team_members_team_id_fkey;
ALTER TABLE team_members DROP CONSTRAINT team_members_user_id_fkey;
DROP TABLE activity_logs;
DROP TABLE invitations;
DROP TABLE team_members;
DROP TABLE teams;
DROP TABLE users;
