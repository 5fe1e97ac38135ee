-- Migration 0006_create_tags_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TABLE tags (
    id    serial NOT NULL,
    label text   NOT NULL,
    CONSTRAINT tags_pkey PRIMARY KEY (id),
    CONSTRAINT tags_label_key UNIQUE (label)
);

CREATE TABLE team_tags (
    team_id integer NOT NULL,
    tag_id  integer NOT NULL,
    CONSTRAINT team_tags_pkey PRIMARY KEY (team_id, tag_id)
);

ALTER TABLE team_tags
    ADD CONSTRAINT team_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE;

-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "teams", held briefly: blocks writes, not reads
ALTER TABLE team_tags
    ADD CONSTRAINT team_tags_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE;

CREATE INDEX team_tags_tag_id_idx ON team_tags (tag_id);
COMMENT ON TABLE team_tags IS 'Junction: the tags of a team.';

-- Reverts migration 0006_create_tags_and_more of schema saas_starter, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "team_tags", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "tags", held briefly: blocks writes, not reads
ALTER TABLE team_tags DROP CONSTRAINT team_tags_tag_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "team_tags", held briefly: blocks reads and writes
-- hazard share-row-exclusive-lock: SHARE ROW EXCLUSIVE on "teams", held briefly: blocks writes, not reads
ALTER TABLE team_tags DROP CONSTRAINT team_tags_team_id_fkey;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "tags", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "tags" is deleted
-- hazard breaks-clients: clients using "tags" fail
DROP TABLE tags;

-- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "team_tags", held briefly: blocks reads and writes
-- hazard data-deleted: every row of "team_tags" is deleted
-- hazard breaks-clients: clients using "team_tags" fail
DROP TABLE team_tags;
