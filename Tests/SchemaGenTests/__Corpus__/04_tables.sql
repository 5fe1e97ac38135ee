-- case: create a table
-- hazards: none
CREATE TABLE other (id bigint PRIMARY KEY);
-- to
CREATE TABLE other (id bigint PRIMARY KEY);
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());

-- case: create the first table
-- hazards: none
SELECT 1;
-- to
CREATE TABLE t (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), body text);

-- case: create a table with every kind of constraint
-- hazards: none
SELECT 1;
-- to
CREATE TABLE t (
    id bigserial PRIMARY KEY,
    email text NOT NULL CONSTRAINT t_email_key UNIQUE,
    age integer CONSTRAINT t_age_check CHECK (age >= 0),
    parent_id bigint CONSTRAINT t_parent_fk REFERENCES t (id) ON DELETE SET NULL,
    code char(3) DEFAULT 'abc',
    CONSTRAINT t_code_age_key UNIQUE NULLS NOT DISTINCT (code, age)
);

-- case: drop a table
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE keep (id bigint PRIMARY KEY);
CREATE TABLE gone (id bigint PRIMARY KEY, body text);
-- to
CREATE TABLE keep (id bigint PRIMARY KEY);

-- case: drop a table with a foreign key
-- hazards: access-exclusive-lock, share-row-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint REFERENCES p (id));
-- to
CREATE TABLE p (id bigint PRIMARY KEY);

-- case: drop a referenced table and its referencing table
-- hazards: access-exclusive-lock, share-row-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE keep (id bigint PRIMARY KEY);
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint REFERENCES p (id));
-- to
CREATE TABLE keep (id bigint PRIMARY KEY);

-- case: drop a referenced table, keeping the referencing one
-- hazards: access-exclusive-lock, share-row-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint);

-- case: drop every table
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE a (id bigint PRIMARY KEY);
CREATE TABLE b (id bigint PRIMARY KEY);
-- to
SELECT 1;

-- case: table comment added
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
COMMENT ON TABLE t IS 'things';

-- case: table comment changed
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
COMMENT ON TABLE t IS 'things';
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
COMMENT ON TABLE t IS 'it''s things';

-- case: new table with comments
-- hazards: none
SELECT 1;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a text);
COMMENT ON TABLE t IS 'new';
COMMENT ON COLUMN t.a IS 'a column';

-- case: table without a primary key
-- hazards: none
SELECT 1;
-- to
CREATE TABLE log (at timestamptz NOT NULL DEFAULT now(), message text);

-- case: junction table with a composite key
-- hazards: share-row-exclusive-lock
CREATE TABLE a (id bigint PRIMARY KEY);
CREATE TABLE b (id bigint PRIMARY KEY);
-- to
CREATE TABLE a (id bigint PRIMARY KEY);
CREATE TABLE b (id bigint PRIMARY KEY);
CREATE TABLE a_b (
    a_id bigint NOT NULL REFERENCES a (id) ON DELETE CASCADE,
    b_id bigint NOT NULL REFERENCES b (id) ON DELETE CASCADE,
    PRIMARY KEY (a_id, b_id)
);

-- case: table with a quoted name and columns
-- hazards: access-exclusive-lock
CREATE TABLE "Order Items" ("Id" bigint PRIMARY KEY);
-- to
CREATE TABLE "Order Items" ("Id" bigint PRIMARY KEY, "Unit Price" numeric(10,2), "select" text);

-- case: table with a serial key
-- hazards: none
SELECT 1;
-- to
CREATE TABLE t (id serial PRIMARY KEY, small smallserial, big bigserial);

-- case: many changes on one table at once
-- hazards: access-exclusive-lock, share-lock, index-build, validation-scan, may-fail, data-deleted, breaks-clients, table-rewrite
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, validation-scan, may-fail, data-deleted, breaks-clients, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b text, c text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a bigint NOT NULL, b text DEFAULT 'x' CONSTRAINT t_b_check CHECK (b <> ''), d boolean);
CREATE INDEX t_d_idx ON t (d);
