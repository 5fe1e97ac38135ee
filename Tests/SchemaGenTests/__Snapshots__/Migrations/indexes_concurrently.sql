-- Migration 0001_create_t_b_idx_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held briefly: blocks schema changes and VACUUM, not reads or writes
DROP INDEX CONCURRENTLY IF EXISTS t_a_idx;

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held while the index is built: blocks schema changes and VACUUM, not reads or writes
-- hazard index-build: t_b_idx on "t" is built
CREATE INDEX CONCURRENTLY t_b_idx ON t (b) WHERE b IS NOT NULL;

-- Reverts migration 0001_create_t_b_idx_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held briefly: blocks schema changes and VACUUM, not reads or writes
DROP INDEX CONCURRENTLY IF EXISTS t_b_idx;

-- schemagen:step no-transaction
-- CONCURRENTLY cannot run inside a transaction.
-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held while the index is built: blocks schema changes and VACUUM, not reads or writes
-- hazard index-build: t_a_idx on "t" is built
CREATE INDEX CONCURRENTLY t_a_idx ON t (a);
