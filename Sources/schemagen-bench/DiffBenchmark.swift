import SchemaGen
import SyntheticSchemas

/// Diff and plan between two versions of a schema that differ in about 5% of its tables: what
/// `generate` does when a declaration changed.
enum DiffBenchmark {
    static func run(size: Int) -> [Figure] {
        let before = SyntheticSchema.declaration(tables: size).resolve().definition
        let after = SyntheticSchema.edited(before, fraction: 0.05)
        var statements = 0
        let diff = Measure.milliseconds(repetitions: size >= 10_000 ? 5 : 11) {
            _ = Differ(from: before, to: after, allowed: []).diff()
        }
        let plan = Measure.milliseconds(repetitions: size >= 10_000 ? 5 : 11) {
            let changes = Differ(from: before, to: after, allowed: []).diff()
            statements = Planner().plan(changes).steps.flatMap(\.statements).count
        }
        return [
            Figure(name: "\(size.formatted()) tables, 5% changed: diff", value: diff, unit: "ms", target: size == 10_000 ? 200 : nil),
            Figure(name: "\(size.formatted()) tables, 5% changed: diff + plan (\(statements) statements)", value: plan, unit: "ms"),
        ]
    }
}
