-- case: create a schema with a table
-- hazards: none
SELECT 1;
-- to
CREATE SCHEMA billing;
CREATE TABLE billing.invoice (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);

-- case: drop a schema with its table
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE SCHEMA billing;
CREATE TABLE billing.invoice (id bigint PRIMARY KEY);
-- to
SELECT 1;

-- case: same table name in two schemas
-- hazards: none
CREATE TABLE users (id bigint PRIMARY KEY);
-- to
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE SCHEMA audit;
CREATE TABLE audit.users (id bigint PRIMARY KEY, changed_at timestamptz);

-- case: create an extension and use its type
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE EXTENSION citext;
CREATE TABLE t (id bigint PRIMARY KEY, email citext);

-- case: drop an extension
-- hazards: breaks-clients
CREATE EXTENSION hstore;
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: extension function as a default
-- hazards: access-exclusive-lock, table-rewrite
CREATE EXTENSION "uuid-ossp";
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE EXTENSION "uuid-ossp";
CREATE TABLE t (id bigint PRIMARY KEY, token uuid DEFAULT uuid_generate_v4());

-- case: move a table to another schema
-- hazards: access-exclusive-lock, breaks-clients
-- rename table: public.t -> app.t
CREATE SCHEMA app;
CREATE TABLE t (id bigint PRIMARY KEY, a text);
-- to
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint PRIMARY KEY, a text);
