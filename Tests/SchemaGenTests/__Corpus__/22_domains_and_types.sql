-- case: create a domain
-- hazards: none
-- to
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);

-- case: create a domain with every clause
-- hazards: none
-- to
CREATE DOMAIN code AS text COLLATE "C" DEFAULT 'none' NOT NULL CONSTRAINT code_length CHECK (length(VALUE) <= 10) CONSTRAINT code_lower CHECK (VALUE = lower(VALUE));

-- case: create a domain over a varchar
-- hazards: none
-- to
CREATE DOMAIN email AS varchar(255) CHECK (VALUE LIKE '%@%');

-- case: create a domain in another schema
-- hazards: none
CREATE SCHEMA billing;
-- to
CREATE SCHEMA billing;
CREATE DOMAIN billing.amount AS numeric(12,2) DEFAULT 0 NOT NULL;

-- case: create a domain and a table using it
-- hazards: none
-- to
CREATE DOMAIN amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE TABLE t (id bigint PRIMARY KEY, total amount);

-- case: create a domain over an enum
-- hazards: none
-- to
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE DOMAIN open_status AS status CHECK (VALUE = 'open');

-- case: column becomes a domain type
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE t (id bigint PRIMARY KEY, n positive);

-- case: drop a domain
-- hazards: breaks-clients
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
-- to

-- case: drop a domain and the column using it
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE t (id bigint PRIMARY KEY, n positive);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: set a domain's default
-- hazards: none
CREATE DOMAIN positive AS integer;
-- to
CREATE DOMAIN positive AS integer DEFAULT 1;

-- case: drop a domain's default
-- hazards: none
CREATE DOMAIN positive AS integer DEFAULT 1;
-- to
CREATE DOMAIN positive AS integer;

-- case: make a domain NOT NULL
-- hazards: validation-scan, may-fail
CREATE DOMAIN positive AS integer;
CREATE TABLE t (id bigint PRIMARY KEY, n positive);
-- to
CREATE DOMAIN positive AS integer NOT NULL;
CREATE TABLE t (id bigint PRIMARY KEY, n positive);

-- case: make a domain nullable
-- hazards: none
CREATE DOMAIN positive AS integer NOT NULL;
-- to
CREATE DOMAIN positive AS integer;

-- case: add a check to a domain
-- hazards: validation-scan, may-fail
CREATE DOMAIN positive AS integer;
CREATE TABLE t (id bigint PRIMARY KEY, n positive);
-- to
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE t (id bigint PRIMARY KEY, n positive);

-- case: add a check to a domain NOT VALID
-- hazards: none
CREATE DOMAIN positive AS integer;
-- to
CREATE DOMAIN positive AS integer;
ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID;

-- case: validate a domain check
-- hazards: validation-scan, may-fail
CREATE DOMAIN positive AS integer;
ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID;
-- to
CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);

-- case: change a domain check
-- hazards: validation-scan, may-fail
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
-- to
CREATE DOMAIN positive AS integer CHECK (VALUE >= 0);

-- case: drop a domain check
-- hazards: none
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
-- to
CREATE DOMAIN positive AS integer;

-- case: change a domain's base type
-- hazards: may-fail, breaks-clients
CREATE DOMAIN code AS varchar(10);
-- to
CREATE DOMAIN code AS text;

-- case: domain comment
-- hazards: none
CREATE DOMAIN positive AS integer;
-- to
CREATE DOMAIN positive AS integer;
COMMENT ON DOMAIN positive IS 'greater than zero';

-- case: domain with a hostile name and check
-- hazards: none
-- to
CREATE DOMAIN "D; ""x""" AS text CONSTRAINT "C;--" CHECK (VALUE <> ';''--');

-- case: create a composite type
-- hazards: none
-- to
CREATE TYPE address AS (street text, city text, zip varchar(10));

-- case: create a composite type with a collation
-- hazards: none
-- to
CREATE TYPE code_pair AS (a text COLLATE "C", b integer);

-- case: create a composite type and a column of it
-- hazards: none
-- to
CREATE TYPE address AS (street text, city text);
CREATE TABLE t (id bigint PRIMARY KEY, home address);

-- case: function returning a composite type
-- hazards: none
-- to
CREATE TYPE pair AS (a integer, b integer);
CREATE FUNCTION make_pair(x integer) RETURNS pair LANGUAGE sql AS 'SELECT x, x';

-- case: add an attribute to a composite type
-- hazards: none
CREATE TYPE address AS (street text);
-- to
CREATE TYPE address AS (street text, city text);

-- case: drop an attribute of a composite type
-- hazards: breaks-clients
CREATE TYPE address AS (street text, city text);
-- to
CREATE TYPE address AS (street text);

-- case: change an attribute's type
-- hazards: may-fail
CREATE TYPE address AS (street text, zip integer);
-- to
CREATE TYPE address AS (street text, zip text);

-- case: reorder a composite type's attributes
-- hazards: may-fail, breaks-clients
CREATE TYPE address AS (street text, city text);
-- to
CREATE TYPE address AS (city text, street text);

-- case: drop a composite type
-- hazards: breaks-clients
CREATE TYPE address AS (street text);
-- to

-- case: composite type comment
-- hazards: none
CREATE TYPE address AS (street text);
-- to
CREATE TYPE address AS (street text);
COMMENT ON TYPE address IS 'a postal address';
