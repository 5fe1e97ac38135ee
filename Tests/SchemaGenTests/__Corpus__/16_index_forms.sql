-- case: hash index on a token
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, token text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, token text);
CREATE INDEX t_token_idx ON t USING hash (token);

-- case: brin index with pages per range
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz);
-- to
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz);
CREATE INDEX t_at_idx ON t USING brin (at) WITH (pages_per_range = 32);

-- case: gin index on a text array
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, tags text[]);
-- to
CREATE TABLE t (id integer PRIMARY KEY, tags text[]);
CREATE INDEX t_tags_idx ON t USING gin (tags);

-- case: gin index on jsonb without fastupdate
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb);
-- to
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb);
CREATE INDEX t_doc_idx ON t USING gin (doc) WITH (fastupdate = off);

-- case: gist index on a timestamptz range
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, during tstzrange);
-- to
CREATE TABLE t (id integer PRIMARY KEY, during tstzrange);
CREATE INDEX t_during_idx ON t USING gist (during);

-- case: index method changed
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, token text);
CREATE INDEX t_token_idx ON t (token);
-- to
CREATE TABLE t (id integer PRIMARY KEY, token text);
CREATE INDEX t_token_idx ON t USING hash (token);

-- case: index key order changed
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_ab_idx ON t (a, b);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_ab_idx ON t (b, a);

-- case: index with mixed directions
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_ab_idx ON t (a DESC NULLS LAST, b ASC NULLS FIRST);

-- case: index predicate changed
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a integer, deleted_at timestamptz);
CREATE INDEX t_a_idx ON t (a) WHERE deleted_at IS NULL;
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, deleted_at timestamptz);
CREATE INDEX t_a_idx ON t (a) WHERE deleted_at IS NULL AND a > 0;

-- case: partial unique index on an expression
-- hazards: share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, email text, deleted_at timestamptz);
-- to
CREATE TABLE t (id integer PRIMARY KEY, email text, deleted_at timestamptz);
CREATE UNIQUE INDEX t_email_live_idx ON t (lower(email)) WHERE deleted_at IS NULL;

-- case: expression index with a cast
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, at timestamp);
-- to
CREATE TABLE t (id integer PRIMARY KEY, at timestamp);
CREATE INDEX t_day_idx ON t ((at::date));

-- case: expression index on jsonb field
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb);
-- to
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb);
CREATE INDEX t_kind_idx ON t ((doc ->> 'kind'));

-- case: covering index with two included columns
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c date);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c date);
CREATE INDEX t_a_idx ON t (a) INCLUDE (b, c);

-- case: included columns changed
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c date);
CREATE INDEX t_a_idx ON t (a) INCLUDE (b);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c date);
CREATE INDEX t_a_idx ON t (a) INCLUDE (c);

-- case: varchar_pattern_ops index
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, code varchar(20));
-- to
CREATE TABLE t (id integer PRIMARY KEY, code varchar(20));
CREATE INDEX t_code_idx ON t (code varchar_pattern_ops);

-- case: operator class dropped
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, code text);
CREATE INDEX t_code_idx ON t (code text_pattern_ops);
-- to
CREATE TABLE t (id integer PRIMARY KEY, code text);
CREATE INDEX t_code_idx ON t (code);

-- case: index deduplication off
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a) WITH (deduplicate_items = off);

-- case: unique index made not unique
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE UNIQUE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);

-- case: unique index nulls not distinct
-- hazards: access-exclusive-lock, share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE UNIQUE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE UNIQUE INDEX t_a_idx ON t (a) NULLS NOT DISTINCT;

-- case: index on a table in another schema
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, total numeric);
-- to
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, total numeric);
CREATE INDEX invoices_total_idx ON billing.invoices (total);

-- case: index renamed in another schema
-- hazards: share-update-exclusive-lock
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, total numeric);
CREATE INDEX invoices_total_idx ON billing.invoices (total);
-- to
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, total numeric);
CREATE INDEX invoices_amount_idx ON billing.invoices (total);

-- case: three indexes created at once
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c date);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c date);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
CREATE INDEX t_c_idx ON t (c);

-- case: index storage parameter and key changed together
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_x_idx ON t (a) WITH (fillfactor = 70);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_x_idx ON t (b) WITH (fillfactor = 80);

-- case: index on a column collation key and expression collation
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, name text COLLATE "C");
-- to
CREATE TABLE t (id integer PRIMARY KEY, name text COLLATE "C");
CREATE INDEX t_name_idx ON t (name COLLATE "POSIX");
