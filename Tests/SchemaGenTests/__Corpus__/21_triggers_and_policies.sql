-- case: create a trigger
-- hazards: share-row-exclusive-lock
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, updated_at timestamptz);
-- to
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();

-- case: create a trigger with its function and table
-- hazards: none
-- to
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();

-- case: create a trigger on several events with update columns
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, a text, b text);
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, a text, b text);
CREATE TRIGGER t_audit AFTER INSERT OR UPDATE OF a, b OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION audit();

-- case: create a statement trigger on truncate
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_truncate AFTER TRUNCATE ON t FOR EACH STATEMENT EXECUTE FUNCTION audit();

-- case: create a trigger with a condition and arguments
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW WHEN (OLD.n IS DISTINCT FROM NEW.n AND NEW.n > 0) EXECUTE FUNCTION audit('n', 'it''s', '');

-- case: create a trigger with transition tables
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER UPDATE ON t REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION audit();

-- case: create a disabled trigger
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE t DISABLE TRIGGER t_audit;

-- case: disable a trigger
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE t DISABLE TRIGGER t_audit;

-- case: trigger fires always and on replicas
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER b AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER b AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE t ENABLE ALWAYS TRIGGER a;
ALTER TABLE t ENABLE REPLICA TRIGGER b;

-- case: re-enable a disabled trigger while changing it
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE t DISABLE TRIGGER t_audit;
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION audit();

-- case: change a trigger's events
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION audit();

-- case: change a trigger's timing and condition
-- hazards: share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE TRIGGER t_audit BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.n > 0) EXECUTE FUNCTION audit();

-- case: trigger runs another function
-- hazards: share-row-exclusive-lock
CREATE FUNCTION a() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE FUNCTION b() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION a();
-- to
CREATE FUNCTION a() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE FUNCTION b() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION b();

-- case: drop a trigger
-- hazards: access-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: drop a trigger and its function
-- hazards: access-exclusive-lock, breaks-clients
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: replace the function a trigger runs
-- hazards: none
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'x'; RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();

-- case: change the type of a column a trigger's condition reads
-- hazards: access-exclusive-lock, table-rewrite, share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW WHEN (NEW.n > 0) EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW WHEN (NEW.n > 0) EXECUTE FUNCTION audit();

-- case: drop a column a trigger fires on
-- hazards: access-exclusive-lock, data-deleted, breaks-clients, share-row-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, a text, b text);
CREATE TRIGGER t_audit AFTER UPDATE OF a, b ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, a text);
CREATE TRIGGER t_audit AFTER UPDATE OF a ON t FOR EACH ROW EXECUTE FUNCTION audit();

-- case: trigger comment
-- hazards: share-update-exclusive-lock
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
COMMENT ON TRIGGER t_audit ON t IS 'audits inserts';

-- case: trigger of a renamed table
-- hazards: access-exclusive-lock, breaks-clients
-- rename table: old_t -> t
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE old_t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON old_t FOR EACH ROW EXECUTE FUNCTION audit();
-- to
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();
ALTER INDEX t_pkey RENAME TO old_t_pkey;

-- case: enable row-level security
-- hazards: access-exclusive-lock, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;

-- case: force row-level security
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
ALTER TABLE t FORCE ROW LEVEL SECURITY;

-- case: disable row-level security
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
ALTER TABLE t FORCE ROW LEVEL SECURITY;
-- to
CREATE TABLE t (id bigint PRIMARY KEY);

-- case: new table with row-level security and a policy
-- hazards: none
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON t USING (owner = current_user);

-- case: create a policy
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON t FOR SELECT USING (owner = current_user);

-- case: create a policy for a role
-- hazards: access-exclusive-lock
DO $$BEGIN CREATE ROLE schemagen_app; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
-- to
DO $$BEGIN CREATE ROLE schemagen_app; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t FOR UPDATE TO schemagen_app USING (owner = current_user) WITH CHECK (owner = current_user);

-- case: create a restrictive insert policy
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE POLICY positive ON t AS RESTRICTIVE FOR INSERT WITH CHECK (n > 0);

-- case: create a delete policy with a subquery
-- hazards: access-exclusive-lock
CREATE TABLE admins (name text PRIMARY KEY);
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE admins (name text PRIMARY KEY);
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE POLICY admins_delete ON t FOR DELETE USING (EXISTS (SELECT 1 FROM admins WHERE admins.name = current_user));

-- case: change a policy's condition
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = current_user);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = session_user);

-- case: change a policy's roles
-- hazards: access-exclusive-lock
DO $$BEGIN CREATE ROLE schemagen_app; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;
DO $$BEGIN CREATE ROLE schemagen_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t TO schemagen_app USING (true);
-- to
DO $$BEGIN CREATE ROLE schemagen_app; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;
DO $$BEGIN CREATE ROLE schemagen_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t TO schemagen_admin, schemagen_app USING (true);

-- case: policy back to public
-- hazards: access-exclusive-lock
DO $$BEGIN CREATE ROLE schemagen_app; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE POLICY p ON t TO schemagen_app USING (true);
-- to
DO $$BEGIN CREATE ROLE schemagen_app; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$$;
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE POLICY p ON t USING (true);

-- case: add a check to a policy
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = current_user);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = current_user) WITH CHECK (owner = current_user);

-- case: remove a policy's check
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = current_user) WITH CHECK (owner = current_user);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = current_user);

-- case: change a policy's command
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t FOR SELECT USING (owner = current_user);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t FOR ALL USING (owner = current_user);

-- case: make a policy restrictive
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = current_user);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t AS RESTRICTIVE USING (owner = current_user);

-- case: drop a policy
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = current_user);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);

-- case: change the type of a column a policy reads
-- hazards: access-exclusive-lock, table-rewrite
CREATE TABLE t (id bigint PRIMARY KEY, n integer);
CREATE POLICY positive ON t USING (n > 0);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, n bigint);
CREATE POLICY positive ON t USING (n > 0);

-- case: drop a column a policy reads, changing the policy
-- hazards: access-exclusive-lock, data-deleted, breaks-clients
CREATE TABLE t (id bigint PRIMARY KEY, n integer, owner text);
CREATE POLICY p ON t USING (n > 0 AND owner = current_user);
-- to
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY p ON t USING (owner = current_user);

-- case: policy calling a function that is recreated
-- hazards: access-exclusive-lock, breaks-clients
CREATE FUNCTION me() RETURNS text LANGUAGE sql STABLE AS 'SELECT current_user::text';
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = me());
-- to
CREATE FUNCTION me() RETURNS name LANGUAGE sql STABLE AS 'SELECT current_user';
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
CREATE POLICY own ON t USING (owner = me());

-- case: policy comment
-- hazards: share-update-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE POLICY p ON t USING (true);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE POLICY p ON t USING (true);
COMMENT ON POLICY p ON t IS 'everyone';

-- case: policy with a hostile name
-- hazards: access-exclusive-lock
CREATE TABLE t (id bigint PRIMARY KEY);
-- to
CREATE TABLE t (id bigint PRIMARY KEY);
CREATE POLICY "P ""x""; --" ON t USING (true);

-- case: create an INSTEAD OF trigger on a view
-- hazards: share-row-exclusive-lock, share-update-exclusive-lock
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION insert_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN INSERT INTO users VALUES (NEW.id, NEW.email); RETURN NEW; END$$;
-- to
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION insert_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN INSERT INTO users VALUES (NEW.id, NEW.email); RETURN NEW; END$$;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION insert_user_email();
COMMENT ON TRIGGER user_emails_insert ON user_emails IS 'Writes through to users.';

-- case: create a view with its INSTEAD OF triggers
-- hazards: none
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
-- to
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();
CREATE TRIGGER user_emails_update INSTEAD OF UPDATE OR DELETE ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email('update', 'delete');

-- case: a statement trigger on a view
-- hazards: share-row-exclusive-lock
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
-- to
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TRIGGER user_emails_audit AFTER INSERT OR UPDATE ON user_emails FOR EACH STATEMENT EXECUTE FUNCTION audit();

-- case: drop an INSTEAD OF trigger from a view
-- hazards: access-exclusive-lock
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();
-- to
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;

-- case: an INSTEAD OF trigger changes its events
-- hazards: share-row-exclusive-lock
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_write INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();
-- to
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_write INSTEAD OF INSERT OR UPDATE ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();

-- case: a view rebuilt around a column type change keeps its INSTEAD OF trigger
-- hazards: access-exclusive-lock, table-rewrite, share-update-exclusive-lock
CREATE TABLE users (id bigint PRIMARY KEY, email integer);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();
COMMENT ON TRIGGER user_emails_insert ON user_emails IS 'Writes through.';
-- to
CREATE TABLE users (id bigint PRIMARY KEY, email bigint);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();
COMMENT ON TRIGGER user_emails_insert ON user_emails IS 'Writes through.';

-- case: a view whose query changes beyond replacing keeps its INSTEAD OF trigger
-- hazards: access-exclusive-lock
CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();
-- to
CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);
CREATE VIEW user_emails AS SELECT id, name FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();

-- case: a view's trigger runs another function
-- hazards: share-row-exclusive-lock
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION write_user_email_v2() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email();
-- to
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE FUNCTION write_user_email() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION write_user_email_v2() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER user_emails_insert INSTEAD OF INSERT ON user_emails FOR EACH ROW EXECUTE FUNCTION write_user_email_v2();
