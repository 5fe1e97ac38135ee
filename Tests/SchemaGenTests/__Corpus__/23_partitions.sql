-- case: create a range-partitioned table with partitions and a default
-- hazards: none
-- to
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, kind text, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_other PARTITION OF events DEFAULT;

-- case: create a list-partitioned table with NULL in a list
-- hazards: none
-- to
CREATE TABLE customers (id bigint, region text) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE customers_none PARTITION OF customers FOR VALUES IN (NULL, 'unknown');

-- case: create a hash-partitioned table
-- hazards: none
-- to
CREATE TABLE sessions (id uuid NOT NULL, data jsonb) PARTITION BY HASH (id);
CREATE TABLE sessions_0 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE sessions_2 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE sessions_odd PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- case: create a table partitioned by two range keys with MINVALUE and MAXVALUE
-- hazards: none
-- to
CREATE TABLE readings (sensor integer NOT NULL, taken_at integer NOT NULL, value numeric) PARTITION BY RANGE (sensor, taken_at);
CREATE TABLE readings_low PARTITION OF readings FOR VALUES FROM (MINVALUE, MINVALUE) TO (100, MAXVALUE);
CREATE TABLE readings_high PARTITION OF readings FOR VALUES FROM (100, MAXVALUE) TO (MAXVALUE, MAXVALUE);

-- case: create a table partitioned by an expression
-- hazards: none
-- to
CREATE TABLE accounts (id bigint, region text) PARTITION BY LIST (lower(region));
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');

-- case: create a partitioned table with keys, a check, indexes and a foreign key
-- hazards: none
-- to
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint NOT NULL, placed_on date NOT NULL, user_id bigint REFERENCES users, total numeric CHECK (total >= 0), code text,
    PRIMARY KEY (id, placed_on), UNIQUE (code, placed_on)) PARTITION BY RANGE (placed_on);
CREATE INDEX orders_user_idx ON orders (user_id) INCLUDE (total);
CREATE INDEX ON orders (lower(code));
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: a foreign key referencing a partitioned table
-- hazards: none
-- to
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE notes (id bigint PRIMARY KEY, event_id bigint, event_at date, FOREIGN KEY (event_id, event_at) REFERENCES events);

-- case: add a foreign key to a partitioned table
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
-- online: share-row-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE notes (id bigint PRIMARY KEY, event_id bigint, event_at date);
-- to
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE notes (id bigint PRIMARY KEY, event_id bigint, event_at date, FOREIGN KEY (event_id, event_at) REFERENCES events);

-- case: add a partition
-- hazards: access-exclusive-lock
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, kind text, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE INDEX ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, kind text, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE INDEX ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- case: add a partition beside a default partition
-- hazards: access-exclusive-lock, validation-scan, may-fail
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_other PARTITION OF events DEFAULT;
-- to
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_other PARTITION OF events DEFAULT;
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- case: add a default partition
-- hazards: access-exclusive-lock
CREATE TABLE customers (id bigint, region text) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr');
-- to
CREATE TABLE customers (id bigint, region text) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr');
CREATE TABLE customers_other PARTITION OF customers DEFAULT;

-- case: drop a partition
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: change a partition's bound
-- hazards: access-exclusive-lock, breaks-clients, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE customers (id bigint, region text) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr');
-- to
CREATE TABLE customers (id bigint, region text) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr', 'it');

-- case: add an index to a partitioned table
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build, share-lock
CREATE TABLE events (id bigint, created_at date, kind text) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- to
CREATE TABLE events (id bigint, created_at date, kind text) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_kind_idx ON events (kind);

-- case: add an expression index with included columns to a partitioned table
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build, share-lock
CREATE TABLE events (id bigint, created_at date, kind text) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date, kind text) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind_lower_idx ON events (lower(kind), (id + 1)) INCLUDE (created_at);

-- case: add a unique index to a partitioned table
-- hazards: share-lock, index-build, may-fail
-- online: share-update-exclusive-lock, index-build, may-fail, share-lock
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNIQUE INDEX events_id_idx ON events (id, created_at);

-- case: drop an index of a partitioned table
-- hazards: access-exclusive-lock
CREATE TABLE events (id bigint, created_at date, kind text) PARTITION BY RANGE (created_at);
CREATE INDEX events_kind_idx ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date, kind text) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: add a primary key to a partitioned table
-- hazards: access-exclusive-lock, index-build, may-fail, validation-scan
-- online: access-exclusive-lock, index-build, may-fail, validation-scan, share-update-exclusive-lock
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: add a column to a partitioned table
-- hazards: access-exclusive-lock
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date, kind text DEFAULT 'click') PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: drop a column of a partitioned table
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE events (id bigint, created_at date, kind text) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: add a check to a partitioned table
-- hazards: access-exclusive-lock, validation-scan, may-fail
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date, CONSTRAINT events_id_check CHECK (id > 0)) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: rename a partition key column
-- hazards: access-exclusive-lock, breaks-clients
-- rename column: events.created_at -> happened_on
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, happened_on date) PARTITION BY RANGE (happened_on);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: attach an existing table as a partition
-- hazards: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail, index-build, share-row-exclusive-lock, share-lock
-- online: access-exclusive-lock, share-update-exclusive-lock, validation-scan, may-fail, index-build, share-row-exclusive-lock
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, user_id bigint REFERENCES users, kind text CHECK (kind <> ''), PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE INDEX ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 (id bigint NOT NULL, created_at date NOT NULL, user_id bigint, kind text);
-- to
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, user_id bigint REFERENCES users, kind text CHECK (kind <> ''), PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE INDEX ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- case: detach a partition into a table of its own
-- hazards: access-exclusive-lock, breaks-clients
-- online: access-exclusive-lock, breaks-clients, share-update-exclusive-lock
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, kind text, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE INDEX ON events (kind);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL, kind text, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE INDEX ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2023 (id bigint NOT NULL, created_at date NOT NULL, kind text);

-- case: partition a plain table
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE events (id bigint, created_at date);
CREATE VIEW recent_events AS SELECT id FROM events;
-- to
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW recent_events AS SELECT id FROM events;

-- case: a partition in another schema
-- hazards: none
-- to
CREATE SCHEMA archive;
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE archive.events_2020 PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');

-- case: a partitioned table with row and statement triggers and policies
-- hazards: none
-- to
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE events (id bigint, created_at date, owner text) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TRIGGER events_touch BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER events_audit AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION touch();
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_events ON events USING (owner = current_user);

-- case: comment on a partition
-- hazards: share-update-exclusive-lock
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COMMENT ON TABLE events_2024 IS 'The events of 2024';

-- case: drop a partitioned table with its partitions
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE events (id bigint, created_at date) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- to

-- case: a partitioned table with identity and serial columns
-- hazards: none
-- to
CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY, seq serial, created_at date NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- case: a range partition over timestamps with time zone
-- hazards: none
-- to
CREATE TABLE metrics (at timestamptz NOT NULL, value double precision) PARTITION BY RANGE (at);
CREATE TABLE metrics_2024_01 PARTITION OF metrics FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2024-02-01 00:00+00');

-- case: a partition key with a collation and an operator class
-- hazards: none
-- to
CREATE TABLE names (name text) PARTITION BY RANGE (name COLLATE "C" text_pattern_ops);
CREATE TABLE names_a PARTITION OF names FOR VALUES FROM ('a') TO ('n');

-- case: partition a table whose column owns a sequence
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE orders (id bigint NOT NULL, placed_on date NOT NULL);
CREATE SEQUENCE order_numbers START WITH 100 OWNED BY orders.id;
ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('order_numbers');
-- to
CREATE TABLE orders (id bigint NOT NULL, placed_on date NOT NULL) PARTITION BY RANGE (placed_on);
CREATE SEQUENCE order_numbers START WITH 100 OWNED BY orders.id;
ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('order_numbers');
CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- case: add a foreign key on a partitioned table
-- hazards: share-row-exclusive-lock, validation-scan, may-fail
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint, user_id bigint, at date) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- to
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint, user_id bigint REFERENCES users, at date) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- case: a partitioned table in another schema, its partitions in two
-- hazards: none
-- to
CREATE SCHEMA telemetry;
CREATE SCHEMA archive;
CREATE TABLE telemetry.readings (sensor integer NOT NULL, at date NOT NULL, value numeric, PRIMARY KEY (sensor, at)) PARTITION BY LIST (sensor);
CREATE INDEX ON telemetry.readings (at);
CREATE TABLE telemetry.readings_1 PARTITION OF telemetry.readings FOR VALUES IN (1);
CREATE TABLE archive.readings_0 PARTITION OF telemetry.readings FOR VALUES IN (0);

-- case: an index added to a partitioned table in another schema
-- hazards: share-lock, index-build
-- online: share-update-exclusive-lock, index-build, share-lock
CREATE SCHEMA telemetry;
CREATE SCHEMA archive;
CREATE TABLE telemetry.readings (sensor integer NOT NULL, at date NOT NULL) PARTITION BY LIST (sensor);
CREATE TABLE telemetry.readings_1 PARTITION OF telemetry.readings FOR VALUES IN (1);
CREATE TABLE archive.readings_0 PARTITION OF telemetry.readings FOR VALUES IN (0);
-- to
CREATE SCHEMA telemetry;
CREATE SCHEMA archive;
CREATE TABLE telemetry.readings (sensor integer NOT NULL, at date NOT NULL) PARTITION BY LIST (sensor);
CREATE TABLE telemetry.readings_1 PARTITION OF telemetry.readings FOR VALUES IN (1);
CREATE TABLE archive.readings_0 PARTITION OF telemetry.readings FOR VALUES IN (0);
CREATE INDEX readings_at_idx ON telemetry.readings (at);
