import ConcordiaModels
import DirectoryTemplateModels
import Foundation
import MultitenantSaasModels
import SaasStarterModels
@testable import SchemaGen
import SchemaGenRuntime
import TanstackBlogModels
import Testing

/// The Swift code generated for the reference systems compiles (it is built as five modules)
/// and behaves as declared.
@Suite struct GeneratedSwiftTests {
    @Test func rowStructsCodeWithTheSQLNamesAndDescribeTheirTable() throws {
        let user = SaasStarterModels.User(
            id: 1, name: nil, email: "ada@example.com", passwordHash: "x", role: "member",
            createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0), deletedAt: nil)
        let json = String(decoding: try JSONEncoder().encode(user), as: UTF8.self)
        #expect(json.contains("\"password_hash\":\"x\"") && json.contains("\"created_at\""))
        #expect(try JSONDecoder().decode(SaasStarterModels.User.self, from: Data(json.utf8)) == user)
        #expect(SaasStarterModels.User.table == TableName(schema: "public", name: "users"))
        #expect(SaasStarterModels.User.table.sql == "\"public\".\"users\"")
        #expect(SaasStarterModels.User.columnNames == ["id", "name", "email", "password_hash", "role", "created_at", "updated_at", "deleted_at"])
        #expect(SaasStarterModels.User.primaryKey == ["id"])
        #expect(SaasStarterModels.User.uniqueKeys == [["id"], ["email"]])
        #expect(SaasStarterModels.SchemaTables.all.count == 5)
    }

    /// `Identifiable` through the key's own `id`, a computed `id` for a key of another name,
    /// and not at all for a composite key.
    @Test func singleColumnKeysMakeRowsIdentifiable() {
        func identifier<Row: Identifiable>(_ row: Row) -> Row.ID { row.id }
        let member = SaasStarterModels.TeamMember(id: 7, userId: 1, teamId: 2, role: "owner", joinedAt: Date())
        #expect(identifier(member) == 7)
        #expect(!(DirectoryTemplateModels.RolePermission.self is any Identifiable.Type), "a composite key is no id")
        #expect(DirectoryTemplateModels.RolePermission.primaryKey == ["role_id", "permission_id"])
    }

    @Test func draftsLeaveDefaultsOutAndFillApplicationDefaults() throws {
        let user = SaasStarterModels.User.Draft(email: "ada@example.com", passwordHash: "x")
        #expect(user.id == nil && user.role == nil && user.createdAt == nil)
        let json = String(decoding: try JSONEncoder().encode(user), as: UTF8.self)
        #expect(!json.contains("\"role\""), "a nil property is left out, so the database default applies")
        let post = TanstackBlogModels.Post.Draft(title: "Hello", body: "...", userId: "u1")
        #expect(post.id.count == 21, "ids are nanoids filled in by the application")
        #expect(post.status == nil)
        let event = MultitenantSaasModels.Event.Draft(name: "signed_up")
        #expect(event.properties == nil)
        #expect(DirectoryTemplateModels.User.Draft().id.count == 36, "Auth.js ids are random UUID strings")
    }

    /// A change encodes exactly the properties set: nil on a nullable column is NULL, and an
    /// application's on-update value is set from the start.
    @Test func changesWriteWhatWasSetAndNilAsNull() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func json(_ changes: some Encodable) throws -> String { String(decoding: try encoder.encode(changes), as: UTF8.self) }
        #expect(try json(SaasStarterModels.User.Changes()) == "{}")
        let renamed = SaasStarterModels.User.Changes { $0.name = "Grace"; $0.deletedAt = nil }
        #expect(try json(renamed) == #"{"deleted_at":null,"name":"Grace"}"#)
        var undone = renamed
        undone.name = nil
        #expect(try json(undone) == #"{"deleted_at":null,"name":null}"#, "name is nullable: nil writes NULL")
        var email = SaasStarterModels.User.Changes { $0.email = "a@b.c" }
        email.email = nil
        #expect(try json(email) == "{}", "email is NOT NULL: nil takes the change back")
        let post = TanstackBlogModels.Post.Changes { $0.title = "New title" }
        #expect(post.title == "New title" && post.updatedAt != nil && post.body == nil)
        #expect(try json(post).contains("\"updated_at\""))
    }

    /// A change decodes as a JSON merge patch: keys present are set, null is NULL, and null
    /// for a NOT NULL column is refused.
    @Test func changesDecodeAsAMergePatch() throws {
        let patch = try JSONDecoder().decode(SaasStarterModels.User.Changes.self, from: Data(#"{"name": null, "role": "admin"}"#.utf8))
        #expect(patch == SaasStarterModels.User.Changes { $0.name = nil; $0.role = "admin" })
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SaasStarterModels.User.Changes.self, from: Data(#"{"email": null}"#.utf8))
        }
    }

    @Test func enumsAreSwiftEnums() {
        #expect(TanstackBlogModels.SystemRole.allCases.map(\.rawValue) == ["user", "admin", "super_admin"])
        #expect(TanstackBlogModels.SystemRole.superAdmin.rawValue == "super_admin")
        #expect(MultitenantSaasModels.TaskStatus.inProgress.rawValue == "in_progress")
    }

    @Test func relationsHaveTypedDescriptors() {
        #expect(SaasStarterModels.User.Relations.teamMembers.kind == .oneToMany)
        #expect(SaasStarterModels.User.Relations.invitationsSent.targetColumns == ["invited_by"])
        #expect(SaasStarterModels.User.Relations.invitationsSent.sourceColumns == ["id"])
        let users: RelationDescriptor<SaasStarterModels.Team, SaasStarterModels.User> = SaasStarterModels.Team.Relations.users
        #expect(users.junction == .init(table: TableName(schema: "public", name: "team_members"), sourceColumns: ["team_id"], targetColumns: ["user_id"]))
        let replies: RelationDescriptor<ConcordiaModels.BlogComment, ConcordiaModels.BlogComment> = ConcordiaModels.BlogComment.Relations.replies
        #expect(replies.kind == .oneToMany)
        #expect(ConcordiaModels.ServicesBooking.Relations.customer.isEnforced == false)
        #expect(DirectoryTemplateModels.SponsorAd.Relations.reviewer.kind == .manyToOne)
        #expect(DirectoryTemplateModels.User.Relations.reviewedSponsorAds.kind == .oneToMany)
    }

    /// Typed columns make filters whose values have the column's Swift type; `== nil` is IS NULL.
    @Test func columnsMakeTypedFilters() {
        typealias User = SaasStarterModels.User
        guard case .and(.compare("email", .equal, let email), .isNull("deleted_at")) = (User.Columns.email == "a@b.c" && User.Columns.deletedAt == nil).condition else {
            Issue.record("not a conjunction of a comparison and IS NULL")
            return
        }
        #expect(email as? String == "a@b.c")
        guard case .compare("created_at", .greater, let date) = (User.Columns.createdAt > Date(timeIntervalSince1970: 0)).condition else {
            Issue.record("not a comparison")
            return
        }
        #expect(date as? Date == Date(timeIntervalSince1970: 0))
        guard case .not(.isNull("name")) = (User.Columns.name != nil).condition else {
            Issue.record("not IS NOT NULL")
            return
        }
        #expect(User.Columns.createdAt.descending == Ordering(column: "created_at", isDescending: true))
    }

    @Test func typeNamesAreSingular() {
        let names = ["users": "User", "team_members": "TeamMember", "activityLogs": "ActivityLog", "categories": "Category",
                     "subscriptionHistory": "SubscriptionHistory", "seed_status": "SeedStatus", "companies": "Company",
                     "blog_media": "BlogMedia", "services_availability": "ServicesAvailability", "addresses": "Address",
                     "warehouses": "Warehouse", "houses": "House", "clauses": "Clause", "causes": "Cause", "statuses": "Status",
                     "buses": "Bus", "aliases": "Alias", "movies": "Movie", "people": "Person", "sales_people": "SalesPerson",
                     "archives": "Archive", "indices": "Index", "boxes": "Box", "matches": "Match", "caches": "Cache",
                     "responses": "Response", "series": "Series", "news": "News"]
        for (table, type) in names { #expect(SwiftNaming.typeName(ofTable: table) == type, "\(table)") }
        #expect(SwiftNaming.memberName("default") == "`default`")
        #expect(SwiftNaming.memberName("it's complicated") == "itSComplicated")
    }

    /// The documented mapping from PostgreSQL types to Swift types.
    @Test func typeMapping() {
        let expected: [(DataType, String)] = [
            (.smallint, "Int16"), (.smallserial, "Int16"), (.integer, "Int32"), (.serial, "Int32"), (.bigint, "Int64"),
            (.bigserial, "Int64"), (.numeric(precision: 10, scale: 2), "Decimal"), (.real, "Float"), (.doublePrecision, "Double"),
            (.boolean, "Bool"), (.text, "String"), (.varchar(10), "String"), (.char(2), "String"), (.uuid, "UUID"),
            (.date, "Date"), (.time, "String"), (.timestamp, "Date"), (.timestamptz, "Date"), (.interval, "String"),
            (.json, "JSONValue"), (.jsonb, "JSONValue"), (.bytea, "Data"), (.inet, "String"), (.cidr, "String"),
            (.macaddr, "String"), (.array(.text), "[String]"), (.array(.array(.integer)), "[[Int32]]"),
            (.enumeration(QualifiedName("system_role")), "SystemRole"), (.custom("citext"), "String"),
        ]
        for (type, swift) in expected { #expect(SwiftTypeMapping.swiftType(of: type) == swift, "\(type.sql)") }
        #expect(SwiftTypeMapping.swiftType(of: .jsonb, jsonType: "Settings") == "Settings")
    }
}
