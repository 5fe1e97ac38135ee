/// A declaration turned into the model: the ``SchemaDefinition``, where each object was
/// declared, the problems found while resolving (before validation proper), and what the
/// declaration says about the next migration (renames, allowed destructive changes, migration settings).
public struct ResolvedSchema: Sendable {
    public var definition: SchemaDefinition
    public var sources: SourceMap
    public var diagnostics: [Diagnostic]
    /// The renames the declaration states, for the next migration.
    public var renames: RenameHints
    /// The destructive changes the declaration allows.
    public var allowed: Set<DestructiveChange>
    /// How migrations are planned: online or not, which hazards are forbidden.
    public var settings: MigrationSettings
}
