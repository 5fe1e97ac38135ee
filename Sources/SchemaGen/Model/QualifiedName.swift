/// The name of a schema-level object (table, enum type) inside a PostgreSQL schema (namespace).
///
/// ```swift
/// QualifiedName("users")                  // "users"         (in public)
/// QualifiedName("invoices", schema: "billing") // "billing"."invoices"
/// ```
public struct QualifiedName: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The PostgreSQL schema (namespace) holding the object.
    public var schema: String
    /// The object's name inside its schema.
    public var name: String

    /// The namespace objects live in when none is given.
    public static let defaultSchema = "public"

    public init(_ name: String, schema: String = QualifiedName.defaultSchema) {
        self.schema = schema
        self.name = name
    }

    public static func < (lhs: QualifiedName, rhs: QualifiedName) -> Bool {
        (lhs.schema, lhs.name) < (rhs.schema, rhs.name)
    }

    /// `name` in `public`, `schema.name` elsewhere: how messages name the object.
    public var description: String {
        schema == QualifiedName.defaultSchema ? name : "\(schema).\(name)"
    }
}

extension QualifiedName: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("name", name)
            try members.write("schema", schema)
        }
    }
}
