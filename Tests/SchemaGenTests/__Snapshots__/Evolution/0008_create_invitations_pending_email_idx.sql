-- Migration 0008_create_invitations_pending_email_idx of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
CREATE UNIQUE INDEX CONCURRENTLY invitations_pending_email_idx ON invitations (team_id, email) WHERE status = 'pending';

-- Reverts migration 0008_create_invitations_pending_email_idx of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
DROP INDEX CONCURRENTLY invitations_pending_email_idx;
