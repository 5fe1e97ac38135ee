/// A declaration turned into the model: the ``SchemaDefinition``, where each object was
/// declared, and the problems found while resolving (before validation proper).
public struct ResolvedSchema: Sendable {
    public var definition: SchemaDefinition
    public var sources: SourceMap
    public var diagnostics: [Diagnostic]
}
