/// A relation from rows of `Source` to rows of `Target`, as the generator writes them in
/// `Source.Relations`, from the schema's foreign keys and junctions:
///
/// ```swift
/// User.Relations.teamMembers  // RelationDescriptor<User, TeamMember>: team_members.user_id = users.id
/// User.Relations.teams        // RelationDescriptor<User, Team>, through team_members
/// ```
///
/// Each pair of columns links `Source` to `Target` directly, or, through a junction, `Source` to
/// the junction and the junction to `Target`.
public struct RelationDescriptor<Source: TableRow, Target: TableRow>: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case oneToOne, manyToOne, oneToMany, manyToMany
    }

    /// The junction table of a many-to-many relation and its two sets of columns.
    public struct Junction: Hashable, Sendable {
        public let table: TableName
        /// The junction's columns that hold the source's ``RelationDescriptor/sourceColumns``.
        public let sourceColumns: [String]
        /// The junction's columns that hold the target's ``RelationDescriptor/targetColumns``.
        public let targetColumns: [String]

        public init(table: TableName, sourceColumns: [String], targetColumns: [String]) {
            self.table = table
            self.sourceColumns = sourceColumns
            self.targetColumns = targetColumns
        }
    }

    public let name: String
    public let kind: Kind
    /// The columns of `Source` the relation matches on.
    public let sourceColumns: [String]
    /// The columns of `Target` the relation matches on.
    public let targetColumns: [String]
    public let junction: Junction?
    /// False for a documented reference that no foreign key enforces.
    public let isEnforced: Bool

    public init(name: String, kind: Kind, sourceColumns: [String], targetColumns: [String], junction: Junction? = nil, isEnforced: Bool = true) {
        self.name = name
        self.kind = kind
        self.sourceColumns = sourceColumns
        self.targetColumns = targetColumns
        self.junction = junction
        self.isEnforced = isEnforced
    }
}
