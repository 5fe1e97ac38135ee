import Foundation

/// The files generated from a schema's current declaration, apart from its migrations:
/// `schema.sql`, the relation graph as `relations.json`, `relations.mmd` and `relations.md`,
/// and the Swift code under `Swift/`. They are rendered at once on every core, each handed to
/// the sink when it is done.
public enum SchemaArtifacts {
    /// The files, in path order.
    public static func files(for schema: SchemaDefinition) throws -> [GeneratedFile] {
        try files(for: schema, graph: RelationGraph(schema: schema))
    }

    /// The files, in path order, drawn from a graph already built of `schema`
    /// (``ValidatedSchema/relationGraph``).
    public static func files(for schema: SchemaDefinition, graph: RelationGraph) throws -> [GeneratedFile] {
        try GeneratedFile.collecting { sink in try render(schema, graph: graph, into: sink) }.files
    }

    /// Hands `sink` each file as it is rendered.
    public static func render(_ schema: SchemaDefinition, graph: RelationGraph, into sink: GeneratedFile.Sink) throws {
        // The Swift code is first: it is the largest, and spreads over the cores by itself.
        try Artifact.allCases.concurrentForEach { artifact in try artifact.render(schema, graph: graph, into: sink) }
    }

    private enum Artifact: CaseIterable {
        case swift, ddl, relationsJSON, mermaid, markdown

        func render(_ schema: SchemaDefinition, graph: RelationGraph, into sink: GeneratedFile.Sink) throws {
            switch self {
            case .swift: try SwiftCodeGenerator().render(schema, graph: graph, into: sink)
            case .ddl: try sink(GeneratedFile(path: "\(schema.name)/schema.sql", contents: DDLRenderer().render(schema)))
            case .relationsJSON: try sink(GeneratedFile(path: "\(schema.name)/relations.json", contents: try JSONWriter.text(of: graph) + "\n"))
            case .mermaid: try sink(GeneratedFile(path: "\(schema.name)/relations.mmd", contents: MermaidRenderer().render(schema, graph: graph)))
            case .markdown: try sink(GeneratedFile(path: "\(schema.name)/relations.md", contents: RelationsMarkdownRenderer().render(schema, graph: graph)))
            }
        }
    }
}
