-- case: create a sequence
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE SEQUENCE s;

-- case: create a sequence with every option
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE SEQUENCE s AS integer INCREMENT BY 5 MINVALUE 10 MAXVALUE 100000 START WITH 20 CACHE 10 CYCLE;

-- case: create a descending sequence
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE SEQUENCE s AS smallint INCREMENT BY -1;

-- case: drop a sequence
-- hazards: breaks-clients
CREATE SEQUENCE s;
-- to

-- case: change a sequence's increment
-- hazards: none
CREATE SEQUENCE s;
-- to
CREATE SEQUENCE s INCREMENT BY 10;

-- case: change a sequence's cache and cycle
-- hazards: none
CREATE SEQUENCE s;
-- to
CREATE SEQUENCE s CACHE 50 CYCLE;

-- case: change a sequence's bounds
-- hazards: may-fail
CREATE SEQUENCE s;
-- to
CREATE SEQUENCE s MINVALUE 1 MAXVALUE 5000;

-- case: change a sequence's type
-- hazards: may-fail
CREATE SEQUENCE s AS bigint;
-- to
CREATE SEQUENCE s AS integer;

-- case: widen a sequence's type
-- hazards: may-fail
CREATE SEQUENCE s AS smallint;
-- to
CREATE SEQUENCE s AS bigint;

-- case: change a sequence's start
-- hazards: none
CREATE SEQUENCE s;
-- to
CREATE SEQUENCE s START WITH 500;

-- case: a used sequence changes its start, keeping its value
-- hazards: none
CREATE SEQUENCE s;
SELECT nextval('s');
-- to
CREATE SEQUENCE s START WITH 500;

-- case: sequence in another schema
-- hazards: none
CREATE SCHEMA billing;
-- to
CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_numbers AS integer START WITH 1000;

-- case: sequence used by a new column default
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE SEQUENCE s;
CREATE TABLE t (id bigint PRIMARY KEY, n bigint DEFAULT nextval('s'));

-- case: new table whose default uses a new sequence
-- hazards: none
-- to
CREATE SEQUENCE s START WITH 100;
CREATE TABLE t (id bigint PRIMARY KEY DEFAULT nextval('s'));

-- case: drop a sequence and the default using it
-- hazards: access-exclusive-lock, breaks-clients
CREATE SEQUENCE s;
CREATE TABLE t (id bigint PRIMARY KEY, n bigint DEFAULT nextval('s'));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);

-- case: sequence owned by a column
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE SEQUENCE s OWNED BY t.n;

-- case: sequence owned by a column whose default uses it
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
-- to
CREATE SEQUENCE s;
CREATE TABLE t (id bigint PRIMARY KEY, n bigint DEFAULT nextval('s'));
ALTER SEQUENCE s OWNED BY t.n;

-- case: sequence no longer owned
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE SEQUENCE s OWNED BY t.n;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE SEQUENCE s;

-- case: sequence owned by another column
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY, n bigint, m bigint);
CREATE SEQUENCE s OWNED BY t.n;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint, m bigint);
CREATE SEQUENCE s OWNED BY t.m;

-- case: owned sequence kept while its column is dropped
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE SEQUENCE s OWNED BY t.n;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE SEQUENCE s;

-- case: owned sequence dropped with its column
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE SEQUENCE s OWNED BY t.n;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: owned sequence dropped with its table
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE TABLE u (id bigint PRIMARY KEY);
CREATE SEQUENCE s OWNED BY t.n;
-- to
CREATE TABLE u (id bigint PRIMARY KEY);

-- case: serial whose sequence has options is a sequence of its own
-- hazards: none
CREATE TABLE t (id serial PRIMARY KEY);
-- to
CREATE TABLE t (id serial PRIMARY KEY);
ALTER SEQUENCE t_id_seq CACHE 20 START WITH 100;

-- case: serial becomes a column with its own named sequence
-- hazards: access-exclusive-lock
CREATE TABLE t (id serial PRIMARY KEY);
-- to
CREATE SEQUENCE ids AS integer;
CREATE TABLE t (id integer PRIMARY KEY DEFAULT nextval('ids'));
ALTER SEQUENCE ids OWNED BY t.id;

-- case: sequence comment
-- hazards: none
CREATE SEQUENCE s;
-- to
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'order numbers';

-- case: sequence comment removed
-- hazards: none
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'order numbers';
-- to
CREATE SEQUENCE s;

-- case: sequence with a hostile name
-- hazards: none
-- to
CREATE SEQUENCE "Seq ""quoted"" ;--";
