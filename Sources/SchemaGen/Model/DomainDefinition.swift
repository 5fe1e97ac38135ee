/// A domain: a base type with a default, `NOT NULL` and checks, that columns take as their type.
///
/// ```sql
/// CREATE DOMAIN "amount" AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT "amount_check" CHECK (VALUE >= 0);
/// ```
public struct DomainDefinition: Hashable, Sendable, Codable {
    public var name: QualifiedName
    public var baseType: DataType
    /// `COLLATE`, when not the base type's.
    public var collation: String?
    /// The default expression, as declared or as PostgreSQL prints it.
    public var defaultValue: String?
    public var isNotNull: Bool
    /// Checks over `VALUE`, by name.
    public var checks: [CheckDefinition]
    public var comment: String?

    public init(
        name: QualifiedName, baseType: DataType, collation: String? = nil, defaultValue: String? = nil, isNotNull: Bool = false,
        checks: [CheckDefinition] = [], comment: String? = nil
    ) {
        self.name = name
        self.baseType = baseType
        self.collation = collation
        self.defaultValue = defaultValue
        self.isNotNull = isNotNull
        self.checks = checks
        self.comment = comment
    }
}

/// A composite type: a row of named, typed attributes.
///
/// ```sql
/// CREATE TYPE "address" AS ("street" text, "city" text COLLATE "C");
/// ```
public struct CompositeTypeDefinition: Hashable, Sendable, Codable {
    public var name: QualifiedName
    public var attributes: [Attribute]
    public var comment: String?

    public init(name: QualifiedName, attributes: [Attribute], comment: String? = nil) {
        self.name = name
        self.attributes = attributes
        self.comment = comment
    }

    public struct Attribute: Hashable, Sendable, Codable {
        public var name: String
        public var type: DataType
        /// `COLLATE`, when not the type's.
        public var collation: String?

        public init(_ name: String, _ type: DataType, collation: String? = nil) {
            self.name = name
            self.type = type
            self.collation = collation
        }
    }
}
