-- Migration 0003_rename_teams_plan_name_to_plan of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "teams", held briefly: blocks reads and writes
-- hazard breaks-clients: clients using "teams"."plan_name" fail: it is now "plan"
ALTER TABLE teams RENAME COLUMN plan_name TO plan;

-- Reverts migration 0003_rename_teams_plan_name_to_plan of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "teams", held briefly: blocks reads and writes
-- hazard breaks-clients: clients using "teams"."plan" fail: it is now "plan_name"
ALTER TABLE teams RENAME COLUMN plan TO plan_name;
