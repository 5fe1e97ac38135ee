import ReferenceSchemas
import SchemaGen
import Testing

@Suite struct RelationGraphTests {
    static let users = Table("users") { Column("id", .integer).primaryKey() }
    static let posts: Table = Table("posts") {
        Column("id", .integer).primaryKey()
        Column("author_id", .integer).notNull().references(users.id, onDelete: .cascade)
        Column("reviewer_id", .integer).references(users.id, onDelete: .setNull, relation: "reviewer", inverse: "reviewedPosts")
        Column("parent_id", .integer).references(posts.id, onDelete: .cascade, relation: "parent", inverse: "replies")
        Index(on: "author_id")
    }
    static let tags = Table("tags") { Column("id", .integer).primaryKey() }
    static let schema = Schema("blog") {
        users
        posts
        tags
        Table("profiles") { Column("user_id", .integer).primaryKey().references(users.id, onDelete: .cascade) }
        Table("post_tags") {
            Column("post_id", .integer).notNull().references(posts.id, onDelete: .cascade)
            Column("tag_id", .integer).notNull().references(tags.id, onDelete: .restrict)
            PrimaryKey("post_id", "tag_id")
        }
        Table("links") {
            Column("from_id", .integer).notNull().references(posts.id)
            Column("to_id", .integer).notNull().references(posts.id)
        }
        Table("memberships", junction: true) {
            Column("id", .integer).primaryKey()
            Column("user_id", .integer).notNull().references(users.id)
            Column("tag_id", .integer).notNull().references(tags.id)
        }
    }

    let graph = RelationGraph(schema: Self.schema.resolve().definition)

    func relations(_ table: String) -> [String: Relation.Kind] {
        Dictionary(uniqueKeysWithValues: graph.relations(of: QualifiedName(table)).map { ($0.name, $0.kind) })
    }

    @Test func everyKindOfRelationWithItsName() {
        #expect(relations("posts") == [
            "author": .manyToOne, "reviewer": .manyToOne, "parent": .manyToOne, "replies": .oneToMany,
            "postTags": .oneToMany, "tags": .manyToMany, "linksByFrom": .oneToMany, "linksByTo": .oneToMany, "links": .manyToMany,
        ])
        #expect(relations("users") == [
            "postsByAuthor": .oneToMany, "reviewedPosts": .oneToMany, "profiles": .oneToOne,
            "memberships": .oneToMany, "tags": .manyToMany,
        ])
        #expect(relations("profiles") == ["user": .oneToOne])
        #expect(graph.junctions.map(\.table.name) == ["links", "memberships", "post_tags"])
        #expect(graph.relations(of: QualifiedName("tags")).first { $0.name == "posts" }?.through == QualifiedName("post_tags"))
    }

    @Test func cascadeClosureFollowsEveryForeignKey() throws {
        let users = try #require(graph.cascade(from: QualifiedName("users")))
        #expect(Set(users.deleted.map(\.table.name)) == ["posts", "profiles", "post_tags"])
        #expect(users.setNull.map { "\($0.table.name).\($0.columns[0])" } == ["posts.reviewer_id"])
        #expect(Set(users.blocked.map(\.table.name)) == ["links", "memberships"])
        let postTags = try #require(users.deleted.first { $0.table.name == "post_tags" })
        #expect(postTags.path == ["posts.author_id → users (CASCADE)", "post_tags.post_id → posts (CASCADE)"])
        let tags = try #require(graph.cascade(from: QualifiedName("tags")))
        #expect(tags.deleted.isEmpty && Set(tags.blocked.map(\.table.name)) == ["post_tags", "memberships"])
    }

    @Test func checksWarnAboutWhatTheGraphShows() {
        let found = Set(graph.warnings.map { "\($0.code) \($0.table?.name ?? "")" })
        #expect(found.contains("cascade-blocked users"))
        #expect(found.contains("junction-without-key links"))
        #expect(found.contains("junction-without-key memberships"))
        #expect(found.contains("unindexed-foreign-key posts"))
        #expect(!found.contains("junction-without-key post_tags"))
        let cyclic = Schema("c") {
            Table("a") { Column("id", .integer).primaryKey(); Column("b_id", .integer).references(ColumnReference(table: QualifiedName("b"), column: "id"), onDelete: .cascade) }
            Table("b") { Column("id", .integer).primaryKey(); Column("a_id", .integer).references(ColumnReference(table: QualifiedName("a"), column: "id"), onDelete: .cascade) }
        }
        #expect(RelationGraph(schema: cyclic.resolve().definition).warnings.contains { $0.code == .cascadeCycle })
        // A parent with cascading children and grandchildren is no cycle.
        #expect(!graph.warnings.contains { $0.code == .cascadeCycle })
        for system in ReferenceSystems.all {
            let warnings = RelationGraph(schema: system.resolve().definition).warnings
            #expect(!warnings.contains { $0.code == .cascadeCycle }, "\(system.name)")
        }
    }

    /// Seed 000's "Cascade Delete Summary", to the table. Its page leaves out subscriptionHistory,
    /// which goes with the subscriptions it cascades from.
    @Test func seed000CascadeSummaryMatchesItsPage() throws {
        let graph = RelationGraph(schema: DirectoryTemplate.schema.resolve().definition)
        func deleted(_ table: String) -> Set<String> {
            Set(graph.cascade(from: QualifiedName(table))?.deleted.map(\.table.name) ?? [])
        }
        #expect(deleted("users") == [
            "accounts", "sessions", "authenticators", "client_profiles", "comments", "votes", "reports", "moderation_history",
            "subscriptions", "paymentAccounts", "notifications", "favorites", "user_roles", "activityLogs", "sponsor_ads",
            "subscriptionHistory",
        ])
        #expect(deleted("client_profiles") == ["comments", "votes", "reports", "moderation_history", "activityLogs"])
        #expect(deleted("roles") == ["role_permissions", "user_roles"])
        #expect(Set(graph.junctions.map(\.table.name)) == ["role_permissions", "user_roles"])
        // The page's "Referenced by" list, plus sponsor_ads.reviewed_by from the sponsor_ads section.
        let referencedBy = graph.relations(of: QualifiedName("users")).filter { $0.kind != .manyToMany }
            .map { "\($0.target.name).\($0.columns[0])" }
        #expect(Set(referencedBy) == [
            "accounts.userId", "sessions.userId", "authenticators.userId", "activityLogs.userId", "client_profiles.userId",
            "subscriptions.userId", "paymentAccounts.userId", "notifications.user_id", "favorites.userId", "user_roles.user_id",
            "reports.reviewed_by", "sponsor_ads.user_id", "moderation_history.performed_by", "sponsor_ads.reviewed_by",
        ])
        #expect(referencedBy.count == 14)
        #expect(graph.externalReferences.map(\.table.name).sorted() == ["comments", "favorites", "featured_items", "item_views", "sponsor_ads", "votes"])
    }

    /// Seed 002's documented relations: threaded comments, one profile per user, posts and authors.
    @Test func seed002RelationsMatchItsPage() {
        let graph = RelationGraph(schema: Concordia.schema.resolve().definition)
        func names(_ table: String) -> Set<String> { Set(graph.relations(of: QualifiedName(table)).map(\.name)) }
        #expect(names("blog_comments").isSuperset(of: ["parent", "replies", "post"]))
        #expect(graph.relations(of: QualifiedName("user")).first { $0.name == "profile" }?.kind == .oneToOne)
        #expect(names("blog_posts").isSuperset(of: ["blogAuthors", "blogCategories", "blogMedia", "blogTranslations", "blogComments", "organization"]))
        #expect(names("services_bookings").isSuperset(of: ["customer", "provider", "service"]))
        #expect(graph.relations(of: QualifiedName("services_bookings")).first { $0.name == "customer" }?.isEnforced == false)
        #expect(Set(graph.junctions.map(\.table.name)) == ["blog_post_authors", "blog_post_categories", "blog_post_media", "member", "services_media_links"])
    }

    /// The relations page separates its paragraphs by one empty line, whatever a table has:
    /// a partitioned table without partitions included.
    @Test func relationsPageHasNoDoubleEmptyLine() {
        let partitioned = Schema("events") {
            Table("events") {
                Column("id", .bigint).notNull()
                Column("happened_on", .date).notNull()
                PartitionBy(.range, "happened_on")
            }
            Table("notes") { Column("id", .bigint).primaryKey() }
        }
        for schema in ReferenceSystems.all + [SchemaObjectsSchema.schema, partitioned] {
            let model = schema.resolve().definition
            let page = RelationsMarkdownRenderer().render(model, graph: RelationGraph(schema: model))
            #expect(!page.contains("\n\n\n"), "\(model.name)")
            if model.name == "events" {
                #expect(page.contains("\n\nPartitioned by RANGE (happened_on), no partition yet.\n\n### notes\n"))
            }
        }
    }
}
