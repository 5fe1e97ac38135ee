/// The ordered SQL that applies a ``SchemaDiff``, in steps.
public struct MigrationPlan: Hashable, Sendable {
    public var steps: [MigrationStep]

    public var isEmpty: Bool { steps.allSatisfy(\.statements.isEmpty) }

    public var statements: [String] { steps.flatMap(\.statements) }
}
