-- case: create a plpgsql function
-- hazards: none
-- to
CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$BEGIN RETURN 1; END$$;

-- case: create a SQL function
-- hazards: none
-- to
CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b';

-- case: create a SQL function reading a table created with it
-- hazards: none
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM t';

-- case: create a SQL-standard function body
-- hazards: none
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM t; END;

-- case: create a function returning an expression
-- hazards: none
-- to
CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;

-- case: create a function with every attribute
-- hazards: none
-- to
CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql STABLE STRICT LEAKPROOF PARALLEL SAFE COST 5 SECURITY DEFINER SET search_path = public, pg_temp SET work_mem = '64MB' AS $$SELECT upper(x)$$;

-- case: create a set-returning function with rows
-- hazards: none
-- to
CREATE FUNCTION f() RETURNS SETOF integer LANGUAGE sql ROWS 10 AS 'SELECT 1';

-- case: create a function returning a table
-- hazards: none
-- to
CREATE FUNCTION f(n integer) RETURNS TABLE (i integer, label text) LANGUAGE sql AS 'SELECT g, g::text FROM generate_series(1, n) g';

-- case: create a function with out arguments
-- hazards: none
-- to
CREATE FUNCTION f(IN x integer, OUT doubled integer, OUT tripled integer) LANGUAGE sql AS 'SELECT x * 2, x * 3';

-- case: create a function with an inout argument
-- hazards: none
-- to
CREATE FUNCTION f(INOUT x integer) LANGUAGE sql AS 'SELECT x + 1';

-- case: create a variadic function
-- hazards: none
-- to
CREATE FUNCTION f(VARIADIC xs integer[]) RETURNS integer LANGUAGE sql AS 'SELECT array_length(xs, 1)';

-- case: create a function with defaults
-- hazards: none
-- to
CREATE FUNCTION f(a integer, b text DEFAULT 'a, b', c integer[] DEFAULT ARRAY[1, 2]) RETURNS text LANGUAGE sql AS 'SELECT b';

-- case: create a function with unnamed arguments
-- hazards: none
-- to
CREATE FUNCTION f(integer, text) RETURNS text LANGUAGE sql AS 'SELECT $2';

-- case: create overloaded functions
-- hazards: none
-- to
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS 'SELECT x';

-- case: add an overload
-- hazards: none
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
-- to
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
CREATE FUNCTION f(x bigint) RETURNS bigint LANGUAGE sql AS 'SELECT x';

-- case: create a procedure
-- hazards: none
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE PROCEDURE purge(before bigint) LANGUAGE sql AS 'DELETE FROM t WHERE id < before';

-- case: create a function in another schema
-- hazards: none
CREATE SCHEMA util;
-- to
CREATE SCHEMA util;
CREATE FUNCTION util.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';

-- case: create a function with a body holding dollar quotes
-- hazards: none
-- to
CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $body$BEGIN RETURN $function$it's$function$; END$body$;

-- case: drop a function
-- hazards: breaks-clients
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- to

-- case: drop a procedure
-- hazards: breaks-clients
CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
-- to

-- case: change a function's body
-- hazards: none
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- to
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 2';

-- case: change a function's language
-- hazards: none
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- to
CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS 'BEGIN RETURN 1; END';

-- case: change a function's volatility
-- hazards: none
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- to
CREATE FUNCTION f() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';

-- case: make a function strict and parallel safe
-- hazards: none
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
-- to
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql STRICT PARALLEL SAFE AS 'SELECT x';

-- case: make a function security definer with a search path
-- hazards: none
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- to
CREATE FUNCTION f() RETURNS integer LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS 'SELECT 1';

-- case: remove a function's settings
-- hazards: none
CREATE FUNCTION f() RETURNS integer LANGUAGE sql SET search_path = public SET work_mem = '1MB' AS 'SELECT 1';
-- to
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';

-- case: change a function's cost and rows
-- hazards: none
CREATE FUNCTION f() RETURNS SETOF integer LANGUAGE sql AS 'SELECT 1';
-- to
CREATE FUNCTION f() RETURNS SETOF integer LANGUAGE sql COST 1000 ROWS 5 AS 'SELECT 1';

-- case: add a default to an argument
-- hazards: none
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
-- to
CREATE FUNCTION f(x integer DEFAULT 0) RETURNS integer LANGUAGE sql AS 'SELECT x';

-- case: remove an argument's default
-- hazards: breaks-clients
CREATE FUNCTION f(x integer DEFAULT 0) RETURNS integer LANGUAGE sql AS 'SELECT x';
-- to
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';

-- case: change a function's result type
-- hazards: breaks-clients
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- to
CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT 1';

-- case: rename a function's argument
-- hazards: breaks-clients
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';
-- to
CREATE FUNCTION f(y integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';

-- case: change an argument's type
-- hazards: breaks-clients
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- to
CREATE FUNCTION f(x bigint) RETURNS integer LANGUAGE sql AS 'SELECT 1';

-- case: function becomes set-returning
-- hazards: breaks-clients
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
-- to
CREATE FUNCTION f() RETURNS SETOF integer LANGUAGE sql AS 'SELECT 1';

-- case: function comment
-- hazards: none
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
-- to
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
COMMENT ON FUNCTION f(integer) IS 'identity';

-- case: procedure comment
-- hazards: none
-- to
CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
COMMENT ON PROCEDURE p() IS 'does nothing';

-- case: function called by a new column's default
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE FUNCTION short_id() RETURNS text LANGUAGE sql AS 'SELECT substr(md5(random()::text), 1, 8)';
CREATE TABLE t (id bigint PRIMARY KEY, code text DEFAULT short_id());

-- case: function called by a new table's default
-- hazards: none
-- to
CREATE FUNCTION short_id() RETURNS text LANGUAGE sql AS 'SELECT substr(md5(random()::text), 1, 8)';
CREATE TABLE t (id text PRIMARY KEY DEFAULT short_id());

-- case: function called by a new check
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, code text);
-- to
CREATE FUNCTION valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length(c) = 8';
CREATE TABLE t (id bigint PRIMARY KEY, code text CHECK (valid_code(code)));

-- case: function called by a new expression index
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, code text);
-- to
CREATE FUNCTION norm(c text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(c)';
CREATE TABLE t (id bigint PRIMARY KEY, code text);
CREATE INDEX t_norm_idx ON t (norm(code));

-- case: replace a function a default calls
-- hazards: none
CREATE FUNCTION short_id() RETURNS text LANGUAGE sql AS 'SELECT substr(md5(random()::text), 1, 8)';
CREATE TABLE t (id text PRIMARY KEY DEFAULT short_id());
-- to
CREATE FUNCTION short_id() RETURNS text LANGUAGE sql AS 'SELECT substr(md5(random()::text), 1, 12)';
CREATE TABLE t (id text PRIMARY KEY DEFAULT short_id());

-- case: recreate a function a default calls
-- hazards: access-exclusive-lock, breaks-clients
CREATE FUNCTION next_id() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE TABLE t (id bigint PRIMARY KEY DEFAULT next_id());
-- to
CREATE FUNCTION next_id() RETURNS bigint LANGUAGE sql AS 'SELECT 1';
CREATE TABLE t (id bigint PRIMARY KEY DEFAULT next_id());

-- case: recreate a function a check calls
-- hazards: access-exclusive-lock, validation-scan, may-fail, breaks-clients
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail, breaks-clients
CREATE FUNCTION ok(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT x > 0';
CREATE TABLE t (id bigint PRIMARY KEY, n integer CHECK (ok(n)));
-- to
CREATE FUNCTION ok(value integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT value > 0';
CREATE TABLE t (id bigint PRIMARY KEY, n integer CHECK (ok(n)));

-- case: recreate a function an index calls
-- hazards: access-exclusive-lock, share-lock, index-build, breaks-clients
-- online: share-update-exclusive-lock, index-build, breaks-clients
CREATE FUNCTION norm(c text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(c)';
CREATE TABLE t (id bigint PRIMARY KEY, code text);
CREATE INDEX t_norm_idx ON t (norm(code));
-- to
CREATE FUNCTION norm(code text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(code)';
CREATE TABLE t (id bigint PRIMARY KEY, code text);
CREATE INDEX t_norm_idx ON t (norm(code));

-- case: drop a function and the default calling it
-- hazards: access-exclusive-lock, breaks-clients
CREATE FUNCTION short_id() RETURNS text LANGUAGE sql AS 'SELECT substr(md5(random()::text), 1, 8)';
CREATE TABLE t (id text PRIMARY KEY DEFAULT short_id());
-- to
CREATE TABLE t (id text PRIMARY KEY);

-- case: function with a hostile name and body
-- hazards: none
-- to
CREATE FUNCTION "F; DROP TABLE x;--"("Arg" text) RETURNS text LANGUAGE plpgsql AS $f$BEGIN RETURN '$$' || "Arg" || $q$'$q$; END$f$;

-- case: function whose signature names a table's row type
-- hazards: none
-- to
CREATE TABLE t (id bigint PRIMARY KEY, name text);
CREATE FUNCTION label(r t) RETURNS text LANGUAGE sql AS 'SELECT r.name';

-- case: function returning a table's rows
-- hazards: none
-- to
CREATE TABLE t (id bigint PRIMARY KEY, name text);
CREATE FUNCTION all_rows() RETURNS SETOF t LANGUAGE sql STABLE AS 'SELECT * FROM t';

-- case: ID-generating function for several tables
-- hazards: none
-- to
CREATE SEQUENCE global_id_seq;
CREATE FUNCTION next_id(OUT result bigint) LANGUAGE plpgsql AS $$
DECLARE
    our_epoch bigint := 1314220021721;
    seq_id bigint;
    now_millis bigint;
BEGIN
    SELECT nextval('global_id_seq') % 1024 INTO seq_id;
    SELECT FLOOR(EXTRACT(EPOCH FROM clock_timestamp()) * 1000) INTO now_millis;
    result := (now_millis - our_epoch) << 23;
    result := result | (seq_id);
END;
$$;
CREATE TABLE a (id bigint PRIMARY KEY DEFAULT next_id());
CREATE TABLE b (id bigint PRIMARY KEY DEFAULT next_id(), a_id bigint REFERENCES a);

-- case: change the argument type of a function a default calls
-- hazards: access-exclusive-lock, breaks-clients
CREATE FUNCTION pad(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lpad(n::text, 8, ''0'')';
CREATE TABLE t (id bigint PRIMARY KEY, code text DEFAULT pad(7));
-- to
CREATE FUNCTION pad(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lpad(n::text, 8, ''0'')';
CREATE TABLE t (id bigint PRIMARY KEY, code text DEFAULT pad(7));

-- case: change the argument type of a function a view calls
-- hazards: access-exclusive-lock, breaks-clients
CREATE FUNCTION pad(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lpad(n::text, 8, ''0'')';
CREATE TABLE t (id integer PRIMARY KEY);
CREATE VIEW v AS SELECT pad(id) AS code FROM t;
-- to
CREATE FUNCTION pad(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lpad(n::text, 8, ''0'')';
CREATE TABLE t (id integer PRIMARY KEY);
CREATE VIEW v AS SELECT pad(id) AS code FROM t;
