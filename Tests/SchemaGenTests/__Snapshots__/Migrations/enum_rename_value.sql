-- Migration 0001_rename_status_published_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TYPE status RENAME VALUE 'live' TO 'published';
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'published';

-- Reverts migration 0001_rename_status_published_and_more of schema m, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TYPE status RENAME VALUE 'published' TO 'live';
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'live';
