import SchemaGen

/// Seed 002: Concordia (Better Auth with organizations, a blog, a services marketplace).
///
/// The page documents relations rather than columns, so columns are the ones such an app
/// needs, chosen as a user of the template would expect. Ids are text. Following the page:
/// - auth tables cascade on delete, as its trees say;
/// - blog and services relations are foreign keys with no action ("no explicit cascade rules
///   at the database level": the application deletes children first);
/// - join tables have no primary key, as declared on the page;
/// - `services_bookings.customer_id` and `provider_id` are documented but not enforced;
/// - every foreign key column is indexed, as its best practices ask.
public enum Concordia {
    public static let schema: Schema = Schema("concordia") {
        user
        session
        account
        verification
        organization
        member
        invitation
        profile
        blogOrganizations
        blogMedia
        blogAuthors
        blogCategories
        blogPosts
        blogTranslations
        blogComments
        blogPostAuthors
        blogPostCategories
        blogPostMedia
        servicesMedia
        servicesCategories
        servicesListings
        servicesTranslations
        servicesMediaLinks
        servicesReviews
        servicesAvailability
        servicesBookings
    }

    /// `created_at` and `updated_at`, both set by the database on insert.
    static func timestamps() -> [Column] {
        [
            Column("created_at", .timestamp).notNull().defaultNow(),
            Column("updated_at", .timestamp).notNull().defaultNow(),
        ]
    }
}
