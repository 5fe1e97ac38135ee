-- Migration 0004_create_enum_invitation_status_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held briefly: blocks reads and writes
ALTER TABLE invitations ALTER COLUMN status DROP DEFAULT;

CREATE TYPE invitation_status AS ENUM ('pending', 'accepted', 'declined');

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "invitations" is rewritten with its indexes
-- hazard may-fail: fails if a value of "invitations"."status" does not convert to invitation_status
ALTER TABLE invitations ALTER COLUMN status TYPE invitation_status USING status::invitation_status;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held briefly: blocks reads and writes
ALTER TABLE invitations ALTER COLUMN status SET DEFAULT 'pending';

-- Reverts migration 0004_create_enum_invitation_status_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.
-- schemagen:irreversible values of "invitations"."status" converted by the type change are not converted back as they were

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held briefly: blocks reads and writes
ALTER TABLE invitations ALTER COLUMN status DROP DEFAULT;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held while the table is rewritten: blocks reads and writes
-- hazard table-rewrite: "invitations" is rewritten with its indexes
-- hazard may-fail: fails if a value of "invitations"."status" does not convert to varchar(20)
ALTER TABLE invitations ALTER COLUMN status TYPE varchar(20);

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "invitations", held briefly: blocks reads and writes
ALTER TABLE invitations ALTER COLUMN status SET DEFAULT 'pending';

DROP TYPE invitation_status;
