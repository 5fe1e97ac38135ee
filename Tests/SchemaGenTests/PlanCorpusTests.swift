import Foundation
import SchemaGen
import Testing

extension PostgresSuite {
    /// The plan corpus (`__Corpus__/*.sql`): for each case, both databases are built on the
    /// test server, the plan between their catalogs is applied to the first, which must then
    /// equal the second (names included) and plan nothing more; the hazard kinds must be those
    /// written in the case. The same in online mode, whose migration file squawk must find free
    /// of its lock rules.
    @Suite struct PlanCorpusTests {
        @Test func corpusIsLargeAndCoversEveryChange() {
            let cases = CorpusCase.all()
            #expect(cases.count >= 400)
            #expect(Set(cases.map(\.name)).count == cases.count, "case names are unique")
        }

        @Test(arguments: CorpusCase.all())
        func planReachesTheTarget(_ corpusCase: CorpusCase) throws {
            let cluster = try #require(PostgresCluster.current)
            try cluster.withDatabase { target in
                try target.execute(corpusCase.new)
                let wanted = try target.introspect()
                let dump = try target.schemaDump()
                for online in [false, true] {
                    try cluster.withDatabase { database in
                        try database.execute(corpusCase.old)
                        try checkPlan(corpusCase, online: online, from: database, to: wanted, dump: dump)
                    }
                }
            }
        }

        private func checkPlan(_ corpusCase: CorpusCase, online: Bool, from database: Database, to wanted: SchemaDefinition, dump: [String]) throws {
            let mode = online ? "online" : "normal"
            let options = PlanOptions(online: online ? PlanOptions.OnlineTimeouts() : nil)
            let plan = Planner(options: options).plan(Differ(from: try database.introspect(), to: wanted, renames: corpusCase.renames).diff())
            let migration = Migration(version: 2, name: "corpus", steps: plan.steps)
            let kinds = Set(plan.steps.flatMap(\.statementHazards).map(\.hazard.kind.rawValue))
            #expect(kinds == (online ? corpusCase.onlineHazards : corpusCase.hazards), "\(mode) hazards\n\(migration.render(schema: "corpus"))")
            let files = try database.tableFiles()
            do {
                try database.apply(migration)
            } catch {
                Issue.record("\(mode) plan failed: \(error)\n\(migration.render(schema: "corpus"))")
                return
            }
            // A rewrite gives the table a new file: the hazard is checked against what happened.
            let rewritten = try database.tableFiles().filter { table, file in files[table].map { $0 != file } ?? false }
            #expect(rewritten.isEmpty != kinds.contains(HazardKind.tableRewrite.rawValue) || corpusCase.rewriteMayBeSkipped && rewritten.isEmpty,
                    "\(mode): tables rewritten: \(rewritten.keys.sorted())")
            let reached = try database.introspect()
            let differences = SchemaComparison(expected: wanted, actual: reached, labels: ("wanted", "after the plan")).differences
            #expect(differences.isEmpty, "\(mode): \(differences)\n\(migration.render(schema: "corpus"))")
            let again = Differ(from: reached, to: wanted).diff()
            #expect(again.isEmpty, "\(mode) re-plan: \(again.changes)")
            // The third proof: pg_dump --schema-only of both databases, column order aside.
            let reachedDump = try database.schemaDump()
            let missing = dump.filter { !reachedDump.contains($0) }, extra = reachedDump.filter { !dump.contains($0) }
            #expect(missing.isEmpty && extra.isEmpty, "\(mode) pg_dump differs:\n\(missing.map { "- " + $0 }.joined(separator: "\n"))\n\(extra.map { "+ " + $0 }.joined(separator: "\n"))")
            if online { try expectNoSquawkLockRules(migration, hazards: kinds, partitioned: (corpusCase.old + corpusCase.new).contains("PARTITION BY")) }
        }

        /// squawk's rules about locks and timeouts. Its rule against a volatile default only
        /// where the plan reports a rewrite itself, the one against type changes (which it
        /// reports for every `ALTER COLUMN ... TYPE`, since there is no other way to change a
        /// type) only where the plan changes a type, and the one asking for NOT VALID only where
        /// no exclusion constraint is added.
        private static let lockRules: Set<String> = [
            "require-concurrent-index-creation", "require-concurrent-index-deletion", "constraint-missing-not-valid",
            "adding-foreign-key-constraint", "disallowed-unique-constraint", "adding-not-nullable-field",
            "adding-serial-primary-key-field", "require-lock-timeout", "require-statement-timeout",
        ]

        private func expectNoSquawkLockRules(_ migration: Migration, hazards: Set<String>, partitioned: Bool) throws {
            let text = migration.render(schema: "corpus")
            let reported = try Squawk.rules(in: text)
            var forbidden = Self.lockRules
            if !hazards.contains(HazardKind.tableRewrite.rawValue) { forbidden.insert("adding-field-with-default") }
            if !text.contains(" TYPE ") { forbidden.insert("changing-column-type") }
            // PostgreSQL can add an exclusion constraint neither NOT VALID nor USING INDEX: its
            // hazards say so, and squawk's rule against it stands only where there is none.
            if text.contains(" EXCLUDE USING ") { forbidden.remove("constraint-missing-not-valid") }
            // Nor can it build or drop a partitioned table's index CONCURRENTLY, add its key
            // USING INDEX or its foreign key NOT VALID: those statements carry their hazards instead.
            if partitioned {
                forbidden.subtract([
                    "require-concurrent-index-creation", "require-concurrent-index-deletion", "disallowed-unique-constraint",
                    "adding-serial-primary-key-field", "constraint-missing-not-valid", "adding-foreign-key-constraint",
                ])
            }
            #expect(reported.intersection(forbidden).isEmpty, "squawk: \(reported.intersection(forbidden).sorted())\n\(migration.render(schema: "corpus"))")
        }
    }
}

extension Database {
    /// Each table's file node by table OID: a rewrite changes it, a rename does not.
    func tableFiles() throws -> [String: String] {
        let text = try session.text("""
            SELECT coalesce(string_agg(c.oid || '=' || c.relfilenode, ','), '') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
            """)
        return Dictionary(uniqueKeysWithValues: text.split(separator: ",").map { pair in
            let parts = pair.split(separator: "=")
            return (String(parts[0]), String(parts[1]))
        })
    }
}
