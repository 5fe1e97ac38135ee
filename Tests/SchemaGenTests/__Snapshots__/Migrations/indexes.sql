-- Migration 0001_create_t_a_idx_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER INDEX t_old_name_idx RENAME TO t_a_b_idx;
DROP INDEX t_a_idx;
DROP INDEX t_b_idx;
CREATE INDEX t_a_idx ON t (a) WHERE a <> '';
CREATE UNIQUE INDEX t_lower_b_idx ON t ((lower(b)));

-- Reverts migration 0001_create_t_a_idx_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER INDEX t_a_b_idx RENAME TO t_old_name_idx;
DROP INDEX t_a_idx;
DROP INDEX t_lower_b_idx;
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
