-- case: add a nullable column
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);

-- case: add a column with a constant default
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'new');

-- case: add a column with a volatile default
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, token uuid NOT NULL DEFAULT gen_random_uuid());

-- case: set not null
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer NOT NULL);

-- case: widen varchar
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a varchar(10));
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a varchar(20));

-- case: integer to bigint
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a bigint);
