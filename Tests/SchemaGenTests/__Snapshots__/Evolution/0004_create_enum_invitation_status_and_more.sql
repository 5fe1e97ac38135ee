-- Migration 0004_create_enum_invitation_status_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TYPE invitation_status AS ENUM ('pending', 'accepted', 'declined');
ALTER TABLE invitations ALTER COLUMN status DROP DEFAULT;
ALTER TABLE invitations ALTER COLUMN status TYPE invitation_status USING status::invitation_status;
ALTER TABLE invitations ALTER COLUMN status SET DEFAULT 'pending';

-- Reverts migration 0004_create_enum_invitation_status_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible values of "invitations"."status" converted by the type change are not converted back as they were

-- schemagen:step transaction
ALTER TABLE invitations ALTER COLUMN status DROP DEFAULT;
ALTER TABLE invitations ALTER COLUMN status TYPE varchar(20);
ALTER TABLE invitations ALTER COLUMN status SET DEFAULT 'pending';
DROP TYPE invitation_status;
