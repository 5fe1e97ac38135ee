-- Migration 0008_create_invitations_pending_email_idx of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "invitations", held while the index is built: blocks schema changes and VACUUM, not reads or writes
-- hazard index-build: invitations_pending_email_idx on "invitations" is built
-- hazard may-fail: fails if "invitations" holds duplicates; the index is then left INVALID
CREATE UNIQUE INDEX CONCURRENTLY invitations_pending_email_idx ON invitations (team_id, email) WHERE status = 'pending';

-- Reverts migration 0008_create_invitations_pending_email_idx of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "invitations", held briefly: blocks schema changes and VACUUM, not reads or writes
DROP INDEX CONCURRENTLY IF EXISTS invitations_pending_email_idx;
