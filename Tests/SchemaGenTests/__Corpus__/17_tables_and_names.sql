-- case: table comment set
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY);
-- to
CREATE TABLE t (id integer PRIMARY KEY);
COMMENT ON TABLE t IS 'the table''s comment';

-- case: table comment replaced
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY);
COMMENT ON TABLE t IS 'old';
-- to
CREATE TABLE t (id integer PRIMARY KEY);
COMMENT ON TABLE t IS 'new';

-- case: table comment removed
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY);
COMMENT ON TABLE t IS 'old';
-- to
CREATE TABLE t (id integer PRIMARY KEY);

-- case: mixed-case table and column names
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE "UserAccounts" ("Id" integer PRIMARY KEY, "createdAt" timestamptz DEFAULT now(), "displayName" text NOT NULL);
CREATE INDEX "UserAccounts_displayName_idx" ON "UserAccounts" ("displayName");

-- case: reserved words as names
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE "order" ("user" integer PRIMARY KEY, "select" text, "from" date CONSTRAINT "check" CHECK ("from" > '2000-01-01'));

-- case: names with spaces and quotes
-- hazards: access-exclusive-lock
CREATE TABLE "my table" (id integer PRIMARY KEY);
-- to
CREATE TABLE "my table" (id integer PRIMARY KEY, "a ""quoted"" column" text);

-- case: unicode names
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE "café" (id integer PRIMARY KEY, "prix_€" numeric(10,2));

-- case: names of 63 bytes
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE a_table_with_a_name_that_is_exactly_sixty_three_bytes_long_abcd (id integer PRIMARY KEY, a_column_with_a_name_that_is_exactly_sixty_three_bytes_long_xyz integer UNIQUE);

-- case: mixed-case column renamed
-- hazards: access-exclusive-lock, breaks-clients
-- rename column: t.userName -> user_name
CREATE TABLE t (id integer PRIMARY KEY, "userName" text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, user_name text);

-- case: table with no columns
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE marker ();

-- case: column added to a table with no columns
-- hazards: access-exclusive-lock
CREATE TABLE marker ();
-- to
CREATE TABLE marker (id integer);

-- case: table with only an identity column
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE counters (id bigint GENERATED ALWAYS AS IDENTITY);

-- case: self-referencing new table
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer CONSTRAINT nodes_parent_fk REFERENCES nodes (id) ON DELETE CASCADE);

-- case: three tables in a cycle
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE a (id integer PRIMARY KEY, b_id integer);
CREATE TABLE b (id integer PRIMARY KEY, c_id integer);
CREATE TABLE c (id integer PRIMARY KEY, a_id integer CONSTRAINT c_a_fk REFERENCES a (id));
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);
ALTER TABLE b ADD CONSTRAINT b_c_fk FOREIGN KEY (c_id) REFERENCES c (id);

-- case: table referenced by another dropped with its reference
-- hazards: access-exclusive-lock, share-row-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer CONSTRAINT b_a_fk REFERENCES a (id));
-- to
CREATE TABLE b (id integer PRIMARY KEY, a_id integer);

-- case: two tables dropped that reference each other
-- hazards: access-exclusive-lock, share-row-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE keep (id integer PRIMARY KEY);
CREATE TABLE a (id integer PRIMARY KEY, b_id integer);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer CONSTRAINT b_a_fk REFERENCES a (id));
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);
-- to
CREATE TABLE keep (id integer PRIMARY KEY);

-- case: table created in a new schema with an enum of another schema
-- hazards: none
CREATE SCHEMA shared;
CREATE TYPE shared.level AS ENUM ('low', 'high');
-- to
CREATE SCHEMA shared;
CREATE TYPE shared.level AS ENUM ('low', 'high');
CREATE SCHEMA ops;
CREATE TABLE ops.alerts (id integer PRIMARY KEY, level shared.level NOT NULL DEFAULT 'low');

-- case: enum in another schema gains a value used as a default
-- hazards: access-exclusive-lock
CREATE SCHEMA shared;
CREATE TYPE shared.level AS ENUM ('low', 'high');
CREATE TABLE alerts (id integer PRIMARY KEY, level shared.level);
-- to
CREATE SCHEMA shared;
CREATE TYPE shared.level AS ENUM ('low', 'mid', 'high');
CREATE TABLE alerts (id integer PRIMARY KEY, level shared.level DEFAULT 'mid');

-- case: column comment with a newline
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, a text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a text);
COMMENT ON COLUMN t.a IS 'first line
second line';

-- case: many columns added at once
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id integer PRIMARY KEY);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text NOT NULL DEFAULT '', c boolean DEFAULT false, d uuid DEFAULT gen_random_uuid(), e jsonb DEFAULT '{}');

-- case: generated column on a new column pair
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id integer PRIMARY KEY);
-- to
CREATE TABLE t (id integer PRIMARY KEY, first text, last text, full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED);

-- case: generated column with a cast
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz);
-- to
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz, day date GENERATED ALWAYS AS ((at AT TIME ZONE 'UTC')::date) STORED);

-- case: drop a column a check reads
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT t_ab_check CHECK (a < b));
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer);

-- case: drop a column an index reads
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
-- online: access-exclusive-lock, share-update-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_ab_idx ON t (a, b);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer);

-- case: table renamed and a column added
-- hazards: access-exclusive-lock, breaks-clients
-- rename table: old_items -> items
CREATE TABLE old_items (id integer PRIMARY KEY);
-- to
CREATE TABLE items (id integer CONSTRAINT old_items_pkey PRIMARY KEY, label text);

-- case: column renamed and retyped
-- hazards: access-exclusive-lock, table-rewrite, breaks-clients
-- rename column: t.qty -> quantity
CREATE TABLE t (id integer PRIMARY KEY, qty integer);
-- to
CREATE TABLE t (id integer PRIMARY KEY, quantity bigint);

-- case: enum value added and used by a new column
-- hazards: access-exclusive-lock
CREATE TYPE tier AS ENUM ('free', 'pro');
CREATE TABLE t (id integer PRIMARY KEY);
-- to
CREATE TYPE tier AS ENUM ('free', 'pro', 'team');
CREATE TABLE t (id integer PRIMARY KEY, tier tier NOT NULL DEFAULT 'team');

-- case: extension and a column of its type added
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY);
-- to
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE t (id integer PRIMARY KEY, email citext);

-- case: schema, enum and table created together
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE SCHEMA audit;
CREATE TYPE audit.action AS ENUM ('insert', 'update', 'delete');
CREATE TABLE audit.log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, action audit.action NOT NULL, at timestamptz NOT NULL DEFAULT now());
