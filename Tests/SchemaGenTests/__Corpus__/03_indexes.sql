-- case: unique index
-- hazards: share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, email text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, email text);
CREATE UNIQUE INDEX t_email_idx ON t (email);

-- case: index over two columns
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b integer);
CREATE INDEX t_a_b_idx ON t (a, b);

-- case: descending index with nulls last
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);
CREATE INDEX t_at_idx ON t (at DESC NULLS LAST);

-- case: ascending index with nulls first
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);
CREATE INDEX t_at_idx ON t (at NULLS FIRST);

-- case: expression index
-- hazards: share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, email text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, email text);
CREATE UNIQUE INDEX t_email_lower_idx ON t (lower(email));

-- case: expression index on two expressions
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, first text, last text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, first text, last text);
CREATE INDEX t_name_idx ON t (lower(last), lower(first));

-- case: expression index on arithmetic
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, price numeric, qty integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, price numeric, qty integer);
CREATE INDEX t_total_idx ON t ((price * qty));

-- case: partial index
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, deleted_at timestamptz, email text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, deleted_at timestamptz, email text);
CREATE INDEX t_live_email_idx ON t (email) WHERE deleted_at IS NULL;

-- case: partial unique index
-- hazards: share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, deleted_at timestamptz, email text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, deleted_at timestamptz, email text);
CREATE UNIQUE INDEX t_live_email_key ON t (email) WHERE deleted_at IS NULL;

-- case: change a partial index predicate
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, status text);
CREATE INDEX t_status_idx ON t (status) WHERE status <> 'done';
-- to
CREATE TABLE t (id bigint PRIMARY KEY, status text);
CREATE INDEX t_status_idx ON t (status) WHERE status NOT IN ('done', 'failed');

-- case: index with INCLUDE
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b text);
CREATE INDEX t_a_idx ON t (a) INCLUDE (b);

-- case: gin index with jsonb_path_ops
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb);
CREATE INDEX t_doc_idx ON t USING gin (doc jsonb_path_ops);

-- case: gin index on an array
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, tags text[]);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, tags text[]);
CREATE INDEX t_tags_idx ON t USING gin (tags);

-- case: btree index with text_pattern_ops
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, path text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, path text);
CREATE INDEX t_path_idx ON t (path text_pattern_ops);

-- case: hash index
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, token text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, token text);
CREATE INDEX t_token_idx ON t USING hash (token);

-- case: brin index
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);
CREATE INDEX t_at_brin ON t USING brin (at);

-- case: gist index on a range
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, during tstzrange);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, during tstzrange);
CREATE INDEX t_during_idx ON t USING gist (during);

-- case: gin trigram index with an extension
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE EXTENSION pg_trgm;
CREATE TABLE t (id bigint PRIMARY KEY, name text);
-- to
CREATE EXTENSION pg_trgm;
CREATE TABLE t (id bigint PRIMARY KEY, name text);
CREATE INDEX t_name_trgm_idx ON t USING gin (name gin_trgm_ops);

-- case: unique index with nulls not distinct
-- hazards: share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, code text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, code text);
CREATE UNIQUE INDEX t_code_idx ON t (code) NULLS NOT DISTINCT;

-- case: rename an index
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a ON t (a);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);

-- case: change index columns
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b integer);
CREATE INDEX t_idx ON t (a);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b integer);
CREATE INDEX t_idx ON t (b, a);

-- case: index made unique
-- hazards: access-exclusive-lock, share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE UNIQUE INDEX t_a_idx ON t (a);

-- case: change index method
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, a text);
CREATE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a text);
CREATE INDEX t_a_idx ON t USING hash (a);

-- case: drop an index with its column
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
-- online: access-exclusive-lock, share-update-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: drop an expression index with its column
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
-- online: access-exclusive-lock, share-update-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, email text);
CREATE INDEX t_email_idx ON t (lower(email));
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: drop a unique index
-- hazards: access-exclusive-lock
-- online: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE UNIQUE INDEX t_a_key ON t (a);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);

-- case: new table with indexes
-- hazards: none
CREATE TABLE other (id bigint PRIMARY KEY);
-- to
CREATE TABLE other (id bigint PRIMARY KEY);
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b text);
CREATE INDEX t_a_idx ON t (a);
CREATE UNIQUE INDEX t_b_idx ON t (lower(b)) WHERE a > 0;

-- case: foreign key to a new unique index
-- hazards: share-lock, share-row-exclusive-lock, index-build, validation-scan, may-fail
-- online: share-update-exclusive-lock, share-row-exclusive-lock, index-build, validation-scan, may-fail
CREATE TABLE p (id bigint PRIMARY KEY, code text);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text);
-- to
CREATE TABLE p (id bigint PRIMARY KEY, code text);
CREATE UNIQUE INDEX p_code_idx ON p (code);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_code_fk REFERENCES p (code));

-- case: index in another schema
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint PRIMARY KEY, a integer);
-- to
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON app.t (a);

-- case: drop an index in another schema
-- hazards: access-exclusive-lock
-- online: share-update-exclusive-lock
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON app.t (a);
-- to
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint PRIMARY KEY, a integer);

-- case: drop an expression index on a column whose type changes
-- hazards: access-exclusive-lock, table-rewrite, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, balance numeric(12,2));
CREATE UNIQUE INDEX t_positive_idx ON t (id, (balance > 0));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, balance money);

-- case: drop a unique index a dropped foreign key used
-- hazards: access-exclusive-lock, share-row-exclusive-lock
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock
CREATE TABLE p (id bigint PRIMARY KEY, code text);
CREATE UNIQUE INDEX p_code_idx ON p (code);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_fk REFERENCES p (code));
-- to
CREATE TABLE p (id bigint PRIMARY KEY, code text);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text);
