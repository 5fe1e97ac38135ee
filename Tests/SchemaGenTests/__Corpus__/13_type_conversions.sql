-- case: bigint to smallint
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n smallint);

-- case: smallint to bigint with a default
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n smallint NOT NULL DEFAULT 3);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint NOT NULL DEFAULT 3);

-- case: integer to numeric with precision
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(6,2));

-- case: numeric to integer
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(10,2));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);

-- case: numeric precision and scale widened together
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(8,2));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(12,4));

-- case: numeric precision narrowed
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(12,2));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(8,2));

-- case: unconstrained numeric to numeric with precision
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, n numeric);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(10,2));

-- case: numeric to real
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, n numeric);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n real);

-- case: double precision to real
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, x double precision);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, x real);

-- case: integer to double precision
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n double precision);

-- case: varchar widened twice over
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a varchar(10), b varchar(20));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a varchar(100), b varchar(200));

-- case: char lengthened
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, code char(5));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, code char(10));

-- case: text to char
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, code text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, code char(3));

-- case: char to text
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, code char(3));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, code text);

-- case: integer to text
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n text);

-- case: boolean to text
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, b boolean);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, b text);

-- case: text to boolean
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, b text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, b boolean);

-- case: text to uuid
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, u text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, u uuid);

-- case: text to jsonb
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, doc text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb);

-- case: jsonb to text
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, doc text);

-- case: timestamp to date
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, at timestamp);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at date);

-- case: date to timestamp
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, on_day date);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, on_day timestamp);

-- case: timestamptz to timestamp
-- hazards: access-exclusive-lock, table-rewrite, may-fail
-- rewrite: maybe
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at timestamp);

-- case: time to time with time zone
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, at time);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at timetz);

-- case: finer time precision
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, at time(2));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at time(5));

-- case: interval to text
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, span interval);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, span text);

-- case: inet to cidr
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, net inet);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, net cidr);

-- case: bytea to text
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, data bytea);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, data text);

-- case: integer array to bigint array
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, ns integer[]);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, ns bigint[]);

-- case: varchar array to text array
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, tags varchar(20)[]);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, tags text[]);

-- case: text array to varchar array
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, tags text[]);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, tags varchar(20)[]);

-- case: integer with a check to bigint
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer CONSTRAINT t_n_check CHECK (n >= 0));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint CONSTRAINT t_n_check CHECK (n >= 0));

-- case: key referenced by a foreign key widened on both sides
-- hazards: access-exclusive-lock, share-row-exclusive-lock, table-rewrite, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, table-rewrite, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id));
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));

-- case: enum column to text with a default
-- hazards: access-exclusive-lock, table-rewrite
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (id bigint PRIMARY KEY, m mood NOT NULL DEFAULT 'ok');
-- to
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (id bigint PRIMARY KEY, m text NOT NULL DEFAULT 'ok');

-- case: text to an enum with a default
-- hazards: access-exclusive-lock, table-rewrite, may-fail
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (id bigint PRIMARY KEY, m text NOT NULL DEFAULT 'ok');
-- to
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (id bigint PRIMARY KEY, m mood NOT NULL DEFAULT 'ok');

-- case: type and nullability changed together
-- hazards: access-exclusive-lock, table-rewrite, validation-scan, may-fail
-- online: access-exclusive-lock, table-rewrite, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint NOT NULL);

-- case: type and default changed together
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer DEFAULT 1);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint DEFAULT 2);

-- case: type changes of two columns
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b real);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a bigint, b double precision);

-- case: custom type column to text
-- hazards: access-exclusive-lock
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE t (id bigint PRIMARY KEY, email citext);
-- to
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE t (id bigint PRIMARY KEY, email text);

-- case: text to a custom type
-- hazards: access-exclusive-lock
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE t (id bigint PRIMARY KEY, email text);
-- to
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE t (id bigint PRIMARY KEY, email citext);
