/// One way to get from a row of a table to rows of another: `post.author`, `user.posts`,
/// `role.permissions` (through `role_permissions`).
public struct Relation: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// This table holds a unique foreign key: at most one row on each side.
        case oneToOne = "one-to-one"
        /// This table holds the foreign key: many rows here point to one there.
        case manyToOne = "many-to-one"
        /// The other table holds the foreign key.
        case oneToMany = "one-to-many"
        /// Rows on both sides linked through a junction table.
        case manyToMany = "many-to-many"
    }

    /// The name code uses for it, unique within its table: `author`, `posts`, `replies`.
    public var name: String
    public var kind: Kind
    public var table: QualifiedName
    public var target: QualifiedName
    /// The foreign key columns, on whichever table holds them; for a many-to-many relation, the
    /// junction's columns for `table` followed by its columns for `target`.
    public var columns: [String]
    /// The columns of `table` the relation matches on: the foreign key's columns when `table`
    /// holds it, else the columns it references.
    public var sourceColumns: [String]
    /// The columns of `target` the relation matches on, pairwise equal to `sourceColumns`, or,
    /// through a junction, each equal to the junction's column for it.
    public var targetColumns: [String]
    /// The foreign key constraint; nil for a documented reference that is not enforced.
    public var foreignKey: String?
    /// The junction of a many-to-many relation.
    public var through: QualifiedName?
    /// What deleting the referenced row does to the referencing one; nil when not enforced.
    public var onDelete: ReferentialAction?

    public var isEnforced: Bool { foreignKey != nil || through != nil }
}

extension Relation: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("columns", columns)
            try members.write("foreignKey", foreignKey)
            try members.write("kind", kind)
            try members.write("name", name)
            try members.write("onDelete", onDelete)
            try members.write("sourceColumns", sourceColumns)
            try members.write("table", table)
            try members.write("target", target)
            try members.write("targetColumns", targetColumns)
            try members.write("through", through)
        }
    }
}

extension Relation.Kind: JSONWritable {}
