-- Migration 0001_create_t_a_idx_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held briefly: blocks schema changes and VACUUM, not reads or writes
ALTER INDEX t_old_name_idx RENAME TO t_a_b_idx;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
DROP INDEX t_a_idx;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
DROP INDEX t_b_idx;

-- hazard share-lock: SHARE on "t", held while the index is built: blocks writes, not reads
-- hazard index-build: t_lower_b_idx on "t" is built
-- hazard may-fail: fails if "t" holds duplicates
CREATE UNIQUE INDEX t_lower_b_idx ON t ((lower(b)));

-- hazard share-lock: SHARE on "t", held while the index is built: blocks writes, not reads
-- hazard index-build: t_a_idx on "t" is built
CREATE INDEX t_a_idx ON t (a) WHERE a <> '';

-- Reverts migration 0001_create_t_a_idx_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard share-update-exclusive-lock: SHARE UPDATE EXCLUSIVE on "t", held briefly: blocks schema changes and VACUUM, not reads or writes
ALTER INDEX t_a_b_idx RENAME TO t_old_name_idx;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
DROP INDEX t_a_idx;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
DROP INDEX t_lower_b_idx;

-- hazard share-lock: SHARE on "t", held while the index is built: blocks writes, not reads
-- hazard index-build: t_a_idx on "t" is built
CREATE INDEX t_a_idx ON t (a);

-- hazard share-lock: SHARE on "t", held while the index is built: blocks writes, not reads
-- hazard index-build: t_b_idx on "t" is built
CREATE INDEX t_b_idx ON t (b);
