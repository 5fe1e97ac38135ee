/// The ordered SQL that applies a ``SchemaDiff``, in steps.
public struct MigrationPlan: Hashable, Sendable {
    public var steps: [MigrationStep]
}
