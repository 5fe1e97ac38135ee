-- Migration 0003_rename_teams_plan_name_to_plan of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE teams RENAME COLUMN plan_name TO plan;

-- Reverts migration 0003_rename_teams_plan_name_to_plan of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
ALTER TABLE teams RENAME COLUMN plan TO plan_name;
