import Foundation

/// The files generated from a schema's current declaration, apart from its migrations:
/// `schema.sql`, the relation graph as `relations.json`, `relations.mmd` and `relations.md`,
/// and the Swift code under `Swift/`.
public enum SchemaArtifacts {
    public static func files(for schema: SchemaDefinition) throws -> [GeneratedFile] {
        let graph = RelationGraph(schema: schema)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [
            GeneratedFile(path: "\(schema.name)/schema.sql", contents: DDLRenderer().render(schema)),
            GeneratedFile(path: "\(schema.name)/relations.json", contents: String(decoding: try encoder.encode(graph), as: UTF8.self) + "\n"),
            GeneratedFile(path: "\(schema.name)/relations.mmd", contents: MermaidRenderer().render(schema, graph: graph)),
            GeneratedFile(path: "\(schema.name)/relations.md", contents: RelationsMarkdownRenderer().render(schema, graph: graph)),
        ] + SwiftCodeGenerator().files(for: schema, graph: graph)
    }
}
