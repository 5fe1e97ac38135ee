-- Migration 0001_create_t_b_idx_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
DROP INDEX CONCURRENTLY t_a_idx;

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
CREATE INDEX CONCURRENTLY t_b_idx ON t (b) WHERE b IS NOT NULL;

-- Reverts migration 0001_create_t_b_idx_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
DROP INDEX CONCURRENTLY t_b_idx;

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
CREATE INDEX CONCURRENTLY t_a_idx ON t (a);
