import ConcordiaModels
import DirectoryTemplateModels
import Foundation
import MultitenantSaasModels
import SaasStarterModels
@testable import SchemaGen
import TanstackBlogModels
import Testing

/// The Swift code generated for the reference systems compiles (it is built as five modules)
/// and behaves as declared.
@Suite struct GeneratedSwiftTests {
    @Test func selectStructsCodeWithTheSQLNames() throws {
        let user = SaasStarterModels.User(
            id: 1, name: nil, email: "ada@example.com", passwordHash: "x", role: "member",
            createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0), deletedAt: nil)
        let json = String(decoding: try JSONEncoder().encode(user), as: UTF8.self)
        #expect(json.contains("\"password_hash\":\"x\"") && json.contains("\"created_at\""))
        #expect(try JSONDecoder().decode(SaasStarterModels.User.self, from: Data(json.utf8)) == user)
        #expect(SaasStarterModels.User.sqlTable == "users")
    }

    @Test func insertStructsLeaveDefaultsOutAndFillApplicationDefaults() throws {
        let user = SaasStarterModels.NewUser(email: "ada@example.com", passwordHash: "x")
        #expect(user.id == nil && user.role == nil && user.createdAt == nil)
        let json = String(decoding: try JSONEncoder().encode(user), as: UTF8.self)
        #expect(!json.contains("\"role\""), "a nil property is left out, so the database default applies")
        let post = TanstackBlogModels.NewPost(title: "Hello", body: "...", userId: "u1")
        #expect(post.id.count == 21, "ids are nanoids filled in by the application")
        #expect(post.status == nil)
        let event = MultitenantSaasModels.NewEvent(name: "signed_up")
        #expect(event.properties == nil)
        #expect(DirectoryTemplateModels.NewUser().id.count == 36, "Auth.js ids are random UUID strings")
    }

    @Test func updateStructsSetTheApplicationsOnUpdateValue() {
        let update = TanstackBlogModels.PostUpdate(title: "New title")
        #expect(update.title == "New title" && update.updatedAt != nil && update.body == nil)
        #expect(SaasStarterModels.UserUpdate().updatedAt == nil)
    }

    @Test func enumsAreSwiftEnums() {
        #expect(TanstackBlogModels.SystemRole.allCases.map(\.rawValue) == ["user", "admin", "super_admin"])
        #expect(TanstackBlogModels.SystemRole.superAdmin.rawValue == "super_admin")
        #expect(MultitenantSaasModels.TaskStatus.inProgress.rawValue == "in_progress")
    }

    @Test func relationsHaveTypedDescriptors() {
        #expect(SaasStarterModels.User.Relations.teamMembers.kind == .oneToMany)
        #expect(SaasStarterModels.User.Relations.invitationsSent.columns == ["invited_by"])
        #expect(SaasStarterModels.Team.Relations.users.through == "team_members")
        #expect(ConcordiaModels.BlogComment.Relations.replies.target == "blog_comments")
        #expect(ConcordiaModels.ServicesBooking.Relations.customer.isEnforced == false)
        #expect(DirectoryTemplateModels.SponsorAd.Relations.reviewer.kind == .manyToOne)
        #expect(DirectoryTemplateModels.User.Relations.reviewedSponsorAds.kind == .oneToMany)
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
