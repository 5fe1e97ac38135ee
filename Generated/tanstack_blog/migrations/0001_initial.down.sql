-- Reverts migration 0001_initial of schema tanstack_blog, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE accounts DROP CONSTRAINT accounts_user_id_fkey;
ALTER TABLE comments DROP CONSTRAINT comments_parent_id_fkey;
ALTER TABLE comments DROP CONSTRAINT comments_post_id_fkey;
ALTER TABLE comments DROP CONSTRAINT comments_user_id_fkey;
ALTER TABLE invitations DROP CONSTRAINT invitations_inviter_id_fkey;
ALTER TABLE invitations DROP CONSTRAINT invitations_organization_id_fkey;
ALTER TABLE media DROP CONSTRAINT media_organization_id_fkey;
ALTER TABLE media DROP CONSTRAINT media_user_id_fkey;
ALTER TABLE members DROP CONSTRAINT members_organization_id_fkey;
ALTER TABLE members DROP CONSTRAINT members_user_id_fkey;
ALTER TABLE posts DROP CONSTRAINT posts_organization_id_fkey;
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;
ALTER TABLE session_activity_log DROP CONSTRAINT session_activity_log_session_id_fkey;
ALTER TABLE session_activity_log DROP CONSTRAINT session_activity_log_user_id_fkey;
ALTER TABLE session_metadata DROP CONSTRAINT session_metadata_session_id_fkey;
ALTER TABLE sessions DROP CONSTRAINT sessions_user_id_fkey;
ALTER TABLE trusted_devices DROP CONSTRAINT trusted_devices_created_by_session_id_fkey;
ALTER TABLE trusted_devices DROP CONSTRAINT trusted_devices_user_id_fkey;
DROP TABLE accounts;
DROP TABLE comments;
DROP TABLE invitations;
DROP TABLE media;
DROP TABLE members;
DROP TABLE organizations;
DROP TABLE posts;
DROP TABLE session_activity_log;
DROP TABLE session_metadata;
DROP TABLE sessions;
DROP TABLE trusted_devices;
DROP TABLE users;
DROP TABLE verifications;
DROP TYPE activity_type;
DROP TYPE connection_type;
DROP TYPE device_type;
DROP TYPE organization_role;
DROP TYPE system_role;
DROP TYPE trust_level;
