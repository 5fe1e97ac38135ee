import ConcordiaModels
import Foundation
import ReferenceSchemas
import SaasStarterModels
import SchemaGen
import SchemaGenPostgres
import SchemaGenRuntime
import Testing

extension PostgresSuite {
    /// Filters, orderings, pages, batches, upserts, relation loading and transactions of
    /// `RowBridge`, on the generated types of the reference systems and a real PostgreSQL.
    @Suite struct TypedQueryTests {
        typealias User = SaasStarterModels.User
        typealias Team = SaasStarterModels.Team
        typealias TeamMember = SaasStarterModels.TeamMember

        /// Runs `body` on a database holding the saas_starter schema.
        static func withSaasStarter(_ body: (RowBridge, Database) async throws -> Void) async throws {
            let cluster = try #require(PostgresCluster.current)
            try await cluster.withDatabase { database in
                _ = try database.apply(SaasStarter.schema.resolve().definition)
                try await database.withConnection { try await body(RowBridge(connection: $0), database) }
            }
        }

        /// Five users: ada, grace, linus (deleted), a hostile name, and one without a name.
        static func users(_ rows: RowBridge) async throws -> [User] {
            try await rows.insert([
                User.Draft(name: "Ada", email: "ada@example.com", passwordHash: "x", role: "admin"),
                User.Draft(name: "Grace", email: "grace@example.com", passwordHash: "x"),
                User.Draft(name: "Linus", email: "linus@example.com", passwordHash: "x", deletedAt: Date(timeIntervalSince1970: 1_700_000_000)),
                User.Draft(name: "Robert'); DROP TABLE users;--", email: "bobby@example.com", passwordHash: "x"),
                User.Draft(email: "nameless@example.com", passwordHash: "x"),
            ])
        }

        @Test func filtersOrderingsAndPagesBindEveryValue() async throws {
            try await Self.withSaasStarter { rows, database in
                let users = try await Self.users(rows)
                #expect(users.map(\.id) == [1, 2, 3, 4, 5], "returned in the order given")
                #expect(users.map(\.role) == ["admin", "member", "member", "member", "member"], "a nil property takes the default")
                func names(_ filter: Filter<User>, _ order: [Ordering<User>] = [User.Columns.id.ascending], limit: Int? = nil, offset: Int? = nil) async throws -> [String?] {
                    try await rows.select(User.self, where: filter, orderBy: order, limit: limit, offset: offset).map(\.name)
                }
                #expect(try await names(User.Columns.role == "admin") == ["Ada"])
                #expect(try await names(User.Columns.deletedAt == nil && User.Columns.role != "admin") == ["Grace", "Robert'); DROP TABLE users;--", nil])
                #expect(try await names(User.Columns.deletedAt != nil) == ["Linus"])
                #expect(try await names(User.Columns.name == nil) == [nil])
                #expect(try await names(User.Columns.name == "Robert'); DROP TABLE users;--") == ["Robert'); DROP TABLE users;--"], "a hostile value is bound, never spliced")
                #expect(try await names(User.Columns.email.in(["grace@example.com", "ada@example.com", "nobody@example.com"])) == ["Ada", "Grace"])
                #expect(try await names(User.Columns.email.in([String]())) == [])
                #expect(try await names(User.Columns.name.like("%a%")) == ["Ada", "Grace"])
                #expect(try await names(User.Columns.name.ilike("a%")) == ["Ada"])
                #expect(try await names(User.Columns.id > 2 && User.Columns.id <= 4) == ["Linus", "Robert'); DROP TABLE users;--"])
                #expect(try await names(User.Columns.deletedAt < Date(timeIntervalSince1970: 1_800_000_000)) == ["Linus"])
                #expect(try await names(!(User.Columns.id >= 2) || User.Columns.email == "nameless@example.com") == ["Ada", nil])
                #expect(try await names(.all, [User.Columns.name.descending]) == [nil, "Robert'); DROP TABLE users;--", "Linus", "Grace", "Ada"], "NULLs first when descending")
                #expect(try await names(.all, limit: 2, offset: 1) == ["Grace", "Linus"])
                #expect(try await rows.find(User.self, id: 2)?.email == "grace@example.com")
                #expect(try await rows.find(User.self, id: 99) == nil)
                #expect(try database.value("SELECT count(*) FROM users") == "5")
            }
        }

        @Test func updatesAndDeletesByKeyAndByFilter() async throws {
            try await Self.withSaasStarter { rows, _ in
                let users = try await Self.users(rows)
                let renamed = try await rows.update(User.self, id: users[0].id, User.Changes { $0.name = nil; $0.role = "owner" })
                #expect(renamed?.name == nil && renamed?.role == "owner" && renamed?.email == "ada@example.com")
                #expect(try await rows.update(User.self, id: 99, User.Changes { $0.role = "x" }) == nil)
                let stamped = try await rows.update(User.self, where: User.Columns.deletedAt == nil && User.Columns.id > 1, User.Changes { $0.deletedAt = Date(timeIntervalSince1970: 0) })
                #expect(stamped.map(\.id).sorted() == [2, 4, 5])
                #expect(stamped.allSatisfy { $0.deletedAt == Date(timeIntervalSince1970: 0) })
                let unchanged = try await rows.update(User.self, where: User.Columns.id == 2, User.Changes())
                #expect(unchanged == [stamped.first { $0.id == 2 }!], "a change that sets nothing writes nothing")
                let deleted = try await rows.delete(User.self, id: 3)
                #expect(deleted?.name == "Linus")
                #expect(try await rows.delete(User.self, id: 3) == nil)
                let purged = try await rows.delete(User.self, where: User.Columns.deletedAt == Date(timeIntervalSince1970: 0))
                #expect(purged.count == 3)
                #expect(try await rows.select(User.self).map(\.id) == [1])
            }
        }

        @Test func batchesAndUpserts() async throws {
            try await Self.withSaasStarter { rows, database in
                // Drafts that set different columns share a statement, in order: a column one
                // leaves nil is DEFAULT in its row, or NULL when it has no default.
                let drafts = (0..<2_500).map { index in
                    index % 3 == 0 ? Team.Draft(name: "team \(index)", planName: "pro") : Team.Draft(name: "team \(index)")
                }
                let teams = try await rows.insert(drafts, batchSize: 1_000)
                #expect(teams.map(\.name) == drafts.map(\.name))
                #expect(teams.map(\.planName) == drafts.map(\.planName))
                #expect(try database.value("SELECT count(*) FROM teams") == "2500")
                #expect(try await rows.insert([Team.Draft]()).isEmpty)
                #expect(try await rows.bulkInsert([Team.Draft]()) == 0)
                #expect(try await rows.bulkInsert([User.Draft(email: "a@example.com", passwordHash: "x", role: "admin"),
                                                   User.Draft(email: "b@example.com", passwordHash: "x")]) == 2)
                #expect(try database.value("SELECT string_agg(role, ',' ORDER BY email) FROM users") == "admin,member", "DEFAULT in the second row")
                try await rows.delete(User.self, where: .all)

                let ada = try await rows.insert(User.Draft(name: "Ada", email: "ada@example.com", passwordHash: "x"))
                let again = try await rows.upsert(User.Draft(name: "Ada Lovelace", email: "ada@example.com", passwordHash: "y"), onConflict: [User.Columns.email])
                #expect(again.id == ada.id && again.name == "Ada Lovelace" && again.passwordHash == "y")
                let fresh = try await rows.upsert(User.Draft(name: "Grace", email: "grace@example.com", passwordHash: "z"), onConflict: [User.Columns.email])
                #expect(fresh.id != ada.id && fresh.name == "Grace")
                await #expect(throws: RowBridgeError.self) {
                    _ = try await rows.upsert(User.Draft(name: "x", email: "x@example.com", passwordHash: "x"), onConflict: [User.Columns.name])
                }
                #expect(try database.value("SELECT count(*) FROM users") == "2")
            }
        }

        @Test func relationsLoadInOneQueryEach() async throws {
            try await Self.withSaasStarter { rows, _ in
                let users = try await Self.users(rows)
                let teams = try await rows.insert([Team.Draft(name: "Core"), Team.Draft(name: "Docs"), Team.Draft(name: "Empty")])
                _ = try await rows.insert([
                    TeamMember.Draft(userId: users[0].id, teamId: teams[1].id, role: "owner"),
                    TeamMember.Draft(userId: users[0].id, teamId: teams[0].id, role: "owner"),
                    TeamMember.Draft(userId: users[1].id, teamId: teams[0].id, role: "member"),
                ])
                let byUser = try await rows.load(User.Relations.teams, for: users)
                #expect(byUser.map { $0.map(\.name) } == [["Core", "Docs"], ["Core"], [], [], []], "many-to-many, in the order of the sources and the targets' keys")
                let byTeam = try await rows.load(Team.Relations.users, for: teams)
                #expect(byTeam.map { $0.map(\.name) } == [["Ada", "Grace"], ["Ada"], []])
                let memberships = try await rows.load(User.Relations.teamMembers, for: [users[1], users[0], users[1]])
                #expect(memberships.map { $0.map(\.teamId) } == [[1], [2, 1], [1]], "one-to-many; a source given twice is served twice")
                let members = try await rows.select(TeamMember.self, orderBy: [TeamMember.Columns.id.ascending])
                let owners = try await rows.load(TeamMember.Relations.user, for: members)
                #expect(owners.map { $0.map(\.email) } == [["ada@example.com"], ["ada@example.com"], ["grace@example.com"]], "many-to-one")
                #expect(try await rows.load(User.Relations.teams, for: []).isEmpty)
            }
        }

        /// A self-reference and a reference no foreign key enforces load like any other.
        @Test func selfReferencesAndUnenforcedReferencesLoad() async throws {
            let cluster = try #require(PostgresCluster.current)
            try await cluster.withDatabase { database in
                _ = try database.apply(Concordia.schema.resolve().definition)
                try await database.withConnection { connection in
                    let rows = RowBridge(connection: connection)
                    _ = try await rows.insert(ConcordiaModels.BlogPost.Draft(id: "p1", slug: "post"))
                    _ = try await rows.insert([
                        ConcordiaModels.BlogComment.Draft(id: "c1", postId: "p1", authorName: "A", content: "first"),
                        ConcordiaModels.BlogComment.Draft(id: "c2", postId: "p1", parentId: "c1", authorName: "B", content: "reply"),
                        ConcordiaModels.BlogComment.Draft(id: "c3", postId: "p1", parentId: "c1", authorName: "C", content: "another"),
                    ])
                    _ = try await rows.insert(ConcordiaModels.User.Draft(id: "u1", name: "Ada", email: "ada@example.com"))
                    let comments = try await rows.select(ConcordiaModels.BlogComment.self, orderBy: [ConcordiaModels.BlogComment.Columns.id.ascending])
                    let replies = try await rows.load(ConcordiaModels.BlogComment.Relations.replies, for: comments)
                    #expect(replies.map { $0.map(\.id) } == [["c2", "c3"], [], []])
                    let parents = try await rows.load(ConcordiaModels.BlogComment.Relations.parent, for: comments)
                    #expect(parents.map { $0.map(\.id) } == [[], ["c1"], ["c1"]])

                    _ = try await rows.insert(ConcordiaModels.ServicesListing.Draft(id: "s1", slug: "cut"))
                    let start = Date(timeIntervalSince1970: 1_700_000_000)
                    let bookings = try await rows.insert([
                        ConcordiaModels.ServicesBooking.Draft(id: "b1", serviceId: "s1", customerId: "u1", startsAt: start, endsAt: start + 3600),
                        ConcordiaModels.ServicesBooking.Draft(id: "b2", serviceId: "s1", customerId: "gone", startsAt: start, endsAt: start + 3600),
                    ])
                    let customers = try await rows.load(ConcordiaModels.ServicesBooking.Relations.customer, for: bookings)
                    #expect(customers.map { $0.map(\.name) } == [["Ada"], []], "a reference nobody enforces may point nowhere")
                }
            }
        }

        /// A row of a table whose every column has a default, written as the generator writes it.
        struct Counter: TableRow, Identifiable {
            static let table = TableName(schema: "public", name: "counters")
            static let columnNames = ["id", "hits"]
            static let primaryKey = ["id"]
            static let uniqueKeys = [["id"]]
            static let defaultedColumns = ["id", "hits"]
            var id: Int64
            var hits: Int32

            struct Draft: TableDraft {
                typealias Row = Counter
                var hits: Int32?
            }

            struct Changes: TableChanges {
                typealias Row = Counter
                var hits: Int32?
                init() {}
                init(hits: Int32) { self.hits = hits }
            }
        }

        /// Drafts that set nothing insert rows of defaults only.
        @Test func draftsOfDefaultsOnly() async throws {
            try await Self.withSaasStarter { rows, database in
                try database.execute("CREATE TABLE counters (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, hits integer NOT NULL DEFAULT 0)")
                #expect(try await rows.insert(Counter.Draft()).id == 1)
                let counters = try await rows.insert([Counter.Draft(), Counter.Draft(), Counter.Draft(hits: 5), Counter.Draft()])
                #expect(counters.map(\.id) == [2, 3, 4, 5] && counters.map(\.hits) == [0, 0, 5, 0])
                #expect(try await rows.upsert(Counter.Draft(), onConflict: [TableColumn<Counter, Int64>("id")]).id == 6)
                #expect(try await rows.update(Counter.self, id: 4, Counter.Changes(hits: 7))?.hits == 7)
            }
        }

        @Test func transactionsCommitRollBackAndNestAsSavepoints() async throws {
            try await Self.withSaasStarter { rows, database in
                let team = try await rows.transaction { rows in try await rows.insert(Team.Draft(name: "Committed")) }
                #expect(team.name == "Committed")
                struct Refused: Error {}
                await #expect(throws: Refused.self) {
                    try await rows.transaction { rows in
                        _ = try await rows.insert(Team.Draft(name: "Rolled back"))
                        throw Refused()
                    }
                }
                try await rows.transaction { rows in
                    _ = try await rows.insert(Team.Draft(name: "Outer"))
                    await #expect(throws: Refused.self) {
                        try await rows.transaction { rows in
                            _ = try await rows.insert(Team.Draft(name: "Inner"))
                            throw Refused()
                        }
                    }
                    // A failed statement inside a savepoint leaves the outer transaction usable.
                    await #expect(throws: DatabaseError.self) {
                        try await rows.transaction { rows in _ = try await rows.insert(TeamMember.Draft(userId: 99, teamId: 99, role: "x")) }
                    }
                    _ = try await rows.insert(Team.Draft(name: "After"))
                }
                #expect(try database.value("SELECT string_agg(name, ',' ORDER BY id) FROM teams") == "Committed,Outer,After")
            }
        }

        /// The README's service example, as written there.
        @Test func readmeServiceExample() async throws {
            try await Self.withSaasStarter { rows, _ in
                let hash = "x"
                // README: service example
                let ada = try await rows.insert(User.Draft(email: "ada@example.com", passwordHash: hash))
                let team = try await rows.insert(Team.Draft(name: "Core"))
                _ = try await rows.insert(TeamMember.Draft(userId: ada.id, teamId: team.id, role: "owner"))
                let admins = try await rows.select(User.self, where: User.Columns.role == "member" && User.Columns.deletedAt == nil,
                                                   orderBy: [User.Columns.createdAt.descending], limit: 20)
                let renamed = try await rows.update(User.self, id: ada.id, User.Changes { $0.name = "Ada Lovelace" })
                let teams = try await rows.load(User.Relations.teams, for: admins)
                // README: end
                #expect(ada.id == 1 && ada.role == "member" && abs(ada.createdAt.timeIntervalSinceNow) < 3600)
                #expect(admins.map(\.id) == [ada.id])
                #expect(renamed?.name == "Ada Lovelace")
                #expect(teams.map { $0.map(\.name) } == [["Core"]])
            }
            // The README shows these lines: each of its statements is one of them.
            let readme = try String(contentsOf: packageRoot.appending(path: "README.md"), encoding: .utf8)
            let source = try String(contentsOf: packageRoot.appending(path: "Tests/SchemaGenTests/TypedQueryTests.swift"), encoding: .utf8)
            let tested = source.components(separatedBy: "// README: service example")[1].components(separatedBy: "// README: end")[0]
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let shown = try #require(readme.components(separatedBy: "let rows = RowBridge(connection: connection)\n").dropFirst().first)
                .components(separatedBy: "```")[0].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(shown.count == 7)
            for line in shown { #expect(tested.contains(line), "README line not tested: \(line)") }
        }
    }
}
