-- Migration 0010_rename_activity_logs_to_audit_logs_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE activity_logs RENAME TO audit_logs;
ALTER TABLE audit_logs RENAME CONSTRAINT activity_logs_pkey TO audit_logs_pkey;
ALTER TABLE audit_logs RENAME CONSTRAINT activity_logs_team_id_fkey TO audit_logs_team_id_fkey;
ALTER TABLE audit_logs RENAME CONSTRAINT activity_logs_user_id_fkey TO audit_logs_user_id_fkey;

-- Reverts migration 0010_rename_activity_logs_to_audit_logs_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE audit_logs RENAME TO activity_logs;
ALTER TABLE activity_logs RENAME CONSTRAINT audit_logs_pkey TO activity_logs_pkey;
ALTER TABLE activity_logs RENAME CONSTRAINT audit_logs_team_id_fkey TO activity_logs_team_id_fkey;
ALTER TABLE activity_logs RENAME CONSTRAINT audit_logs_user_id_fkey TO activity_logs_user_id_fkey;
