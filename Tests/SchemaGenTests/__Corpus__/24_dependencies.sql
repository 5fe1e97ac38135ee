-- case: a function with a SQL-standard body is built again around a type change of a column it reads
-- hazards: access-exclusive-lock, table-rewrite, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(n) FROM t; END;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE FUNCTION total() RETURNS numeric LANGUAGE sql BEGIN ATOMIC SELECT sum(n) FROM t; END;

-- case: a function with a SQL-standard body is built again when a column it reads changes type and it does not
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE FUNCTION last_n() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT max(n)::text FROM t; END;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE FUNCTION last_n() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT max(n)::text FROM t; END;

-- case: a function with a SQL-standard body is dropped before a column it no longer reads
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, n integer, m integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(n) FROM t; END;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, m integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(m) FROM t; END;

-- case: a function with a SQL-standard body is built again around a function it calls that is built again
-- hazards: breaks-clients
CREATE FUNCTION base() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 1;
CREATE FUNCTION twice() RETURNS integer LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT base() * 2; END;
-- to
CREATE FUNCTION base() RETURNS bigint LANGUAGE sql IMMUTABLE RETURN 1;
CREATE FUNCTION twice() RETURNS bigint LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT base() * 2; END;

-- case: a function with a SQL-standard body is built again around a view it reads that is built again
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t;
CREATE FUNCTION v_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM v; END;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE VIEW v AS SELECT id, n FROM t;
CREATE FUNCTION v_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM v; END;

-- case: a new function with a SQL-standard body reads a new view
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE VIEW v AS SELECT id, n FROM t;
CREATE FUNCTION v_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM v; END;

-- case: a new table's default calls a new function with a SQL-standard body
-- hazards: none
-- to
CREATE TABLE counters (id integer PRIMARY KEY);
CREATE FUNCTION next_id() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT coalesce(max(id), 0) + 1 FROM counters; END;
CREATE TABLE t (id integer PRIMARY KEY DEFAULT next_id());

-- case: a default calling a function with a SQL-standard body is set again when the function is built again
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE counters (id integer PRIMARY KEY, n integer);
CREATE FUNCTION next_n() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT coalesce(max(n), 0) + 1 FROM counters; END;
CREATE TABLE t (id integer PRIMARY KEY DEFAULT next_n());
-- to
CREATE TABLE counters (id integer PRIMARY KEY, n bigint);
CREATE FUNCTION next_n() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT (coalesce(max(n), 0) + 1)::integer FROM counters; END;
CREATE TABLE t (id integer PRIMARY KEY DEFAULT next_n());

-- case: a function taking an enum is built again when the enum loses a value
-- hazards: access-exclusive-lock, table-rewrite, may-fail, breaks-clients
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id bigint PRIMARY KEY, m mood);
CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$BEGIN RETURN m = 'happy'; END$$;
-- to
CREATE TYPE mood AS ENUM ('ok', 'happy');
CREATE TABLE t (id bigint PRIMARY KEY, m mood);
CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$BEGIN RETURN m = 'happy'; END$$;

-- case: a policy reading another table's column through an alias is built again around its type change
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE members (org integer, who name);
CREATE TABLE docs (id bigint PRIMARY KEY, org_id integer);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_members ON docs USING (EXISTS (SELECT 1 FROM members AS m WHERE m.org = docs.org_id AND m.who = current_user));
-- to
CREATE TABLE members (org bigint, who name);
CREATE TABLE docs (id bigint PRIMARY KEY, org_id integer);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_members ON docs USING (EXISTS (SELECT 1 FROM members AS m WHERE m.org = docs.org_id AND m.who = current_user));

-- case: a check calling a schema-qualified function built again
-- hazards: access-exclusive-lock, validation-scan, may-fail, breaks-clients
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail, breaks-clients
CREATE SCHEMA util;
CREATE FUNCTION util.valid(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
CREATE TABLE t (id bigint PRIMARY KEY, n integer CONSTRAINT t_n_valid CHECK (util.valid(n)));
-- to
CREATE SCHEMA util;
CREATE FUNCTION util.valid(v bigint) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > 0;
CREATE TABLE t (id bigint PRIMARY KEY, n integer CONSTRAINT t_n_valid CHECK (util.valid(n)));

-- case: a trigger whose condition reads a column is built again around its type change
-- hazards: access-exclusive-lock, table-rewrite, share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW WHEN (OLD.n IS DISTINCT FROM NEW.n) EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW WHEN (OLD.n IS DISTINCT FROM NEW.n) EXECUTE FUNCTION audit();

-- case: a function an expression index calls is replaced, the index left as it is
-- hazards: none
CREATE FUNCTION norm(v text) RETURNS text LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT lower(v); END;
CREATE TABLE t (id bigint PRIMARY KEY, s text);
CREATE INDEX t_norm_idx ON t (norm(s));
-- to
CREATE FUNCTION norm(v text) RETURNS text LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT upper(v); END;
CREATE TABLE t (id bigint PRIMARY KEY, s text);
CREATE INDEX t_norm_idx ON t (norm(s));

-- case: a view calling a function with a SQL-standard body is built again with it, around a column the function reads
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(n) FROM t; END;
CREATE VIEW totals AS SELECT total() AS total;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(n) FROM t; END;
CREATE VIEW totals AS SELECT total() AS total;

-- case: functions with SQL-standard bodies calling each other are built again in dependency order
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(n) FROM t; END;
CREATE FUNCTION twice_total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT total() * 2; END;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(n) FROM t; END;
CREATE FUNCTION twice_total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT total() * 2; END;

-- case: a policy reading another table is left alone when a column it does not read changes type
-- hazards: access-exclusive-lock
CREATE TABLE members (org integer, who name, note varchar(10));
CREATE TABLE docs (id bigint PRIMARY KEY, org_id integer);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_members ON docs USING (EXISTS (SELECT 1 FROM members AS m WHERE m.org = docs.org_id AND m.who = current_user));
-- to
CREATE TABLE members (org integer, who name, note text);
CREATE TABLE docs (id bigint PRIMARY KEY, org_id integer);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_members ON docs USING (EXISTS (SELECT 1 FROM members AS m WHERE m.org = docs.org_id AND m.who = current_user));

-- case: a function taking a domain is built again with the domain
-- hazards: may-fail, breaks-clients
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE FUNCTION bump(v positive) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$BEGIN RETURN v + 1; END$$;
-- to
CREATE DOMAIN positive AS bigint CHECK (VALUE > 0);
CREATE FUNCTION bump(v positive) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$BEGIN RETURN v + 1; END$$;

-- case: a new table's check calls a new function with a SQL-standard body
-- hazards: none
-- to
CREATE FUNCTION is_even(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT v % 2 = 0; END;
CREATE TABLE t (id integer PRIMARY KEY, n integer CONSTRAINT t_n_even CHECK (is_even(n)));

-- case: a trigger whose condition reads a column of a renamed table is built again around its type change
-- hazards: access-exclusive-lock, table-rewrite, share-row-exclusive-lock, breaks-clients
-- rename table: t -> items
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW WHEN (OLD.n IS DISTINCT FROM NEW.n) EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE items (id bigint PRIMARY KEY, n bigint);
CREATE TRIGGER t_audit AFTER UPDATE ON items FOR EACH ROW WHEN (OLD.n IS DISTINCT FROM NEW.n) EXECUTE FUNCTION audit();

-- case: an expression index calling a function built again for its result type is built again
-- hazards: access-exclusive-lock, share-lock, index-build, breaks-clients
-- online: share-update-exclusive-lock, index-build, breaks-clients
CREATE FUNCTION norm(v text) RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(v);
CREATE TABLE t (id bigint PRIMARY KEY, s text);
CREATE INDEX t_norm_idx ON t (norm(s));
-- to
CREATE FUNCTION norm(v text) RETURNS varchar LANGUAGE sql IMMUTABLE RETURN lower(v);
CREATE TABLE t (id bigint PRIMARY KEY, s text);
CREATE INDEX t_norm_idx ON t (norm(s));
