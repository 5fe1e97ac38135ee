import Foundation

/// The files generated from a schema's current declaration, apart from its migrations:
/// `schema.sql`, the relation graph as `relations.json`, `relations.mmd` and `relations.md`,
/// and the Swift code under `Swift/`. They are rendered at once on every core, and come back
/// in that order whatever finished first.
public enum SchemaArtifacts {
    public static func files(for schema: SchemaDefinition) throws -> [GeneratedFile] {
        try files(for: schema, graph: RelationGraph(schema: schema))
    }

    /// The files, drawn from a graph already built of `schema` (``ValidatedSchema/relationGraph``).
    public static func files(for schema: SchemaDefinition, graph: RelationGraph) throws -> [GeneratedFile] {
        // The Swift code is first: it is the largest, and spreads over the cores by itself.
        let rendered = Artifact.allCases.concurrentMap { artifact in
            Result { try artifact.render(schema, graph: graph) }
        }
        let files = try rendered.map { try $0.get() }
        return files[1...].flatMap(\.self) + files[0]
    }

    private enum Artifact: CaseIterable {
        case swift, ddl, relationsJSON, mermaid, markdown

        func render(_ schema: SchemaDefinition, graph: RelationGraph) throws -> [GeneratedFile] {
            switch self {
            case .swift: SwiftCodeGenerator().files(for: schema, graph: graph)
            case .ddl: [GeneratedFile(path: "\(schema.name)/schema.sql", contents: DDLRenderer().render(schema))]
            case .relationsJSON: [GeneratedFile(path: "\(schema.name)/relations.json", contents: try JSONWriter.text(of: graph) + "\n")]
            case .mermaid: [GeneratedFile(path: "\(schema.name)/relations.mmd", contents: MermaidRenderer().render(schema, graph: graph))]
            case .markdown: [GeneratedFile(path: "\(schema.name)/relations.md", contents: RelationsMarkdownRenderer().render(schema, graph: graph))]
            }
        }
    }
}
