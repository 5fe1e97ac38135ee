-- Migration 0005_add_invitation_status_expired of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- New enum values are committed before the next step may use them.
ALTER TYPE invitation_status ADD VALUE 'expired' BEFORE 'declined';

-- Reverts migration 0005_add_invitation_status_expired of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "invitations" is rewritten with its indexes
-- hazard may-fail: fails if a row holds 'expired' of "invitation_status"
-- hazard breaks-clients: clients writing 'expired' to "invitation_status" fail
ALTER TYPE invitation_status RENAME TO invitation_status_old;

CREATE TYPE invitation_status AS ENUM ('pending', 'accepted', 'declined');
ALTER TABLE invitations ALTER COLUMN status DROP DEFAULT;
ALTER TABLE invitations ALTER COLUMN status TYPE invitation_status USING status::text::invitation_status;
ALTER TABLE invitations ALTER COLUMN status SET DEFAULT 'pending';
DROP TYPE invitation_status_old;
