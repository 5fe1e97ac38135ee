-- case: create an enum with a column
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id bigint PRIMARY KEY, mood mood);

-- case: add an enum value at the end
-- hazards: none
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (id bigint PRIMARY KEY, mood mood);
-- to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id bigint PRIMARY KEY, mood mood);

-- case: add an enum value in the middle
-- hazards: none
CREATE TYPE mood AS ENUM ('sad', 'happy');
-- to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- case: add an enum value used as a default at once
-- hazards: access-exclusive-lock
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status DEFAULT 'open');
-- to
CREATE TYPE status AS ENUM ('draft', 'open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status DEFAULT 'draft');

-- case: remove an enum value
-- hazards: access-exclusive-lock, table-rewrite, may-fail, breaks-clients
CREATE TYPE status AS ENUM ('open', 'stale', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status NOT NULL DEFAULT 'open');
-- to
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status NOT NULL DEFAULT 'open');

-- case: reorder enum values
-- hazards: access-exclusive-lock, table-rewrite
CREATE TYPE size AS ENUM ('m', 's', 'l');
CREATE TABLE t (id bigint PRIMARY KEY, size size);
-- to
CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE TABLE t (id bigint PRIMARY KEY, size size);

-- case: remove an enum value used by two tables and an array
-- hazards: access-exclusive-lock, table-rewrite, may-fail, breaks-clients
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE a (id bigint PRIMARY KEY, c color);
CREATE TABLE b (id bigint PRIMARY KEY, cs color[] DEFAULT '{red}');
-- to
CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TABLE a (id bigint PRIMARY KEY, c color);
CREATE TABLE b (id bigint PRIMARY KEY, cs color[] DEFAULT '{red}');

-- case: drop an enum with its column
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (id bigint PRIMARY KEY, mood mood);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: drop an unused enum
-- hazards: none
CREATE TYPE mood AS ENUM ('sad', 'ok');
-- to
SELECT 1;

-- case: column from text to an enum
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, status text);
-- to
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status);

-- case: column from an enum to text
-- hazards: access-exclusive-lock, table-rewrite
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, status text);

-- case: enum comment
-- hazards: none
CREATE TYPE mood AS ENUM ('sad', 'ok');
-- to
CREATE TYPE mood AS ENUM ('sad', 'ok');
COMMENT ON TYPE mood IS 'how it feels';

-- case: enum in another schema
-- hazards: access-exclusive-lock
CREATE SCHEMA app;
CREATE TABLE app.t (id bigint PRIMARY KEY);
-- to
CREATE SCHEMA app;
CREATE TYPE app.kind AS ENUM ('a', 'b');
CREATE TABLE app.t (id bigint PRIMARY KEY, kind app.kind NOT NULL DEFAULT 'a');

-- case: rename an enum value
-- hazards: breaks-clients
-- rename value: mood.ok -> fine
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (id bigint PRIMARY KEY, mood mood DEFAULT 'sad');
-- to
CREATE TYPE mood AS ENUM ('sad', 'fine');
CREATE TABLE t (id bigint PRIMARY KEY, mood mood DEFAULT 'sad');

-- case: rename an enum value and add another
-- hazards: breaks-clients
-- rename value: mood.ok -> fine
CREATE TYPE mood AS ENUM ('sad', 'ok');
-- to
CREATE TYPE mood AS ENUM ('sad', 'fine', 'great');

-- case: enum check on an enum column
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status);
-- to
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status CONSTRAINT t_status_open CHECK (status <> 'closed'));

-- case: remove an enum value a partial index compares
-- hazards: access-exclusive-lock, table-rewrite, share-lock, index-build, may-fail, breaks-clients
-- online: access-exclusive-lock, table-rewrite, share-update-exclusive-lock, index-build, may-fail, breaks-clients
CREATE TYPE status AS ENUM ('open', 'stale', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status);
CREATE INDEX t_open_idx ON t (id) WHERE status <> 'closed';
-- to
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE t (id bigint PRIMARY KEY, status status);
CREATE INDEX t_open_idx ON t (id) WHERE status = 'open';
