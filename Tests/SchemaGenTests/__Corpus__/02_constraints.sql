-- case: add a check
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer CONSTRAINT t_a_positive CHECK (a > 0));

-- case: add a foreign key
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint);
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint CONSTRAINT c_p_fk REFERENCES p (id));

-- case: add a unique constraint
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id bigint PRIMARY KEY, email text);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, email text CONSTRAINT t_email_key UNIQUE);

-- case: add a primary key to a table without one
-- hazards: access-exclusive-lock, index-build, may-fail, validation-scan
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail, validation-scan
CREATE TABLE t (id bigint, a text);
-- to
CREATE TABLE t (id bigint CONSTRAINT t_pkey PRIMARY KEY, a text);

-- case: create an index
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);

-- case: drop an index
-- hazards: access-exclusive-lock
-- online: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, a integer);

-- case: new table with a foreign key to an existing one
-- hazards: share-row-exclusive-lock
CREATE TABLE p (id bigint PRIMARY KEY);
-- to
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint NOT NULL CONSTRAINT c_p_fk REFERENCES p (id) ON DELETE CASCADE);
CREATE INDEX c_p_idx ON c (p_id);
