-- Migration 0001_rename_status_published_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard breaks-clients: clients writing 'live' to "status" fail; it is now 'published'
ALTER TYPE status RENAME VALUE 'live' TO 'published';

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'published';

-- Reverts migration 0001_rename_status_published_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard breaks-clients: clients writing 'published' to "status" fail; it is now 'live'
ALTER TYPE status RENAME VALUE 'published' TO 'live';

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "t", held briefly: blocks reads and writes
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'live';
