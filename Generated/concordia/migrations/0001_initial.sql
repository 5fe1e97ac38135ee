-- Migration 0001_initial of schema concordia, written by schemagen.
-- Frozen once written: its checksum is recorded in schemagen.sum.

-- schemagen:step transaction
CREATE TABLE account (
    id                       text      NOT NULL,
    account_id               text      NOT NULL,
    provider_id              text      NOT NULL,
    user_id                  text      NOT NULL,
    access_token             text,
    refresh_token            text,
    id_token                 text,
    access_token_expires_at  timestamp,
    refresh_token_expires_at timestamp,
    scope                    text,
    password                 text,
    created_at               timestamp DEFAULT now() NOT NULL,
    updated_at               timestamp DEFAULT now() NOT NULL,
    CONSTRAINT account_pkey PRIMARY KEY (id)
);

CREATE TABLE blog_authors (
    id           text      NOT NULL,
    slug         text      NOT NULL,
    name         text      NOT NULL,
    bio          text,
    email        text,
    avatar_id    text,
    works_for_id text,
    created_at   timestamp DEFAULT now() NOT NULL,
    updated_at   timestamp DEFAULT now() NOT NULL,
    CONSTRAINT blog_authors_pkey PRIMARY KEY (id),
    CONSTRAINT blog_authors_slug_key UNIQUE (slug)
);

CREATE TABLE blog_categories (
    id                text      NOT NULL,
    slug              text      NOT NULL,
    name              text      NOT NULL,
    description       text,
    parent_id         text,
    featured_image_id text,
    "position"        integer   DEFAULT 0 NOT NULL,
    created_at        timestamp DEFAULT now() NOT NULL,
    updated_at        timestamp DEFAULT now() NOT NULL,
    CONSTRAINT blog_categories_pkey PRIMARY KEY (id),
    CONSTRAINT blog_categories_slug_key UNIQUE (slug)
);

CREATE TABLE blog_comments (
    id           text      NOT NULL,
    post_id      text      NOT NULL,
    parent_id    text,
    author_name  text      NOT NULL,
    author_email text,
    content      text      NOT NULL,
    status       text      DEFAULT 'pending' NOT NULL,
    created_at   timestamp DEFAULT now() NOT NULL,
    CONSTRAINT blog_comments_pkey PRIMARY KEY (id)
);

CREATE TABLE blog_media (
    id         text      NOT NULL,
    url        text      NOT NULL,
    alt        text,
    caption    text,
    mime_type  text,
    width      integer,
    height     integer,
    created_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT blog_media_pkey PRIMARY KEY (id)
);

CREATE TABLE blog_organizations (
    id          text      NOT NULL,
    slug        text      NOT NULL,
    name        text      NOT NULL,
    description text,
    url         text,
    email       text,
    created_at  timestamp DEFAULT now() NOT NULL,
    updated_at  timestamp DEFAULT now() NOT NULL,
    CONSTRAINT blog_organizations_pkey PRIMARY KEY (id),
    CONSTRAINT blog_organizations_slug_key UNIQUE (slug)
);

CREATE TABLE blog_post_authors (
    post_id   text NOT NULL,
    author_id text NOT NULL
);

CREATE TABLE blog_post_categories (
    post_id     text NOT NULL,
    category_id text NOT NULL
);

CREATE TABLE blog_post_media (
    post_id    text NOT NULL,
    media_id   text NOT NULL,
    type       text NOT NULL,
    "position" text
);

CREATE TABLE blog_posts (
    id              text      NOT NULL,
    slug            text      NOT NULL,
    organization_id text,
    status          text      DEFAULT 'draft' NOT NULL,
    published_at    timestamp,
    created_at      timestamp DEFAULT now() NOT NULL,
    updated_at      timestamp DEFAULT now() NOT NULL,
    deleted_at      timestamp,
    CONSTRAINT blog_posts_pkey PRIMARY KEY (id),
    CONSTRAINT blog_posts_slug_key UNIQUE (slug)
);

CREATE TABLE blog_translations (
    id          text        NOT NULL,
    post_id     text        NOT NULL,
    in_language varchar(10) NOT NULL,
    title       text        NOT NULL,
    excerpt     text,
    content     text        NOT NULL,
    created_at  timestamp   DEFAULT now() NOT NULL,
    updated_at  timestamp   DEFAULT now() NOT NULL,
    CONSTRAINT blog_translations_pkey PRIMARY KEY (id),
    CONSTRAINT blog_translations_post_id_in_language_key UNIQUE (post_id, in_language)
);

CREATE TABLE invitation (
    id              text      NOT NULL,
    organization_id text      NOT NULL,
    email           text      NOT NULL,
    role            text,
    status          text      DEFAULT 'pending' NOT NULL,
    expires_at      timestamp NOT NULL,
    inviter_id      text      NOT NULL,
    CONSTRAINT invitation_pkey PRIMARY KEY (id)
);

CREATE TABLE member (
    id              text      NOT NULL,
    organization_id text      NOT NULL,
    user_id         text      NOT NULL,
    role            text      DEFAULT 'member' NOT NULL,
    created_at      timestamp DEFAULT now() NOT NULL,
    CONSTRAINT member_pkey PRIMARY KEY (id)
);

CREATE TABLE organization (
    id         text      NOT NULL,
    name       text      NOT NULL,
    slug       text,
    logo       text,
    metadata   text,
    created_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT organization_pkey PRIMARY KEY (id),
    CONSTRAINT organization_slug_key UNIQUE (slug)
);

CREATE TABLE profile (
    id           text        NOT NULL,
    user_id      text        NOT NULL,
    username     text,
    display_name text,
    bio          text,
    avatar_url   text,
    locale       varchar(10),
    created_at   timestamp   DEFAULT now() NOT NULL,
    updated_at   timestamp   DEFAULT now() NOT NULL,
    CONSTRAINT profile_pkey PRIMARY KEY (id),
    CONSTRAINT profile_user_id_key UNIQUE (user_id),
    CONSTRAINT profile_username_key UNIQUE (username)
);

CREATE TABLE services_availability (
    id          text     NOT NULL,
    service_id  text     NOT NULL,
    day_of_week smallint NOT NULL,
    start_time  time     NOT NULL,
    end_time    time     NOT NULL,
    CONSTRAINT services_availability_pkey PRIMARY KEY (id),
    CONSTRAINT services_availability_day_of_week_check CHECK (day_of_week BETWEEN 0 AND 6),
    CONSTRAINT services_availability_slot_check CHECK (start_time < end_time)
);

CREATE TABLE services_bookings (
    id          text                     NOT NULL,
    service_id  text                     NOT NULL,
    customer_id text                     NOT NULL,
    provider_id text,
    starts_at   timestamp with time zone NOT NULL,
    ends_at     timestamp with time zone NOT NULL,
    status      text                     DEFAULT 'pending' NOT NULL,
    notes       text,
    created_at  timestamp                DEFAULT now() NOT NULL,
    CONSTRAINT services_bookings_pkey PRIMARY KEY (id)
);

CREATE TABLE services_categories (
    id                text      NOT NULL,
    slug              text      NOT NULL,
    name              text      NOT NULL,
    description       text,
    parent_id         text,
    featured_image_id text,
    created_at        timestamp DEFAULT now() NOT NULL,
    updated_at        timestamp DEFAULT now() NOT NULL,
    CONSTRAINT services_categories_pkey PRIMARY KEY (id),
    CONSTRAINT services_categories_slug_key UNIQUE (slug)
);

CREATE TABLE services_listings (
    id               text          NOT NULL,
    slug             text          NOT NULL,
    category_id      text,
    organization_id  text,
    price            numeric(10,2),
    currency         char(3)       DEFAULT 'EUR' NOT NULL,
    duration_minutes integer,
    status           text          DEFAULT 'draft' NOT NULL,
    created_at       timestamp     DEFAULT now() NOT NULL,
    updated_at       timestamp     DEFAULT now() NOT NULL,
    CONSTRAINT services_listings_pkey PRIMARY KEY (id),
    CONSTRAINT services_listings_slug_key UNIQUE (slug)
);

CREATE TABLE services_media (
    id         text      NOT NULL,
    url        text      NOT NULL,
    alt        text,
    mime_type  text,
    created_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT services_media_pkey PRIMARY KEY (id)
);

CREATE TABLE services_media_links (
    service_id text NOT NULL,
    media_id   text NOT NULL,
    type       text NOT NULL,
    "position" text
);

CREATE TABLE services_reviews (
    id          text      NOT NULL,
    service_id  text      NOT NULL,
    parent_id   text,
    author_name text      NOT NULL,
    rating      smallint,
    content     text      NOT NULL,
    created_at  timestamp DEFAULT now() NOT NULL,
    CONSTRAINT services_reviews_pkey PRIMARY KEY (id),
    CONSTRAINT services_reviews_rating_check CHECK (rating BETWEEN 1 AND 5)
);

CREATE TABLE services_translations (
    id          text        NOT NULL,
    service_id  text        NOT NULL,
    in_language varchar(10) NOT NULL,
    title       text        NOT NULL,
    description text,
    CONSTRAINT services_translations_pkey PRIMARY KEY (id),
    CONSTRAINT services_translations_service_id_in_language_key UNIQUE (service_id, in_language)
);

CREATE TABLE session (
    id                     text      NOT NULL,
    expires_at             timestamp NOT NULL,
    token                  text      NOT NULL,
    created_at             timestamp DEFAULT now() NOT NULL,
    updated_at             timestamp DEFAULT now() NOT NULL,
    ip_address             text,
    user_agent             text,
    user_id                text      NOT NULL,
    active_organization_id text,
    CONSTRAINT session_pkey PRIMARY KEY (id),
    CONSTRAINT session_token_key UNIQUE (token)
);

CREATE TABLE "user" (
    id             text      NOT NULL,
    name           text      NOT NULL,
    email          text      NOT NULL,
    email_verified boolean   DEFAULT false NOT NULL,
    image          text,
    created_at     timestamp DEFAULT now() NOT NULL,
    updated_at     timestamp DEFAULT now() NOT NULL,
    CONSTRAINT user_pkey PRIMARY KEY (id),
    CONSTRAINT user_email_key UNIQUE (email)
);

CREATE TABLE verification (
    id         text      NOT NULL,
    identifier text      NOT NULL,
    value      text      NOT NULL,
    expires_at timestamp NOT NULL,
    created_at timestamp DEFAULT now() NOT NULL,
    updated_at timestamp DEFAULT now() NOT NULL,
    CONSTRAINT verification_pkey PRIMARY KEY (id)
);

ALTER TABLE account
    ADD CONSTRAINT account_user_id_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE CASCADE;

ALTER TABLE blog_authors
    ADD CONSTRAINT blog_authors_avatar_id_fkey FOREIGN KEY (avatar_id) REFERENCES blog_media (id);

ALTER TABLE blog_authors
    ADD CONSTRAINT blog_authors_works_for_id_fkey FOREIGN KEY (works_for_id) REFERENCES blog_organizations (id);

ALTER TABLE blog_categories
    ADD CONSTRAINT blog_categories_featured_image_id_fkey FOREIGN KEY (featured_image_id) REFERENCES blog_media (id);

ALTER TABLE blog_categories
    ADD CONSTRAINT blog_categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES blog_categories (id);

ALTER TABLE blog_comments
    ADD CONSTRAINT blog_comments_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES blog_comments (id);

ALTER TABLE blog_comments
    ADD CONSTRAINT blog_comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES blog_posts (id);

ALTER TABLE blog_post_authors
    ADD CONSTRAINT blog_post_authors_author_id_fkey FOREIGN KEY (author_id) REFERENCES blog_authors (id);

ALTER TABLE blog_post_authors
    ADD CONSTRAINT blog_post_authors_post_id_fkey FOREIGN KEY (post_id) REFERENCES blog_posts (id);

ALTER TABLE blog_post_categories
    ADD CONSTRAINT blog_post_categories_category_id_fkey FOREIGN KEY (category_id) REFERENCES blog_categories (id);

ALTER TABLE blog_post_categories
    ADD CONSTRAINT blog_post_categories_post_id_fkey FOREIGN KEY (post_id) REFERENCES blog_posts (id);

ALTER TABLE blog_post_media
    ADD CONSTRAINT blog_post_media_media_id_fkey FOREIGN KEY (media_id) REFERENCES blog_media (id);

ALTER TABLE blog_post_media
    ADD CONSTRAINT blog_post_media_post_id_fkey FOREIGN KEY (post_id) REFERENCES blog_posts (id);

ALTER TABLE blog_posts
    ADD CONSTRAINT blog_posts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES blog_organizations (id);

ALTER TABLE blog_translations
    ADD CONSTRAINT blog_translations_post_id_fkey FOREIGN KEY (post_id) REFERENCES blog_posts (id);

ALTER TABLE invitation
    ADD CONSTRAINT invitation_inviter_id_fkey FOREIGN KEY (inviter_id) REFERENCES "user" (id) ON DELETE CASCADE;

ALTER TABLE invitation
    ADD CONSTRAINT invitation_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE;

ALTER TABLE member
    ADD CONSTRAINT member_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE;

ALTER TABLE member
    ADD CONSTRAINT member_user_id_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE CASCADE;

ALTER TABLE profile
    ADD CONSTRAINT profile_user_id_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE CASCADE;

ALTER TABLE services_availability
    ADD CONSTRAINT services_availability_service_id_fkey FOREIGN KEY (service_id) REFERENCES services_listings (id);

ALTER TABLE services_bookings
    ADD CONSTRAINT services_bookings_service_id_fkey FOREIGN KEY (service_id) REFERENCES services_listings (id);

ALTER TABLE services_categories
    ADD CONSTRAINT services_categories_featured_image_id_fkey FOREIGN KEY (featured_image_id) REFERENCES services_media (id);

ALTER TABLE services_categories
    ADD CONSTRAINT services_categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES services_categories (id);

ALTER TABLE services_listings
    ADD CONSTRAINT services_listings_category_id_fkey FOREIGN KEY (category_id) REFERENCES services_categories (id);

ALTER TABLE services_listings
    ADD CONSTRAINT services_listings_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES blog_organizations (id);

ALTER TABLE services_media_links
    ADD CONSTRAINT services_media_links_media_id_fkey FOREIGN KEY (media_id) REFERENCES services_media (id);

ALTER TABLE services_media_links
    ADD CONSTRAINT services_media_links_service_id_fkey FOREIGN KEY (service_id) REFERENCES services_listings (id);

ALTER TABLE services_reviews
    ADD CONSTRAINT services_reviews_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES services_reviews (id);

ALTER TABLE services_reviews
    ADD CONSTRAINT services_reviews_service_id_fkey FOREIGN KEY (service_id) REFERENCES services_listings (id);

ALTER TABLE services_translations
    ADD CONSTRAINT services_translations_service_id_fkey FOREIGN KEY (service_id) REFERENCES services_listings (id);

ALTER TABLE session
    ADD CONSTRAINT session_user_id_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE CASCADE;

CREATE INDEX "account_userId_idx" ON account (user_id);
CREATE INDEX blog_authors_avatar_id_idx ON blog_authors (avatar_id);
CREATE INDEX blog_authors_works_for_id_idx ON blog_authors (works_for_id);
CREATE INDEX blog_categories_featured_image_id_idx ON blog_categories (featured_image_id);
CREATE INDEX blog_categories_parent_id_idx ON blog_categories (parent_id);
CREATE INDEX blog_comments_parent_id_idx ON blog_comments (parent_id);
CREATE INDEX blog_comments_post_id_idx ON blog_comments (post_id);
CREATE INDEX blog_post_authors_author_id_idx ON blog_post_authors (author_id);
CREATE INDEX blog_post_authors_post_id_idx ON blog_post_authors (post_id);
CREATE INDEX blog_post_categories_category_id_idx ON blog_post_categories (category_id);
CREATE INDEX blog_post_categories_post_id_idx ON blog_post_categories (post_id);
CREATE INDEX blog_post_media_media_id_idx ON blog_post_media (media_id);
CREATE INDEX blog_post_media_post_id_idx ON blog_post_media (post_id);
CREATE INDEX blog_posts_organization_id_idx ON blog_posts (organization_id);
CREATE INDEX blog_posts_status_published_at_idx ON blog_posts (status, published_at);
CREATE INDEX invitation_email_idx ON invitation (email);
CREATE INDEX "invitation_inviterId_idx" ON invitation (inviter_id);
CREATE INDEX "invitation_organizationId_idx" ON invitation (organization_id);
CREATE INDEX "member_organizationId_idx" ON member (organization_id);
CREATE INDEX "member_userId_idx" ON member (user_id);
CREATE INDEX services_availability_service_id_idx ON services_availability (service_id);
CREATE INDEX services_bookings_customer_id_idx ON services_bookings (customer_id);
CREATE INDEX services_bookings_service_id_idx ON services_bookings (service_id);
CREATE INDEX services_categories_featured_image_id_idx ON services_categories (featured_image_id);
CREATE INDEX services_categories_parent_id_idx ON services_categories (parent_id);
CREATE INDEX services_listings_category_id_idx ON services_listings (category_id);
CREATE INDEX services_listings_organization_id_idx ON services_listings (organization_id);
CREATE INDEX services_media_links_media_id_idx ON services_media_links (media_id);
CREATE INDEX services_media_links_service_id_idx ON services_media_links (service_id);
CREATE INDEX services_reviews_parent_id_idx ON services_reviews (parent_id);
CREATE INDEX services_reviews_service_id_idx ON services_reviews (service_id);
CREATE INDEX "session_userId_idx" ON session (user_id);
CREATE INDEX verification_identifier_idx ON verification (identifier);
COMMENT ON COLUMN blog_categories.parent_id IS 'The parent category; null at the top.';
COMMENT ON COLUMN blog_comments.parent_id IS 'The comment replied to (relation comment_replies).';
COMMENT ON TABLE blog_organizations IS 'Publishers of blog posts (schema.org Organization).';
COMMENT ON COLUMN blog_post_media.type IS 'How the post uses the media: cover, gallery, inline.';
COMMENT ON COLUMN blog_posts.status IS 'published, draft or deleted.';
COMMENT ON COLUMN blog_posts.deleted_at IS 'Soft delete, as the page recommends for content.';
COMMENT ON TABLE blog_translations IS 'A post''s text in one language.';
COMMENT ON COLUMN blog_translations.in_language IS 'BCP 47 language tag: fr, en, es, ...';
COMMENT ON TABLE member IS 'Joins users and organizations.';
COMMENT ON TABLE services_availability IS 'Weekly opening slots of a service.';
COMMENT ON COLUMN services_availability.day_of_week IS '0 is Sunday.';
COMMENT ON COLUMN services_media_links.type IS 'cover or gallery.';
COMMENT ON COLUMN services_reviews.parent_id IS 'The review replied to (relation review_replies).';
COMMENT ON COLUMN services_reviews.rating IS '1 to 5; null on replies.';
