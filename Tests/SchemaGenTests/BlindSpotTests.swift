import Foundation
import SchemaGen
import Testing

extension PostgresSuite {
    /// "No difference" means no difference: every column of the catalogs that describe the
    /// objects schemagen manages is either modelled (compared and planned), named in a warning
    /// when two catalogs differ in it, or shown here not to change what the database does.
    /// A PostgreSQL version that adds a column fails ``everyCatalogColumnIsAccountedFor()``.
    @Suite struct BlindSpotTests {
        enum Treatment {
            /// Read into the model: compared and planned.
            case modelled
            /// Named by an `UnmodeledObject` entry of this kind when two catalogs differ in it.
            case warned(String)
            /// Neither behaviour nor schema: identities, statistics, caches, bookkeeping.
            case irrelevant(String)
        }

        static let catalogs: [String: [String: Treatment]] = [
            "pg_class": [
                "oid": .irrelevant("identity"), "relname": .modelled, "relnamespace": .modelled, "reltype": .irrelevant("row type made with the table"),
                "reloftype": .warned("table setting"), "relowner": .irrelevant("ownership belongs to the platform, not the schema"),
                "relam": .warned("table setting"), "relfilenode": .irrelevant("storage"), "reltablespace": .warned("table setting"),
                "relpages": .irrelevant("statistics"), "reltuples": .irrelevant("statistics"), "relallvisible": .irrelevant("statistics"),
                "reltoastrelid": .irrelevant("storage"), "relhasindex": .irrelevant("derived"), "relisshared": .irrelevant("system catalogs only"),
                "relpersistence": .warned("unlogged table"), "relkind": .modelled, "relnatts": .irrelevant("derived"), "relchecks": .irrelevant("derived"),
                "relhasrules": .warned("rule"), "relhastriggers": .modelled, "relhassubclass": .warned("table setting"),
                "relrowsecurity": .modelled, "relforcerowsecurity": .modelled,
                "relispopulated": .irrelevant("materialized views' data"), "relreplident": .warned("table setting"),
                "relispartition": .modelled, "relrewrite": .irrelevant("transient"), "relfrozenxid": .irrelevant("vacuum"),
                "relminmxid": .irrelevant("vacuum"), "relacl": .warned("table, view and sequence setting"), "reloptions": .modelled,
                "relpartbound": .modelled,
            ],
            "pg_partitioned_table": [
                "partrelid": .modelled, "partstrat": .modelled, "partnatts": .modelled, "partdefid": .modelled,
                "partattrs": .modelled, "partclass": .modelled, "partcollation": .modelled, "partexprs": .modelled,
            ],
            "pg_inherits": [
                "inhrelid": .modelled, "inhparent": .modelled, "inhseqno": .irrelevant("one parent per partition"),
                "inhdetachpending": .warned("partition setting"),
            ],
            "pg_attribute": [
                "attrelid": .irrelevant("identity"), "attname": .modelled, "atttypid": .modelled, "attstattarget": .warned("column setting"),
                "attlen": .irrelevant("derived from the type"), "attnum": .irrelevant("column order, which PostgreSQL cannot change"),
                "attndims": .irrelevant("not enforced"), "attcacheoff": .irrelevant("in memory only"), "atttypmod": .modelled,
                "attbyval": .irrelevant("derived from the type"), "attalign": .irrelevant("derived from the type"),
                "attstorage": .modelled, "attcompression": .modelled, "attnotnull": .modelled,
                "atthasdef": .modelled, "atthasmissing": .irrelevant("a fast default's bookkeeping"), "attidentity": .modelled,
                "attgenerated": .modelled, "attisdropped": .irrelevant("dropped columns are not read"),
                "attislocal": .warned("table setting"), "attinhcount": .warned("table setting"), "attcollation": .modelled,
                "attacl": .warned("column setting"), "attoptions": .warned("column setting"), "attfdwoptions": .warned("foreign table"),
                "attmissingval": .irrelevant("a fast default's bookkeeping"),
            ],
            "pg_attrdef": ["oid": .irrelevant("identity"), "adrelid": .irrelevant("identity"), "adnum": .irrelevant("identity"), "adbin": .modelled],
            "pg_constraint": [
                "oid": .irrelevant("identity"), "conname": .modelled, "connamespace": .modelled, "contype": .modelled,
                "condeferrable": .modelled, "condeferred": .modelled, "convalidated": .modelled,
                "conrelid": .modelled, "contypid": .modelled, "conindid": .irrelevant("the index a key uses, named like the key"),
                "conparentid": .modelled, "confrelid": .modelled, "confupdtype": .modelled, "confdeltype": .modelled,
                "confmatchtype": .modelled, "conislocal": .warned("constraint setting"), "coninhcount": .warned("constraint setting"),
                "connoinherit": .modelled, "conkey": .modelled, "confkey": .modelled,
                "conpfeqop": .irrelevant("derived from the types"), "conppeqop": .irrelevant("derived from the types"),
                "conffeqop": .irrelevant("derived from the types"), "confdelsetcols": .modelled,
                "conexclop": .modelled, "conbin": .modelled,
            ],
            "pg_index": [
                "indexrelid": .irrelevant("identity"), "indrelid": .modelled, "indnatts": .modelled, "indnkeyatts": .modelled,
                "indisunique": .modelled, "indnullsnotdistinct": .modelled, "indisprimary": .modelled, "indisexclusion": .modelled,
                "indimmediate": .modelled, "indisclustered": .warned("index setting"), "indisvalid": .warned("index setting"),
                "indcheckxmin": .irrelevant("transient"), "indisready": .warned("index setting"), "indislive": .warned("index setting"),
                "indisreplident": .warned("index setting"), "indkey": .modelled, "indcollation": .modelled,
                "indclass": .modelled, "indoption": .modelled, "indexprs": .modelled, "indpred": .modelled,
            ],
            "pg_sequence": [
                "seqrelid": .irrelevant("identity"), "seqtypid": .modelled, "seqstart": .modelled, "seqincrement": .modelled,
                "seqmax": .modelled, "seqmin": .modelled, "seqcache": .modelled, "seqcycle": .modelled,
            ],
            "pg_proc": [
                "oid": .irrelevant("identity"), "proname": .modelled, "pronamespace": .modelled, "proowner": .irrelevant("ownership belongs to the platform"),
                "prolang": .modelled, "procost": .modelled, "prorows": .modelled, "provariadic": .modelled, "prosupport": .warned("function setting"),
                "prokind": .modelled, "prosecdef": .modelled, "proleakproof": .modelled, "proisstrict": .modelled, "proretset": .modelled,
                "provolatile": .modelled, "proparallel": .modelled, "pronargs": .modelled, "pronargdefaults": .modelled, "prorettype": .modelled,
                "proargtypes": .modelled, "proallargtypes": .modelled, "proargmodes": .modelled, "proargnames": .modelled,
                "proargdefaults": .modelled, "protrftypes": .warned("function setting"), "prosrc": .modelled, "probin": .warned("function setting"),
                "prosqlbody": .modelled, "proconfig": .modelled, "proacl": .warned("function setting"),
            ],
            "pg_trigger": [
                "oid": .irrelevant("identity"), "tgrelid": .modelled, "tgparentid": .modelled, "tgname": .modelled, "tgfoid": .modelled,
                "tgtype": .modelled, "tgenabled": .modelled, "tgisinternal": .irrelevant("the triggers of foreign keys, modelled as the keys"),
                "tgconstrrelid": .warned("constraint trigger"), "tgconstrindid": .warned("constraint trigger"), "tgconstraint": .warned("constraint trigger"),
                "tgdeferrable": .warned("constraint trigger"), "tginitdeferred": .warned("constraint trigger"), "tgnargs": .modelled,
                "tgattr": .modelled, "tgargs": .modelled, "tgqual": .modelled, "tgoldtable": .modelled, "tgnewtable": .modelled,
            ],
            "pg_policy": [
                "oid": .irrelevant("identity"), "polname": .modelled, "polrelid": .modelled, "polcmd": .modelled, "polpermissive": .modelled,
                "polroles": .modelled, "polqual": .modelled, "polwithcheck": .modelled,
            ],
            "pg_enum": ["oid": .irrelevant("identity"), "enumtypid": .modelled, "enumsortorder": .modelled, "enumlabel": .modelled],
            "pg_extension": [
                "oid": .irrelevant("identity"), "extname": .modelled, "extowner": .irrelevant("ownership belongs to the platform"),
                "extnamespace": .modelled, "extrelocatable": .irrelevant("a property of the extension's version"),
                "extversion": .modelled, "extconfig": .irrelevant("the extension's own tables"),
                "extcondition": .irrelevant("the extension's own tables"),
            ],
        ]

        @Test func everyCatalogColumnIsAccountedFor() throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { database in
                for (catalog, treatments) in Self.catalogs {
                    let columns = try database.value("""
                        SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute
                        WHERE attrelid = '\(catalog)'::regclass AND attnum > 0 AND NOT attisdropped
                        """).split(separator: ",").map(String.init)
                    #expect(Set(columns) == Set(treatments.keys), "\(catalog): new \(Set(columns).subtracting(treatments.keys).sorted()), gone \(Set(treatments.keys).subtracting(columns).sorted())")
                }
            }
        }

        /// Two databases that differ only in a setting the model does not carry: `diff` must
        /// name it, in either direction, and a plan of nothing must never pass for equality.
        static let settings: [(name: String, base: String, altered: String, warning: String)] = [
            ("column statistics", "CREATE TABLE t (id int PRIMARY KEY, a int);", "ALTER TABLE t ALTER COLUMN a SET STATISTICS 500;", "column setting public.t.a STATISTICS 500"),
            ("column n_distinct", "CREATE TABLE t (id int PRIMARY KEY, a int);", "ALTER TABLE t ALTER COLUMN a SET (n_distinct = 100);", "column setting public.t.a WITH (n_distinct=100)"),
            ("expression key collation", "CREATE TABLE t (id int PRIMARY KEY, a text); CREATE INDEX t_a_idx ON t (lower(a));",
             "DROP INDEX t_a_idx; CREATE INDEX t_a_idx ON t (lower(a) COLLATE \"POSIX\");", "index setting public.t_a_idx expression key collation"),
            ("CLUSTER", "CREATE TABLE t (id int PRIMARY KEY);", "CLUSTER t USING t_pkey;", "index setting public.t_pkey CLUSTER"),
            ("replica identity", "CREATE TABLE t (id int PRIMARY KEY);", "ALTER TABLE t REPLICA IDENTITY FULL;", "table setting public.t REPLICA IDENTITY FULL"),
            ("view privileges", "CREATE TABLE t (id int PRIMARY KEY); CREATE VIEW v AS SELECT id FROM t;", "GRANT SELECT ON v TO PUBLIC;", "view setting public.v GRANT"),
            ("sequence privileges", "CREATE SEQUENCE s;", "GRANT USAGE ON SEQUENCE s TO PUBLIC;", "sequence setting public.s GRANT"),
            ("function privileges", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';", "REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;", "function setting public.f() GRANT"),
            ("privileges", "CREATE TABLE t (id int PRIMARY KEY);", "GRANT SELECT ON t TO PUBLIC;", "table setting public.t GRANT"),
            ("unlogged", "CREATE TABLE t (id int PRIMARY KEY);", "ALTER TABLE t SET UNLOGGED;", "unlogged table public.t"),
            ("index comment", "CREATE TABLE t (id int PRIMARY KEY);", "COMMENT ON INDEX t_pkey IS 'the key';", "comment on index public.t_pkey: the key"),
            ("partition's own index", "CREATE TABLE t (id int, at date) PARTITION BY RANGE (at); CREATE TABLE t_2024 PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
             "CREATE INDEX t_2024_id_idx ON t_2024 (id);", "partition setting public.t_2024 indexes CREATE INDEX t_2024_id_idx"),
            ("partition's own default", "CREATE TABLE t (id int, at date) PARTITION BY RANGE (at); CREATE TABLE t_2024 PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
             "ALTER TABLE t_2024 ALTER COLUMN id SET DEFAULT 7;", "partition setting public.t_2024 columns"),
            ("partition's own trigger", "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'; CREATE TABLE t (id int, at date) PARTITION BY RANGE (at); CREATE TABLE t_2024 PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
             "CREATE TRIGGER t_2024_f BEFORE INSERT ON t_2024 FOR EACH ROW EXECUTE FUNCTION f();", "partition setting public.t_2024 triggers"),
            ("index copy named otherwise", "CREATE TABLE t (id int, at date) PARTITION BY RANGE (at); CREATE INDEX t_id_idx ON t (id); CREATE TABLE t_2024 PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
             "ALTER INDEX t_2024_id_idx RENAME TO t_2024_by_id;", "partition setting public.t_2024 index t_2024_by_id of t_id_idx"),
            ("partition of a partition", "CREATE TABLE t (id int, at date) PARTITION BY RANGE (at); CREATE TABLE t_2024 PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
             "ALTER TABLE t DETACH PARTITION t_2024; DROP TABLE t_2024; CREATE TABLE t_2024 PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (id);", "partition setting public.t_2024 PARTITION BY HASH (id)"),
        ]

        @Test(arguments: settings.map(\.name))
        func aDifferenceInASettingIsNamed(_ name: String) throws {
            let setting = try #require(Self.settings.first { $0.name == name })
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { plain in
                try cluster.withDatabase { altered in
                    try plain.execute(setting.base)
                    try altered.execute(setting.base + "\n" + setting.altered)
                    for (from, to) in [(plain, altered), (altered, plain)] {
                        let diff = try from.schemagen(["diff", "--from", from.url, "--to", to.url, "--format", "json"])
                        #expect(diff.status != 1, "\(diff.error)")
                        let report = try JSONSerialization.jsonObject(with: Data(diff.output.utf8)) as? [String: Any]
                        let warnings = (report?["warnings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
                        #expect(warnings.contains { $0.contains(setting.warning) }, "\(name): \(warnings)")
                    }
                    // The same setting on both sides is no difference.
                    let same = try altered.schemagen(["diff", "--from", altered.url, "--to", altered.url, "--format", "json"])
                    let report = try JSONSerialization.jsonObject(with: Data(same.output.utf8)) as? [String: Any]
                    #expect((report?["warnings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }.allSatisfy { !$0.contains(setting.warning) }, "\(name)")
                }
            }
        }
    }
}
