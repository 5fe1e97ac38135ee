-- Migration 0010_rename_activity_logs_to_audit_logs_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "activity_logs", held briefly: blocks reads and writes
-- hazard breaks-clients: clients using "activity_logs" fail: it is now "audit_logs"
ALTER TABLE activity_logs RENAME TO audit_logs;

-- hazard breaks-clients: clients calling nextval('activity_logs_id_seq') fail: it is now audit_logs_id_seq
ALTER SEQUENCE activity_logs_id_seq RENAME TO audit_logs_id_seq;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "audit_logs", held briefly: blocks reads and writes
ALTER TABLE audit_logs RENAME CONSTRAINT activity_logs_pkey TO audit_logs_pkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "audit_logs", held briefly: blocks reads and writes
ALTER TABLE audit_logs RENAME CONSTRAINT activity_logs_team_id_fkey TO audit_logs_team_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "audit_logs", held briefly: blocks reads and writes
ALTER TABLE audit_logs RENAME CONSTRAINT activity_logs_user_id_fkey TO audit_logs_user_id_fkey;

-- Reverts migration 0010_rename_activity_logs_to_audit_logs_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "audit_logs", held briefly: blocks reads and writes
-- hazard breaks-clients: clients using "audit_logs" fail: it is now "activity_logs"
ALTER TABLE audit_logs RENAME TO activity_logs;

-- hazard breaks-clients: clients calling nextval('audit_logs_id_seq') fail: it is now activity_logs_id_seq
ALTER SEQUENCE audit_logs_id_seq RENAME TO activity_logs_id_seq;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "activity_logs", held briefly: blocks reads and writes
ALTER TABLE activity_logs RENAME CONSTRAINT audit_logs_pkey TO activity_logs_pkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "activity_logs", held briefly: blocks reads and writes
ALTER TABLE activity_logs RENAME CONSTRAINT audit_logs_team_id_fkey TO activity_logs_team_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "activity_logs", held briefly: blocks reads and writes
ALTER TABLE activity_logs RENAME CONSTRAINT audit_logs_user_id_fkey TO activity_logs_user_id_fkey;
