-- case: rename a table
-- hazards: access-exclusive-lock, breaks-clients
-- rename table: users -> accounts
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- to
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);

-- case: rename a referenced table
-- hazards: access-exclusive-lock, breaks-clients
-- rename table: users -> accounts
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint CONSTRAINT posts_author_fk REFERENCES users (id));
-- to
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint CONSTRAINT posts_author_fk REFERENCES accounts (id));

-- case: rename a column
-- hazards: access-exclusive-lock, breaks-clients
-- rename column: t.name -> title
CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, title text NOT NULL);

-- case: rename an indexed column
-- hazards: access-exclusive-lock, breaks-clients
-- rename column: t.name -> title
CREATE TABLE t (id bigint PRIMARY KEY, name text);
CREATE INDEX t_name_idx ON t (name);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, title text);
CREATE INDEX t_name_idx ON t (title);

-- case: rename a referenced column
-- hazards: access-exclusive-lock, breaks-clients
-- rename column: p.code -> slug
CREATE TABLE p (id bigint PRIMARY KEY, code text CONSTRAINT p_code_key UNIQUE);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_fk REFERENCES p (code));
-- to
CREATE TABLE p (id bigint PRIMARY KEY, slug text CONSTRAINT p_code_key UNIQUE);
CREATE TABLE c (id bigint PRIMARY KEY, p_code text CONSTRAINT c_p_fk REFERENCES p (slug));

-- case: rename a table and one of its columns
-- hazards: access-exclusive-lock, breaks-clients
-- rename table: users -> accounts
-- rename column: accounts.name -> full_name
CREATE TABLE users (id bigint PRIMARY KEY, name text);
-- to
CREATE TABLE accounts (id bigint PRIMARY KEY, full_name text);

-- case: rename a column and change its type
-- hazards: access-exclusive-lock, breaks-clients, table-rewrite
-- rename column: t.n -> amount
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, amount bigint);

-- case: unhinted rename is a drop and an add
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, name text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, title text);

-- case: two columns swap their names
-- hazards: access-exclusive-lock, breaks-clients
-- rename column: t.a -> b
-- rename column: t.b -> a
CREATE TABLE t (id bigint PRIMARY KEY, a text, b integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, b text, a integer);

-- case: a chain of column renames
-- hazards: access-exclusive-lock, breaks-clients
-- rename column: t.a -> b
-- rename column: t.b -> c
CREATE TABLE t (id bigint PRIMARY KEY, a text, b integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, b text, c integer);

-- case: three columns rotate their names
-- hazards: access-exclusive-lock, breaks-clients
-- rename column: t.x -> y
-- rename column: t.y -> z
-- rename column: t.z -> x
CREATE TABLE t (id bigint PRIMARY KEY, x text, y integer, z boolean);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, y text, z integer, x boolean);
