/// A declaration after the first stages of the pipeline: resolved into the model, validated,
/// and its relation graph checked. Every problem found is a ``Diagnostic`` with its Swift line.
///
/// ```swift
/// let validated = ValidatedSchema(billing)
/// for diagnostic in validated.diagnostics { print(diagnostic) }
/// guard !validated.hasErrors else { return }
/// let root = URL(filePath: "Generated")
/// let staging = FileWriter(root: root).staging()
/// let generation = try validated.generation(in: root) { file in try staging.add(file) }
/// try staging.commit(removing: generation.stale)
/// ```
public struct ValidatedSchema: Sendable {
    public let schema: Schema
    public let resolved: ResolvedSchema
    /// Resolution and validation problems, errors first.
    public let diagnostics: [Diagnostic]
    /// What the relation graph shows (cascades that stop, cycles, unindexed foreign keys,
    /// junctions without a key): warnings, placed at the table's declaration.
    public let graphWarnings: [Diagnostic]
    /// The relation graph of the model, which the artefacts are drawn from; nil when the
    /// declaration has errors.
    public let relationGraph: RelationGraph?

    public init(_ schema: Schema) {
        self.schema = schema
        let resolved = schema.resolve()
        self.resolved = resolved
        let found = resolved.diagnostics + Validator(schema: resolved.definition, sources: resolved.sources).validate()
        diagnostics = found.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
        // A graph is drawn only of a valid model.
        relationGraph = found.contains { $0.severity == .error } ? nil : RelationGraph(schema: resolved.definition)
        graphWarnings = (relationGraph?.warnings ?? []).map { warning in
            var warning = warning
            if warning.location == nil, let table = warning.table {
                warning.location = warning.object.flatMap { resolved.sources[.constraint(table, $0)] } ?? resolved.sources[.table(table)]
            }
            return warning
        }
    }

    public var definition: SchemaDefinition { resolved.definition }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
