/// What introspection found in a database: the part the model describes, and every other
/// object by kind and name, so that `pull`, `check` and `diff` warn about each instead of
/// silently ignoring it.
public struct CatalogSnapshot: Hashable, Sendable {
    public var schema: SchemaDefinition
    public var unmodeled: [UnmodeledObject]

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
}
