-- case: primary key gains a column
-- hazards: access-exclusive-lock, index-build, may-fail, validation-scan
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail, validation-scan
CREATE TABLE t (a integer, b integer, CONSTRAINT t_pkey PRIMARY KEY (a));
-- to
CREATE TABLE t (a integer, b integer, CONSTRAINT t_pkey PRIMARY KEY (a, b));

-- case: primary key column order changed
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (a integer, b integer, CONSTRAINT t_pkey PRIMARY KEY (a, b));
-- to
CREATE TABLE t (a integer, b integer, CONSTRAINT t_pkey PRIMARY KEY (b, a));

-- case: unique NULLS NOT DISTINCT dropped
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_key UNIQUE NULLS NOT DISTINCT);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_key UNIQUE);

-- case: unique over three columns
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c date);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c date, CONSTRAINT t_abc_key UNIQUE (a, b, c));

-- case: check with a function call
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, code text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, code text CONSTRAINT t_code_check CHECK (char_length(code) BETWEEN 2 AND 8));

-- case: check with a regular expression
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, email text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, email text CONSTRAINT t_email_check CHECK (email ~* '^[^@]+@[^@]+$'));

-- case: check with LIKE
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, sku text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, sku text CONSTRAINT t_sku_check CHECK (sku LIKE 'SKU-%'));

-- case: check with CASE
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, kind text, amount integer);
-- to
CREATE TABLE t (id integer PRIMARY KEY, kind text, amount integer,
  CONSTRAINT t_amount_check CHECK (CASE WHEN kind = 'refund' THEN amount < 0 ELSE amount >= 0 END));

-- case: check with IS NOT NULL over two columns
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, email text, phone text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, email text, phone text, CONSTRAINT t_contact_check CHECK (email IS NOT NULL OR phone IS NOT NULL));

-- case: check with NOT IN
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, status text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, status text CONSTRAINT t_status_check CHECK (status NOT IN ('x', 'y')));

-- case: check with a cast
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz);
-- to
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz CONSTRAINT t_at_check CHECK (at > '2020-01-01'::date));

-- case: check on an array column
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, tags text[]);
-- to
CREATE TABLE t (id integer PRIMARY KEY, tags text[] CONSTRAINT t_tags_check CHECK (cardinality(tags) <= 10));

-- case: check on jsonb
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb);
-- to
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb CONSTRAINT t_doc_check CHECK (jsonb_typeof(doc) = 'object'));

-- case: two checks swapped between names
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer, CONSTRAINT t_one CHECK (a > 0), CONSTRAINT t_two CHECK (a < 100));
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, CONSTRAINT t_one CHECK (a < 100), CONSTRAINT t_two CHECK (a > 0));

-- case: foreign key ON UPDATE CASCADE added
-- hazards: access-exclusive-lock, share-row-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id) ON UPDATE CASCADE);

-- case: foreign key ON DELETE SET DEFAULT
-- hazards: access-exclusive-lock, share-row-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer DEFAULT 0 CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer DEFAULT 0 CONSTRAINT c_p_fk REFERENCES p (id) ON DELETE SET DEFAULT);

-- case: foreign key RESTRICT to NO ACTION
-- hazards: access-exclusive-lock, share-row-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id) ON DELETE RESTRICT);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id));

-- case: foreign key made initially deferred
-- hazards: access-exclusive-lock
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id) DEFERRABLE);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED);

-- case: foreign key to a unique constraint
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY, code text CONSTRAINT p_code_key UNIQUE);
CREATE TABLE c (id integer PRIMARY KEY, p_code text);
-- to
CREATE TABLE p (id integer PRIMARY KEY, code text CONSTRAINT p_code_key UNIQUE);
CREATE TABLE c (id integer PRIMARY KEY, p_code text CONSTRAINT c_p_fk REFERENCES p (code));

-- case: foreign key retargeted to another table
-- hazards: access-exclusive-lock, share-row-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE q (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, ref integer CONSTRAINT c_ref_fk REFERENCES p (id));
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE q (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, ref integer CONSTRAINT c_ref_fk REFERENCES q (id));

-- case: foreign key dropped with its referenced table
-- hazards: access-exclusive-lock, share-row-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE c (id integer PRIMARY KEY, p_id integer);

-- case: composite foreign key gains ON DELETE CASCADE
-- hazards: access-exclusive-lock, share-row-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE c (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT c_fk FOREIGN KEY (a, b) REFERENCES p (a, b));
-- to
CREATE TABLE p (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE c (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT c_fk FOREIGN KEY (a, b) REFERENCES p (a, b) ON DELETE CASCADE);

-- case: self-referencing foreign key dropped
-- hazards: access-exclusive-lock, share-row-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, parent_id integer CONSTRAINT t_parent_fk REFERENCES t (id));
-- to
CREATE TABLE t (id integer PRIMARY KEY, parent_id integer);

-- case: check and unique added together
-- hazards: access-exclusive-lock, index-build, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_key UNIQUE CONSTRAINT t_a_check CHECK (a > 0));

-- case: check renamed and changed
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 0));
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_positive CHECK (a >= 1));

-- case: foreign key made not deferrable
-- hazards: access-exclusive-lock
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id));

-- case: foreign key deferrability and action changed together
-- hazards: access-exclusive-lock, share-row-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id) ON DELETE CASCADE DEFERRABLE);
