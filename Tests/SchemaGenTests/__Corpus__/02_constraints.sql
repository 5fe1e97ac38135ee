-- case: add a check
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer CONSTRAINT t_a_positive CHECK (a > 0));

-- case: add a foreign key
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint);
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));

-- case: add a unique constraint
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, email text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, email text CONSTRAINT t_email_key UNIQUE);

-- case: add a primary key to a table without one
-- hazards: access-exclusive-lock, index-build, may-fail, validation-scan
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail, validation-scan
CREATE TABLE t (id bigint, a text);
-- to
CREATE TABLE t (id bigint CONSTRAINT t_pkey PRIMARY KEY, a text);

-- case: create an index
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);

-- case: drop an index
-- hazards: access-exclusive-lock
-- online: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);

-- case: new table with a foreign key to an existing one
-- hazards: share-row-exclusive-lock
CREATE TABLE p (id bigint PRIMARY KEY);
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint NOT NULL CONSTRAINT c_p_fk REFERENCES p (id) ON DELETE CASCADE);
CREATE INDEX c_p_idx ON c (p_id);

-- case: drop a check
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 0));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);

-- case: change a check expression
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 0));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 10));

-- case: rename a check
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 0));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer CONSTRAINT t_a_positive CHECK (a > 0));

-- case: add a table check over two columns
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, starts_at timestamptz, ends_at timestamptz);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, starts_at timestamptz, ends_at timestamptz, CONSTRAINT t_period CHECK (starts_at < ends_at));

-- case: add a check with IN list
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, kind text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, kind text CONSTRAINT t_kind_check CHECK (kind IN ('a', 'b', 'c')));

-- case: add a check with BETWEEN
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, rating integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, rating integer CONSTRAINT t_rating_check CHECK (rating BETWEEN 1 AND 5));

-- case: add a column with a check
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, qty integer CONSTRAINT t_qty_check CHECK (qty >= 0));

-- case: drop a foreign key
-- hazards: access-exclusive-lock, share-row-exclusive-lock
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint);

-- case: change a foreign key's ON DELETE
-- hazards: access-exclusive-lock, share-row-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id) ON DELETE CASCADE);

-- case: foreign key ON DELETE SET NULL ON UPDATE CASCADE
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint);
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id) ON DELETE SET NULL ON UPDATE CASCADE);

-- case: deferrable foreign key
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint);
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED);

-- case: foreign key made deferrable
-- hazards: access-exclusive-lock
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id) DEFERRABLE);

-- case: composite foreign key
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (a bigint, b bigint, PRIMARY KEY (a, b));
CREATE TABLE c (id bigint PRIMARY KEY, pa bigint, pb bigint);
-- to
CREATE TABLE p (a bigint, b bigint, PRIMARY KEY (a, b));
CREATE TABLE c (id bigint PRIMARY KEY, pa bigint, pb bigint, CONSTRAINT c_p_fk FOREIGN KEY (pa, pb) REFERENCES p (a, b));

-- case: self-referencing foreign key
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE node (id bigint PRIMARY KEY, parent_id bigint);
-- to
CREATE TABLE node (id bigint PRIMARY KEY, parent_id bigint CONSTRAINT node_parent_fk REFERENCES node (id) ON DELETE CASCADE);

-- case: rename a foreign key
-- hazards: access-exclusive-lock
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_id_fkey REFERENCES p (id));

-- case: foreign key to a unique constraint added in the same migration
-- hazards: access-exclusive-lock, share-row-exclusive-lock, index-build, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, index-build, validation-scan, may-fail
CREATE TABLE p (id bigint PRIMARY KEY, code text);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text);
-- to
CREATE TABLE p (id bigint PRIMARY KEY, code text CONSTRAINT p_code_key UNIQUE);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_code_fk REFERENCES p (code));

-- case: foreign key to a new table
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint);
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));

-- case: two new tables referencing each other
-- hazards: none
CREATE TABLE other (id bigint PRIMARY KEY);
-- to
CREATE TABLE other (id bigint PRIMARY KEY);
CREATE TABLE a (id bigint PRIMARY KEY, b_id bigint);
CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a (id));
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);

-- case: foreign key to a table in another schema
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE SCHEMA billing;
CREATE TABLE billing.account (id bigint PRIMARY KEY);
CREATE TABLE invoice (id bigint PRIMARY KEY, account_id bigint);
-- to
CREATE SCHEMA billing;
CREATE TABLE billing.account (id bigint PRIMARY KEY);
CREATE TABLE invoice (id bigint PRIMARY KEY, account_id bigint CONSTRAINT invoice_account_fk REFERENCES billing.account (id));

-- case: drop a unique constraint
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, email text CONSTRAINT t_email_key UNIQUE);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, email text);

-- case: rename a unique constraint
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, email text CONSTRAINT t_email_key UNIQUE);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, email text CONSTRAINT t_email_unique UNIQUE);

-- case: unique constraint over two columns
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, team_id bigint, user_id bigint);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, team_id bigint, user_id bigint, CONSTRAINT t_team_user_key UNIQUE (team_id, user_id));

-- case: unique constraint with nulls not distinct
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, code text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, code text CONSTRAINT t_code_key UNIQUE NULLS NOT DISTINCT);

-- case: change the columns of a unique constraint
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, a text, b text, CONSTRAINT t_key UNIQUE (a));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a text, b text, CONSTRAINT t_key UNIQUE (a, b));

-- case: drop a primary key
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint CONSTRAINT t_pkey PRIMARY KEY, a text);
-- to
CREATE TABLE t (id bigint NOT NULL, a text);

-- case: change primary key columns
-- hazards: access-exclusive-lock, index-build, may-fail, validation-scan
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail, validation-scan
CREATE TABLE t (a bigint CONSTRAINT t_pkey PRIMARY KEY, b bigint);
-- to
CREATE TABLE t (a bigint, b bigint, CONSTRAINT t_pkey PRIMARY KEY (a, b));

-- case: rename a primary key
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint CONSTRAINT t_pk PRIMARY KEY);
-- to
CREATE TABLE t (id bigint CONSTRAINT t_pkey PRIMARY KEY);

-- case: add a primary key on a NOT NULL column
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint NOT NULL, a text);
-- to
CREATE TABLE t (id bigint CONSTRAINT t_pkey PRIMARY KEY, a text);

-- case: rename a unique constraint a foreign key references
-- hazards: access-exclusive-lock
CREATE TABLE p (id bigint CONSTRAINT p_pkey PRIMARY KEY, code text NOT NULL CONSTRAINT p_code_key UNIQUE);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_fk REFERENCES p (code));
-- to
CREATE TABLE p (id bigint CONSTRAINT p_pkey PRIMARY KEY, code text NOT NULL CONSTRAINT p_code_unique UNIQUE);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_fk REFERENCES p (code));

-- case: type change of a foreign key column pair
-- hazards: access-exclusive-lock, share-row-exclusive-lock, table-rewrite, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, table-rewrite, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));

-- case: unique constraint a foreign key references is rebuilt
-- hazards: access-exclusive-lock, share-row-exclusive-lock, index-build, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, index-build, validation-scan, may-fail
CREATE TABLE p (id bigint PRIMARY KEY, code text CONSTRAINT p_code_key UNIQUE);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_fk REFERENCES p (code));
-- to
CREATE TABLE p (id bigint PRIMARY KEY, code text CONSTRAINT p_code_key UNIQUE NULLS NOT DISTINCT);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_fk REFERENCES p (code));

-- case: foreign key ON DELETE SET NULL of one of its columns
-- hazards: share-row-exclusive-lock, validation-scan, may-fail, access-exclusive-lock
-- online: share-row-exclusive-lock, validation-scan, may-fail, access-exclusive-lock, share-update-exclusive-lock
CREATE TABLE p (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id));
CREATE TABLE c (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, author_id bigint,
  CONSTRAINT c_author_fkey FOREIGN KEY (tenant_id, author_id) REFERENCES p (tenant_id, id) ON DELETE SET NULL);
-- to
CREATE TABLE p (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id));
CREATE TABLE c (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, author_id bigint,
  CONSTRAINT c_author_fkey FOREIGN KEY (tenant_id, author_id) REFERENCES p (tenant_id, id) ON DELETE SET NULL (author_id));

-- case: foreign key ON DELETE SET DEFAULT of one column added
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, validation-scan, may-fail, share-update-exclusive-lock
CREATE TABLE p (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id));
CREATE TABLE c (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, author_id bigint DEFAULT 0);
-- to
CREATE TABLE p (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id));
CREATE TABLE c (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, author_id bigint DEFAULT 0,
  CONSTRAINT c_author_fkey FOREIGN KEY (tenant_id, author_id) REFERENCES p (tenant_id, id) ON DELETE SET DEFAULT (author_id));
