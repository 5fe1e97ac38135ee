-- case: index fillfactor set
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a_idx ON t (a) WITH (fillfactor = 70);

-- case: index fillfactor changed and a parameter reset
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, p point);
CREATE INDEX t_p_idx ON t USING gist (p) WITH (fillfactor = 70, buffering = on);
-- to
CREATE TABLE t (id integer PRIMARY KEY, p point);
CREATE INDEX t_p_idx ON t USING gist (p) WITH (fillfactor = 80);

-- case: primary key fillfactor
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id integer, a integer, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 90));

-- case: unique constraint fillfactor removed
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, a integer, CONSTRAINT t_a_key UNIQUE (a) WITH (fillfactor = 60));
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, CONSTRAINT t_a_key UNIQUE (a));

-- case: new table with storage parameters on keys and indexes
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (id integer, a text, b integer, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 90),
  CONSTRAINT t_b_key UNIQUE (b) INCLUDE (a) WITH (fillfactor = 80));
CREATE INDEX t_a_idx ON t (a) WITH (fillfactor = 70, deduplicate_items = off);

-- case: index key collation
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE TABLE t (id integer PRIMARY KEY, a text);
CREATE INDEX t_a_idx ON t (a);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a text);
CREATE INDEX t_a_idx ON t (a COLLATE "C" DESC);

-- case: operator class options
-- hazards: access-exclusive-lock, share-lock, index-build
-- online: share-update-exclusive-lock, index-build
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE t (id integer PRIMARY KEY, a text);
CREATE INDEX t_a_idx ON t USING gist (a gist_trgm_ops);
-- to
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE t (id integer PRIMARY KEY, a text);
CREATE INDEX t_a_idx ON t USING gist (a gist_trgm_ops (siglen = 32));

-- case: unique constraint with INCLUDE
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, CONSTRAINT t_a_key UNIQUE (a));
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, CONSTRAINT t_a_key UNIQUE (a) INCLUDE (b));

-- case: primary key with INCLUDE
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id integer, a integer, CONSTRAINT t_pkey PRIMARY KEY (id) INCLUDE (a));

-- case: deferrable unique constraint
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_key UNIQUE);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_key UNIQUE DEFERRABLE INITIALLY DEFERRED);

-- case: deferrable primary key
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY DEFERRABLE, a integer);

-- case: check made NO INHERIT
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 0));
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 0) NO INHERIT);

-- case: foreign key MATCH FULL
-- hazards: access-exclusive-lock, share-row-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE c (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT c_fk FOREIGN KEY (a, b) REFERENCES p (a, b));
-- to
CREATE TABLE p (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE c (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT c_fk FOREIGN KEY (a, b) REFERENCES p (a, b) MATCH FULL);

-- case: check added NOT VALID
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, a integer);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer);
ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;

-- case: check NOT VALID validated
-- hazards: share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer);
ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 0));

-- case: validated check made NOT VALID again
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_check CHECK (a > 0));
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer);
ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;

-- case: foreign key NOT VALID validated
-- hazards: share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer);
ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer CONSTRAINT c_p_fk REFERENCES p (id));

-- case: foreign key added NOT VALID
-- hazards: share-row-exclusive-lock
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer);
ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;

-- case: new table with a NOT VALID check
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (id integer PRIMARY KEY, a integer);
ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;

-- case: renamed primary key keeps its settings
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer, CONSTRAINT t_old_pkey PRIMARY KEY (id) INCLUDE (id2), id2 integer);
-- to
CREATE TABLE t (id integer, CONSTRAINT t_pkey PRIMARY KEY (id) INCLUDE (id2), id2 integer);

-- case: unique index adopted as a unique constraint
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, email text);
CREATE UNIQUE INDEX t_email_idx ON t (email);
-- to
CREATE TABLE t (id integer PRIMARY KEY, email text CONSTRAINT t_email_key UNIQUE);

-- case: unique index adopted as the primary key
-- hazards: access-exclusive-lock, validation-scan, may-fail
CREATE TABLE t (id integer NOT NULL, a text);
CREATE UNIQUE INDEX t_id_idx ON t (id);
-- to
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, a text);

-- case: covering unique index adopted as a deferrable unique constraint
-- hazards: access-exclusive-lock
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text);
CREATE UNIQUE INDEX t_a_idx ON t (a) INCLUDE (b);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, CONSTRAINT t_a_key UNIQUE (a) INCLUDE (b) DEFERRABLE);

-- case: descending unique index is not adopted
-- hazards: access-exclusive-lock, index-build, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, index-build, may-fail
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE UNIQUE INDEX t_a_idx ON t (a DESC);
-- to
CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_key UNIQUE);

-- case: exclusion constraint added
-- hazards: access-exclusive-lock, index-build, may-fail
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL);
-- to
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL,
  CONSTRAINT bookings_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&));

-- case: exclusion constraint dropped
-- hazards: access-exclusive-lock
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange, CONSTRAINT slots_during_excl EXCLUDE USING gist (during WITH &&));
-- to
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange);

-- case: exclusion constraint gains a predicate
-- hazards: access-exclusive-lock, index-build, may-fail
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT slots_during_excl EXCLUDE USING gist (during WITH &&));
-- to
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT slots_during_excl EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled));

-- case: exclusion constraint made deferrable with an included column
-- hazards: access-exclusive-lock, index-build, may-fail
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange, CONSTRAINT slots_during_excl EXCLUDE USING gist (during WITH &&));
-- to
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange, CONSTRAINT slots_during_excl EXCLUDE USING gist (during WITH &&) INCLUDE (id) DEFERRABLE INITIALLY DEFERRED);

-- case: exclusion constraint on an expression
-- hazards: access-exclusive-lock, index-build, may-fail
CREATE TABLE spans (id integer PRIMARY KEY, starts timestamptz NOT NULL, ends timestamptz NOT NULL);
-- to
CREATE TABLE spans (id integer PRIMARY KEY, starts timestamptz NOT NULL, ends timestamptz NOT NULL,
  CONSTRAINT spans_range_excl EXCLUDE USING gist (tstzrange(starts, ends) WITH &&));

-- case: exclusion constraint renamed
-- hazards: access-exclusive-lock
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange, CONSTRAINT slots_old_excl EXCLUDE USING gist (during WITH &&));
-- to
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange, CONSTRAINT slots_during_excl EXCLUDE USING gist (during WITH &&));

-- case: new table with an exclusion constraint
-- hazards: none
CREATE TABLE p (id integer PRIMARY KEY);
-- to
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange, CONSTRAINT slots_during_excl EXCLUDE USING gist (during WITH &&));
