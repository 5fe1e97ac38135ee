import Foundation
import SchemaGen
import SyntheticSchemas

/// Everything `generate` does for one schema of `size` tables, phase by phase: declaring it in
/// the DSL, resolving, validating, DDL, Swift code, the relation graph with its renderings.
/// Runs in a process of its own per size, so that its peak memory is its own.
enum GenerationBenchmark {
    static func run(size: Int) throws -> [Figure] {
        let repetitions = size >= 10_000 ? 3 : size >= 1_000 ? 7 : 21
        var schema: Schema?
        let declare = Measure.milliseconds(repetitions: repetitions) { schema = SyntheticSchema.declaration(tables: size) }
        var resolved: ResolvedSchema?
        let resolve = Measure.milliseconds(repetitions: repetitions) { resolved = schema!.resolve() }
        let model = resolved!.definition
        var diagnostics: [Diagnostic] = []
        let validate = Measure.milliseconds(repetitions: repetitions) {
            diagnostics = Validator(schema: model, sources: resolved!.sources).validate()
        }
        guard diagnostics.allSatisfy({ $0.severity != .error }) else {
            throw BenchmarkError("the synthetic schema has errors: \(diagnostics.prefix(3))")
        }
        let ddl = Measure.milliseconds(repetitions: repetitions) { _ = DDLRenderer().render(model) }
        var graph: RelationGraph?
        let relations = Measure.milliseconds(repetitions: repetitions) {
            let built = RelationGraph(schema: model)
            _ = MermaidRenderer().render(model, graph: built)
            _ = RelationsMarkdownRenderer().render(model, graph: built)
            graph = built
        }
        let swift = Measure.milliseconds(repetitions: repetitions) { _ = SwiftCodeGenerator().files(for: model, graph: graph!) }
        // What `generate` does before it plans the migration: ``ValidatedSchema`` (resolve,
        // validate, the graph and its warnings), then every artefact.
        let everything = try Measure.milliseconds(repetitions: repetitions) {
            let validated = ValidatedSchema(schema!)
            _ = try SchemaArtifacts.files(for: validated.definition, graph: validated.relationGraph!)
        }
        let target: Double? = size == 1_000 ? 50 : size == 10_000 ? 500 : nil
        let label = "\(size.formatted()) tables"
        return [
            Figure(name: "\(label): declare in the DSL (run time)", value: declare, unit: "ms"),
            Figure(name: "\(label): resolve", value: resolve, unit: "ms"),
            Figure(name: "\(label): validate", value: validate, unit: "ms"),
            Figure(name: "\(label): DDL", value: ddl, unit: "ms"),
            Figure(name: "\(label): relation graph (+ Mermaid, Markdown)", value: relations, unit: "ms"),
            Figure(name: "\(label): Swift code", value: swift, unit: "ms"),
            Figure(name: "\(label): generate everything (resolve→all files)", value: everything, unit: "ms", target: target),
            Figure(name: "\(label): peak memory", value: Measure.peakMemory, unit: "MiB"),
        ]
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
