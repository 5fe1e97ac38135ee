/// What introspection found in a database: the part the model describes, and every other
/// object by kind and name, so that `pull`, `check` and `diff` warn about each instead of
/// silently ignoring it.
public struct CatalogSnapshot: Hashable, Sendable {
    public var schema: SchemaDefinition
    public var unmodeled: [UnmodeledObject]
    /// Indexes left INVALID by an interrupted `CONCURRENTLY` build: present, but not used.
    public var invalidIndexes: [QualifiedName] = []
    /// What the whole objects of ``unmodeled`` use (`pg_depend`): those a drop would refuse to
    /// take along without `CASCADE`, or take along unseen.
    public var unmodeledDependencies: [UnmodeledObject: Dependencies] = [:]

    public init(schema: SchemaDefinition, unmodeled: [UnmodeledObject] = []) {
        self.schema = schema
        self.unmodeled = unmodeled
    }
}

/// A database object the model does not describe: `view public.active_users`,
/// `trigger set_updated_at on public.users`, `function public.touch()`.
public struct UnmodeledObject: Hashable, Sendable, Codable, CustomStringConvertible {
    public var kind: String
    public var name: String

    public init(kind: String, name: String) {
        self.kind = kind
        self.name = name
    }

    public var description: String { "\(kind) \(name)" }

    /// A setting of an object the model describes (a collation, an index's storage parameters,
    /// a DEFERRABLE key), named with its value: two catalogs differ in it exactly when their
    /// entries differ. Other entries are whole objects (a view, a function), which are
    /// reported wherever they are.
    public var isSetting: Bool { Self.settingKinds.contains(kind) }

    static let settingKinds: Set<String> = [
        "comment", "NOT VALID constraint", "column setting", "index setting", "constraint setting", "table setting", "type privileges", "unlogged table",
        "view setting", "sequence setting", "function setting", "partition setting",
    ]
}

extension CatalogSnapshot {
    /// What a comparison of the two catalogs cannot plan and must name: each object of a kind
    /// the model does not describe, on either side, and each setting the two sides do not share.
    public func unmodeledDifferences(from other: CatalogSnapshot) -> (here: [UnmodeledObject], there: [UnmodeledObject]) {
        let mine = Set(unmodeled.filter(\.isSetting))
        let theirs = Set(other.unmodeled.filter(\.isSetting))
        return (unmodeled.filter { !$0.isSetting || !theirs.contains($0) }, other.unmodeled.filter { !$0.isSetting || !mine.contains($0) })
    }
}
