import SchemaGen

extension TanStackBlog {
    static let posts = Table("posts") {
        nanoidKey()
        Column("title", .varchar(255)).notNull()
        Column("body", .text).notNull()
        Column("status", .varchar(20)).notNull().default("draft").comment("draft or published.")
        Column("slug", .varchar(255))
        Column("excerpt", .text)
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade, relation: "author")
        Column("organization_id", .text).references(organizations.id, onDelete: .cascade)
        Column("published_at", .timestamptz)
        timestamps()
        Index("posts_user_id_idx", on: "user_id")
        Index("posts_organization_id_idx", on: "organization_id")
        Index("posts_status_idx", on: "status")
        Index("posts_slug_idx", on: "slug")
        Index("posts_created_at_idx", on: "created_at")
        Index("posts_published_at_idx", on: "published_at")
        Index("posts_user_created_at_idx", on: "user_id", "created_at")
        Index("posts_status_published_at_idx", on: "status", "published_at")
    }

    static let comments: Table = Table("comments") {
        nanoidKey()
        Column("body", .text).notNull()
        Column("post_id", .text).notNull().references(posts.id, onDelete: .cascade)
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("parent_id", .text).references(comments.id, onDelete: .cascade, relation: "parent", inverse: "replies")
            .comment("The comment this one replies to; deleting it deletes the replies.")
        timestamps()
        Index("comments_post_id_idx", on: "post_id")
        Index("comments_user_id_idx", on: "user_id")
        Index("comments_parent_id_idx", on: "parent_id")
    }

    static let media = Table("media", comment: "Files stored in Cloudflare R2.") {
        nanoidKey()
        Column("filename", .varchar(255)).notNull()
        Column("original_name", .varchar(255)).notNull()
        Column("mime_type", .varchar(100)).notNull()
        Column("size", .integer).notNull().comment("File size in bytes.")
        Column("url", .text).notNull()
        Column("key", .text).notNull().comment("R2 object key.")
        Column("bucket", .varchar(100)).notNull()
        Column("user_id", .text).notNull().references(users.id, onDelete: .cascade)
        Column("organization_id", .text).references(organizations.id, onDelete: .cascade)
        Column("alt", .text)
        Column("caption", .text)
        Column("metadata", .text).comment("JSON metadata: dimensions, duration, ...")
        timestamps()
        Index("media_user_id_idx", on: "user_id")
        Index("media_organization_id_idx", on: "organization_id")
    }
}
