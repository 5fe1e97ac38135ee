import Foundation
import ReferenceSchemas
import SchemaGen
import Testing

/// saas_starter evolving in ten realistic steps; `step` 0 is the schema as declared in Schemas/.
enum EvolvingSaasStarter {
    static let steps = [
        "add a column with a default", "rename a column", "turn a text column into an enum", "add an enum value",
        "add a junction table", "change an ON DELETE rule", "add a partial unique index concurrently",
        "drop a column with explicit permission", "rename a table", "make a column NOT NULL",
    ]

    static func schema(step: Int) -> Schema {
        let invitationStatus = step >= 4
            ? Enum("invitation_status", "pending", "accepted", "expired", "declined")
            : Enum("invitation_status", "pending", "accepted", "declined")
        let users = Table("users") {
            Column("id", .serial).primaryKey()
            if step >= 10 {
                Column("name", .varchar(100)).notNull().default("")
            } else {
                Column("name", .varchar(100))
            }
            Column("email", .varchar(255)).notNull().unique()
            Column("password_hash", .text).notNull().comment("Hashed password for authentication.")
            Column("role", .varchar(20)).notNull().default("member")
            Column("created_at", .timestamp).notNull().defaultNow()
            Column("updated_at", .timestamp).notNull().defaultNow()
            if step < 8 {
                Column("deleted_at", .timestamp).comment("Soft delete timestamp. Null while the account is active.")
            }
            if step >= 1 {
                Column("nickname", .varchar(50)).notNull().default("")
            }
        }
        let teams = Table("teams") {
            Column("id", .serial).primaryKey()
            Column("name", .varchar(100)).notNull()
            Column("created_at", .timestamp).notNull().defaultNow()
            Column("updated_at", .timestamp).notNull().defaultNow()
            Column("stripe_customer_id", .text).unique()
            Column("stripe_subscription_id", .text).unique()
            Column("stripe_product_id", .text)
            if step >= 2 {
                Column("plan", .varchar(50)).renamed(from: "plan_name")
            } else {
                Column("plan_name", .varchar(50))
            }
            Column("subscription_status", .varchar(20)).comment("Stripe status: active, canceled, past_due, ...")
        }
        let tags = Table("tags") {
            Column("id", .serial).primaryKey()
            Column("label", .text).notNull().unique()
        }
        return Schema("saas_starter") {
            users
            teams
            Table("team_members", junction: true, comment: "Links users to teams with their role in the team.") {
                Column("id", .serial).primaryKey()
                Column("user_id", .integer).notNull().references(users.id, onDelete: step >= 6 ? .cascade : .noAction)
                Column("team_id", .integer).notNull().references(teams.id)
                Column("role", .varchar(50)).notNull()
                Column("joined_at", .timestamp).notNull().defaultNow()
            }
            Table(step >= 9 ? "audit_logs" : "activity_logs", renamedFrom: step >= 9 ? "activity_logs" : nil, comment: "Audit log of user and team activity.") {
                Column("id", .serial).primaryKey()
                Column("team_id", .integer).notNull().references(teams.id)
                Column("user_id", .integer).references(users.id).comment("Null for system actions.")
                Column("action", .text).notNull().comment("One of ActivityType: SIGN_UP, SIGN_IN, SIGN_OUT, ...")
                Column("timestamp", .timestamp).notNull().defaultNow()
                Column("ip_address", .varchar(45)).comment("IPv4 or IPv6 address the action came from.")
            }
            Table("invitations") {
                Column("id", .serial).primaryKey()
                Column("team_id", .integer).notNull().references(teams.id)
                Column("email", .varchar(255)).notNull()
                Column("role", .varchar(50)).notNull()
                Column("invited_by", .integer).notNull().references(users.id, relation: "invitedBy", inverse: "invitationsSent")
                Column("invited_at", .timestamp).notNull().defaultNow()
                if step >= 3 {
                    Column("status", .enum(invitationStatus)).notNull().default("pending")
                } else {
                    Column("status", .varchar(20)).notNull().default("pending")
                }
                if step >= 7 {
                    Index("invitations_pending_email_idx", on: "team_id", "email").unique().where("status = 'pending'")
                }
            }
            if step >= 3 { invitationStatus }
            if step >= 5 {
                tags
                Table("team_tags", comment: "Junction: the tags of a team.") {
                    Column("team_id", .integer).notNull().references(teams.id, onDelete: .cascade)
                    Column("tag_id", .integer).notNull().references(tags.id, onDelete: .cascade)
                    PrimaryKey("team_id", "tag_id")
                    Index(on: "tag_id")
                }
            }
            if step >= 3 { Allow(.narrowType("invitations", "status")) }
            if step >= 8 { Allow(.dropColumn("users", "deleted_at")) }
            if step >= 10 { Allow(.setNotNull("users", "name")) }
        }
    }
}

/// Step 0 is the reference declaration itself, not a look-alike.
@Test func evolutionStartsFromTheReferenceSchema() {
    let renderer = DDLRenderer()
    #expect(renderer.render(EvolvingSaasStarter.schema(step: 0).resolve().definition) == renderer.render(SaasStarter.schema.resolve().definition))
}

extension PostgresSuite {
    @Suite struct EvolutionTests {
        /// Each step's migration is written by the generator into a growing folder, compared with
        /// its snapshot, and applied in sequence to one database that holds rows throughout.
        @Test func saasStarterEvolvesInTenSteps() throws {
            let cluster = try #require(PostgresCluster.current)
            var files: [String: String] = [:]
            var recorded: SchemaDefinition?
            var catalogs: [SchemaDefinition] = []
            var migrations: [Migration] = []
            try cluster.withDatabase { database in
                for step in 0...10 {
                    let resolved = EvolvingSaasStarter.schema(step: step).resolve()
                    let options = MigrationGenerator.Options(plan: PlanOptions(concurrentIndexes: step == 7))
                    let directory = MigrationDirectory(files: files, sum: files.isEmpty ? nil : MigrationDirectory.renderSum(files))
                    let output = try MigrationGenerator(resolved: resolved, recorded: recorded.map { SchemaSnapshot(schema: $0) }, directory: directory, options: options).generate()
                    let migration = try #require(output.migration, "step \(step) wrote no migration")
                    #expect(migration.version == step + 1)
                    for file in output.files where file.path.contains("/migrations/0") {
                        files[String(file.path.split(separator: "/").last!)] = file.contents
                    }
                    let text = [files[migration.upFileName]!, files[migration.downFileName]!].joined(separator: "\n")
                    try assertSnapshot(text, named: "Evolution/\(migration.identifier).sql")
                    try database.apply(migration)
                    recorded = resolved.definition
                    if step == 0 {
                        try database.execute("""
                            INSERT INTO users (name, email, password_hash) VALUES ('Ada', 'ada@example.com', 'x');
                            INSERT INTO teams (name, plan_name) VALUES ('Core', 'pro');
                            INSERT INTO team_members (user_id, team_id, role) VALUES (1, 1, 'owner');
                            INSERT INTO invitations (team_id, email, role, invited_by) VALUES (1, 'bob@example.com', 'member', 1);
                            INSERT INTO activity_logs (team_id, user_id, action) VALUES (1, 1, 'SIGN_UP');
                            """)
                    }
                    let expected = try cluster.withDatabase { try $0.apply(resolved.definition) }
                    let differences = CatalogComparison.differences(expected: expected, actual: try database.introspect(as: "saas_starter"))
                    #expect(differences.isEmpty, "step \(step): \(differences.joined(separator: "\n"))")
                    catalogs.append(expected)
                    migrations.append(try Migration.parse(files[migration.downFileName]!, fileName: migration.downFileName))
                }
                let row = try database.value("""
                    SELECT concat_ws('|', u.name, u.email, u.nickname, t.plan, i.status, a.action, (SELECT count(*) FROM team_members))
                    FROM users u, teams t, invitations i, audit_logs a
                    """)
                #expect(row == "Ada|ada@example.com||pro|pending|SIGN_UP|1")

                // Back down, one migration at a time, to the state of each earlier step.
                for step in stride(from: 10, through: 1, by: -1) {
                    try database.apply(migrations[step])
                    let differences = CatalogComparison.differences(expected: catalogs[step - 1], actual: try database.introspect(as: "saas_starter"))
                    #expect(differences.isEmpty, "down to step \(step - 1): \(differences.joined(separator: "\n"))")
                }
                #expect(try database.value("SELECT concat_ws('|', u.name, u.email, t.plan_name) FROM users u, teams t") == "Ada|ada@example.com|pro")
            }
            #expect(MigrationDirectory(files: files, sum: MigrationDirectory.renderSum(files)).integrityProblems(of: "saas_starter").isEmpty)
            #expect(files.count == 22)
        }
    }
}
