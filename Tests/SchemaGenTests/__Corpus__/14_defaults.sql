-- case: default set on a text column
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, s text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, s text DEFAULT 'it''s');

-- case: default with a negative number
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer DEFAULT -1);

-- case: default with a negative number on bigint
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n bigint DEFAULT 1);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint DEFAULT -5);

-- case: default with a decimal number
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(10,2));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n numeric(10,2) DEFAULT 1.50);

-- case: default with a large number on double precision
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, x double precision);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, x double precision DEFAULT 1e10);

-- case: default NaN on real
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, x real);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, x real DEFAULT 'NaN');

-- case: default array literal
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, tags text[]);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, tags text[] DEFAULT '{a,"b c"}');

-- case: default empty array spelled with ARRAY
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, tags text[]);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, tags text[] DEFAULT ARRAY[]::text[]);

-- case: default jsonb object
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb DEFAULT '{"a": [1, 2]}');

-- case: default jsonb built by a function
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb DEFAULT jsonb_build_object('v', 1));

-- case: default interval
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, span interval);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, span interval DEFAULT '1 day 02:00:00');

-- case: default current_date
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, d date);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, d date DEFAULT CURRENT_DATE);

-- case: default current_timestamp
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz DEFAULT CURRENT_TIMESTAMP);

-- case: default in UTC
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, at timestamp);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, at timestamp DEFAULT timezone('utc', now()));

-- case: default uuid from gen_random_uuid changed to a constant
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, u uuid DEFAULT gen_random_uuid());
-- to
CREATE TABLE t (id bigint PRIMARY KEY, u uuid DEFAULT '00000000-0000-0000-0000-000000000000');

-- case: default varchar literal
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, s varchar(20));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, s varchar(20) DEFAULT 'x');

-- case: default char literal
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, s char(3));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, s char(3) DEFAULT 'ab');

-- case: default text cast from varchar kept
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, s text DEFAULT 'a');
-- to
CREATE TABLE t (id bigint PRIMARY KEY, s text DEFAULT 'a'::varchar);

-- case: default boolean true
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, b boolean DEFAULT false);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, b boolean DEFAULT true);

-- case: default enum value changed
-- hazards: access-exclusive-lock
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (id bigint PRIMARY KEY, m mood DEFAULT 'ok');
-- to
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (id bigint PRIMARY KEY, m mood DEFAULT 'sad');

-- case: default date literal
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, d date);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, d date DEFAULT '2024-02-29');

-- case: default arithmetic expression
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer DEFAULT (2 * 21));

-- case: default on a new table with an expression
-- hazards: none
CREATE TABLE p (id bigint PRIMARY KEY);
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now() - interval '1 hour', s text DEFAULT lower('ABC'));

-- case: default with a current_setting call
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, tenant text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, tenant text DEFAULT current_setting('app.tenant', true));

-- case: add a column defaulting to a volatile user function
-- hazards: access-exclusive-lock, table-rewrite
CREATE FUNCTION pick() RETURNS integer LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN 4; END $$;
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE FUNCTION pick() RETURNS integer LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN 4; END $$;
CREATE TABLE t (id bigint PRIMARY KEY, n integer DEFAULT pick());
