import SchemaGen

extension Concordia {
    static let blogOrganizations = Table("blog_organizations", comment: "Publishers of blog posts (schema.org Organization).") {
        Column("id", .text).primaryKey()
        Column("slug", .text).notNull().unique()
        Column("name", .text).notNull()
        Column("description", .text)
        Column("url", .text)
        Column("email", .text)
        timestamps()
    }

    static let blogMedia = Table("blog_media") {
        Column("id", .text).primaryKey()
        Column("url", .text).notNull()
        Column("alt", .text)
        Column("caption", .text)
        Column("mime_type", .text)
        Column("width", .integer)
        Column("height", .integer)
        Column("created_at", .timestamp).notNull().defaultNow()
    }

    static let blogAuthors = Table("blog_authors") {
        Column("id", .text).primaryKey()
        Column("slug", .text).notNull().unique()
        Column("name", .text).notNull()
        Column("bio", .text)
        Column("email", .text)
        Column("avatar_id", .text).references(blogMedia.id)
        Column("works_for_id", .text).references(blogOrganizations.id)
        timestamps()
        Index("blog_authors_avatar_id_idx", on: "avatar_id")
        Index("blog_authors_works_for_id_idx", on: "works_for_id")
    }

    static let blogCategories: Table = Table("blog_categories") {
        Column("id", .text).primaryKey()
        Column("slug", .text).notNull().unique()
        Column("name", .text).notNull()
        Column("description", .text)
        Column("parent_id", .text).references(blogCategories.id, relation: "parent", inverse: "children")
            .comment("The parent category; null at the top.")
        Column("featured_image_id", .text).references(blogMedia.id)
        Column("position", .integer).notNull().default(0)
        timestamps()
        Index("blog_categories_parent_id_idx", on: "parent_id")
        Index("blog_categories_featured_image_id_idx", on: "featured_image_id")
    }

    static let blogPosts = Table("blog_posts") {
        Column("id", .text).primaryKey()
        Column("slug", .text).notNull().unique()
        Column("organization_id", .text).references(blogOrganizations.id)
        Column("status", .text).notNull().default("draft").comment("published, draft or deleted.")
        Column("published_at", .timestamp)
        timestamps()
        Column("deleted_at", .timestamp).comment("Soft delete, as the page recommends for content.")
        Index("blog_posts_organization_id_idx", on: "organization_id")
        Index("blog_posts_status_published_at_idx", on: "status", "published_at")
    }

    static let blogTranslations = Table("blog_translations", comment: "A post's text in one language.") {
        Column("id", .text).primaryKey()
        Column("post_id", .text).notNull().references(blogPosts.id)
        Column("in_language", .varchar(10)).notNull().comment("BCP 47 language tag: fr, en, es, ...")
        Column("title", .text).notNull()
        Column("excerpt", .text)
        Column("content", .text).notNull()
        timestamps()
        Unique("post_id", "in_language")
    }

    static let blogComments: Table = Table("blog_comments") {
        Column("id", .text).primaryKey()
        Column("post_id", .text).notNull().references(blogPosts.id)
        Column("parent_id", .text).references(blogComments.id, relation: "parent", inverse: "replies")
            .comment("The comment replied to (relation comment_replies).")
        Column("author_name", .text).notNull()
        Column("author_email", .text)
        Column("content", .text).notNull()
        Column("status", .text).notNull().default("pending")
        Column("created_at", .timestamp).notNull().defaultNow()
        Index("blog_comments_post_id_idx", on: "post_id")
        Index("blog_comments_parent_id_idx", on: "parent_id")
    }

    static let blogPostAuthors = Table("blog_post_authors") {
        Column("post_id", .text).notNull().references(blogPosts.id)
        Column("author_id", .text).notNull().references(blogAuthors.id)
        Index("blog_post_authors_post_id_idx", on: "post_id")
        Index("blog_post_authors_author_id_idx", on: "author_id")
    }

    static let blogPostCategories = Table("blog_post_categories") {
        Column("post_id", .text).notNull().references(blogPosts.id)
        Column("category_id", .text).notNull().references(blogCategories.id)
        Index("blog_post_categories_post_id_idx", on: "post_id")
        Index("blog_post_categories_category_id_idx", on: "category_id")
    }

    static let blogPostMedia = Table("blog_post_media") {
        Column("post_id", .text).notNull().references(blogPosts.id)
        Column("media_id", .text).notNull().references(blogMedia.id)
        Column("type", .text).notNull().comment("How the post uses the media: cover, gallery, inline.")
        Column("position", .text)
        Index("blog_post_media_post_id_idx", on: "post_id")
        Index("blog_post_media_media_id_idx", on: "media_id")
    }
}
