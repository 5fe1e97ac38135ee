-- case: create a view
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, total numeric);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, total numeric);
CREATE VIEW big AS SELECT id, total FROM t WHERE total > 100;

-- case: create a view with its table
-- hazards: none
-- to
CREATE TABLE t (id bigint PRIMARY KEY, total numeric);
CREATE VIEW big AS SELECT id, total FROM t WHERE total > 100;

-- case: create a view over a view
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, total numeric);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, total numeric);
CREATE VIEW big AS SELECT id, total FROM t WHERE total > 100;
CREATE VIEW bigger AS SELECT id FROM big WHERE total > 1000;

-- case: create views whose names sort before the views they read
-- hazards: none
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW z AS SELECT id FROM t;
CREATE VIEW y AS SELECT id FROM z;
CREATE VIEW a AS SELECT id FROM y;

-- case: create a security barrier view
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v WITH (security_barrier) AS SELECT id FROM t;

-- case: create a security invoker view
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v WITH (security_invoker = true) AS SELECT id FROM t;

-- case: create a view with a check option
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t WHERE n > 0 WITH CASCADED CHECK OPTION;

-- case: create a view with named columns
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v (key, amount) AS SELECT id, n FROM t;

-- case: create a view with a join, aggregate and window
-- hazards: none
CREATE TABLE a (id bigint PRIMARY KEY, name text);
CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a, amount numeric);
-- to
CREATE TABLE a (id bigint PRIMARY KEY, name text);
CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a, amount numeric);
CREATE VIEW totals AS
  SELECT a.name, sum(b.amount) AS total, rank() OVER (ORDER BY sum(b.amount) DESC) AS place
  FROM a JOIN b ON b.a_id = a.id GROUP BY a.name;

-- case: create a view calling a function
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, name text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, name text);
CREATE FUNCTION shout(x text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT upper(x)';
CREATE VIEW v AS SELECT id, shout(name) AS name FROM t;

-- case: create a view in another schema
-- hazards: none
CREATE SCHEMA reports;
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE SCHEMA reports;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW reports.ids AS SELECT id FROM public.t;

-- case: drop a view
-- hazards: access-exclusive-lock, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: drop a view and the view over it
-- hazards: access-exclusive-lock, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW a AS SELECT id FROM t;
CREATE VIEW b AS SELECT id FROM a;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: drop a view with its table
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
-- to

-- case: add a column to a view
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t;

-- case: change a view's filter
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id FROM t WHERE n > 0;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id FROM t WHERE n > 10;

-- case: remove a column from a view
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id FROM t;

-- case: change a view column's type
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n::bigint AS n FROM t;

-- case: change a view another view reads
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW a AS SELECT id, n FROM t;
CREATE VIEW b AS SELECT id FROM a;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW a AS SELECT id, n::text AS n FROM t;
CREATE VIEW b AS SELECT id FROM a;

-- case: change a view's options
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v WITH (security_barrier = true, security_invoker = true) AS SELECT id FROM t;

-- case: remove a view's check option
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t WHERE n > 0 WITH LOCAL CHECK OPTION;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t WHERE n > 0;

-- case: change the type of a column a view reads
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE VIEW v AS SELECT id, n FROM t;

-- case: change the type of a column read by a view over a view
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW a AS SELECT id, n FROM t;
CREATE VIEW b AS SELECT n FROM a;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE VIEW a AS SELECT id, n FROM t;
CREATE VIEW b AS SELECT n FROM a;

-- case: drop a column a view reads, changing the view
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;

-- case: drop a column of a table a view reads
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, n integer, m integer);
CREATE VIEW v AS SELECT id, n FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t;

-- case: rebuild an enum a view reads
-- hazards: access-exclusive-lock, table-rewrite, may-fail, breaks-clients
CREATE TYPE status AS ENUM ('open', 'closed', 'archived');
CREATE TABLE t (id bigint PRIMARY KEY, s status);
CREATE VIEW v AS SELECT id, s FROM t;
-- to
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, s status);
CREATE VIEW v AS SELECT id, s FROM t;

-- case: view comment
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
COMMENT ON VIEW v IS 'all ids';

-- case: view over a function that is recreated
-- hazards: access-exclusive-lock, breaks-clients
CREATE FUNCTION shout(x text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT upper(x)';
CREATE TABLE t (id bigint PRIMARY KEY, name text);
CREATE VIEW v AS SELECT id, shout(name) AS name FROM t;
-- to
CREATE FUNCTION shout(value text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT upper(value)';
CREATE TABLE t (id bigint PRIMARY KEY, name text);
CREATE VIEW v AS SELECT id, shout(name) AS name FROM t;

-- case: view with a hostile name
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW "V; DROP" AS SELECT id AS "Id ""x""" FROM t WHERE 'a;''b' <> '';

-- case: create a materialized view
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, owner text, total numeric);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text, total numeric);
CREATE MATERIALIZED VIEW totals AS SELECT owner, sum(total) AS total FROM t GROUP BY owner;

-- case: create a materialized view with a unique index
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, owner text, total numeric);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text, total numeric);
CREATE MATERIALIZED VIEW totals AS SELECT owner, sum(total) AS total FROM t GROUP BY owner;
CREATE UNIQUE INDEX totals_owner_idx ON totals (owner);

-- case: create a materialized view with storage parameters
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE MATERIALIZED VIEW m WITH (autovacuum_enabled = false, fillfactor = 70) AS SELECT id FROM t;

-- case: add an index to a materialized view
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE MATERIALIZED VIEW m AS SELECT id, owner FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE MATERIALIZED VIEW m AS SELECT id, owner FROM t;
CREATE INDEX m_owner_idx ON m (owner);

-- case: add a unique index to a materialized view
-- hazards: share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE MATERIALIZED VIEW m AS SELECT id, owner FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE MATERIALIZED VIEW m AS SELECT id, owner FROM t;
CREATE UNIQUE INDEX m_id_idx ON m (id);

-- case: drop an index of a materialized view
-- hazards: access-exclusive-lock
-- online: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE MATERIALIZED VIEW m AS SELECT id, owner FROM t;
CREATE INDEX m_owner_idx ON m (owner);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE MATERIALIZED VIEW m AS SELECT id, owner FROM t;

-- case: change a materialized view's query
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE MATERIALIZED VIEW m AS SELECT id, owner FROM t;
CREATE INDEX m_owner_idx ON m (owner);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE MATERIALIZED VIEW m AS SELECT id, owner FROM t WHERE id > 10;
CREATE INDEX m_owner_idx ON m (owner);

-- case: change a materialized view's storage parameters
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE MATERIALIZED VIEW m AS SELECT id FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE MATERIALIZED VIEW m WITH (fillfactor = 50) AS SELECT id FROM t;

-- case: drop a materialized view
-- hazards: access-exclusive-lock, breaks-clients, data-deleted
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE MATERIALIZED VIEW m AS SELECT id FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: view becomes a materialized view
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE MATERIALIZED VIEW v AS SELECT id FROM t;

-- case: change the type of a column a materialized view reads
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE MATERIALIZED VIEW m AS SELECT id, n FROM t;
CREATE UNIQUE INDEX m_id_idx ON m (id);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE MATERIALIZED VIEW m AS SELECT id, n FROM t;
CREATE UNIQUE INDEX m_id_idx ON m (id);

-- case: materialized view over a view
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
CREATE MATERIALIZED VIEW m AS SELECT id FROM v;

-- case: materialized view comment
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE MATERIALIZED VIEW m AS SELECT id FROM t;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE MATERIALIZED VIEW m AS SELECT id FROM t;
COMMENT ON MATERIALIZED VIEW m IS 'ids';

-- case: a view casting to an enum whose value is removed
-- hazards: access-exclusive-lock, may-fail, breaks-clients
CREATE TYPE status AS ENUM ('open', 'closed', 'archived');
CREATE VIEW open_label AS SELECT 'open'::status AS s;
-- to
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE VIEW open_label AS SELECT 'open'::status AS s;
