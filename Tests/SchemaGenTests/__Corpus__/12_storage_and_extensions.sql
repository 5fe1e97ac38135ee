-- case: column storage external
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, body text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, body text);
ALTER TABLE t ALTER COLUMN body SET STORAGE EXTERNAL;

-- case: column storage back to the type's
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, body text, amount numeric);
ALTER TABLE t ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE t ALTER COLUMN amount SET STORAGE EXTERNAL;
-- to
CREATE TABLE t (id integer PRIMARY KEY, body text, amount numeric);

-- case: column compression pglz
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, body text);
-- to
CREATE TABLE t (id integer PRIMARY KEY, body text COMPRESSION pglz);

-- case: column compression back to the default
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb COMPRESSION pglz);
-- to
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb);

-- case: new column with storage and compression
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY);
-- to
CREATE TABLE t (id integer PRIMARY KEY, body bytea COMPRESSION pglz);
ALTER TABLE t ALTER COLUMN body SET STORAGE EXTERNAL;

-- case: new table with storage and compression
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (id integer PRIMARY KEY, body text COMPRESSION pglz, doc jsonb);
ALTER TABLE t ALTER COLUMN doc SET STORAGE MAIN;

-- case: extension moved to another schema
-- hazards: breaks-clients
CREATE SCHEMA extensions;
CREATE EXTENSION citext;
-- to
CREATE SCHEMA extensions;
CREATE EXTENSION citext SCHEMA extensions;

-- case: extension updated
-- hazards: may-fail
CREATE EXTENSION pg_trgm VERSION '1.5';
-- to
CREATE EXTENSION pg_trgm VERSION '1.6';

-- case: extension created in a schema at a version
-- hazards: none
CREATE SCHEMA extensions;
-- to
CREATE SCHEMA extensions;
CREATE EXTENSION hstore SCHEMA extensions VERSION '1.7';

-- case: type change keeps the column's storage
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb);
ALTER TABLE t ALTER COLUMN doc SET STORAGE EXTERNAL;
-- to
CREATE TABLE t (id integer PRIMARY KEY, doc text);
ALTER TABLE t ALTER COLUMN doc SET STORAGE EXTERNAL;

-- case: type change keeps the column's collation
-- hazards: access-exclusive-lock, table-rewrite, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, code varchar(10) COLLATE "C");
-- to
CREATE TABLE t (id integer PRIMARY KEY, code char(10) COLLATE "C");

-- case: type change keeps the column's compression
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id integer PRIMARY KEY, body bytea COMPRESSION pglz);
-- to
CREATE TABLE t (id integer PRIMARY KEY, body text COMPRESSION pglz);

-- case: table fillfactor set
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a text) WITH (fillfactor = 70);

-- case: table storage parameters changed and one reset
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a text) WITH (fillfactor = 70, autovacuum_enabled = false);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a text) WITH (fillfactor = 90);

-- case: table autovacuum thresholds and a TOAST parameter
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, body text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, body text) WITH (autovacuum_vacuum_scale_factor = 0.05, autovacuum_vacuum_threshold = 500, toast.autovacuum_enabled = false);

-- case: TOAST parameter reset
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, body text) WITH (toast.autovacuum_enabled = false, parallel_workers = 4);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, body text) WITH (parallel_workers = 4);

-- case: new table with storage parameters
-- hazards: none
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TABLE u (id bigint PRIMARY KEY, note text) WITH (fillfactor = 50, toast.autovacuum_enabled = off, user_catalog_table = false);

-- case: user_catalog_table set takes an ACCESS EXCLUSIVE lock
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY) WITH (user_catalog_table = true);
