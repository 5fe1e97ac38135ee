import Foundation
import PostgresNIO
import SchemaGen
import SchemaGenPostgres
import SyntheticSchemas

/// A live database holding the synthetic schema: creating it, introspecting it (one catalog
/// query, whatever the number of tables) and migrating it by 5% of its tables.
enum IntrospectionBenchmark {
    static func run(size: Int, server: DatabaseURL) async throws -> [Figure] {
        let model = SyntheticSchema.declaration(tables: size).resolve().definition
        let name = "schemagen_bench_\(UInt32.random(in: 0...UInt32.max))"
        let admin = try await LiveDatabase.connect(to: server, applicationName: "schemagen-bench")
        try await admin.execute("CREATE DATABASE \(name)")
        do {
            let figures = try await measure(model, size: size, url: server.with(database: name))
            try await admin.execute("DROP DATABASE \(name) WITH (FORCE)")
            await admin.close()
            return figures
        } catch {
            try? await admin.execute("DROP DATABASE \(name) WITH (FORCE)")
            await admin.close()
            throw error
        }
    }

    private static func measure(_ model: SchemaDefinition, size: Int, url: DatabaseURL) async throws -> [Figure] {
        let database = try await LiveDatabase.connect(to: url, applicationName: "schemagen-bench")
        defer { Task { await database.close() } }
        let create = try await Measure.milliseconds(repetitions: 1) {
            try await database.execute("BEGIN")
            // The statements of the initial migration, as `migrate` would run them.
            let plan = Planner().plan(Differ(from: SchemaDefinition(name: model.name), to: model).diff())
            for statement in plan.steps.flatMap(\.statements) { try await database.execute(statement) }
            try await database.execute("COMMIT")
        }
        var introspected: SchemaDefinition?
        let introspect = try await Measure.milliseconds(repetitions: 7) { introspected = try await database.introspect(as: model.name).schema }
        guard introspected?.tables.count == model.tables.count else {
            throw BenchmarkError("introspection found \(introspected?.tables.count ?? 0) tables, expected \(model.tables.count)")
        }
        // The same, in its two halves: the server's query, and reading its JSON into the model.
        for statement in CatalogQuery.setup { try await database.execute(statement) }
        var json = ""
        let query = try await Measure.milliseconds(repetitions: 7) { json = try await database.value(PostgresQuery(unsafeSQL: CatalogQuery.sql)) ?? "" }
        for statement in CatalogQuery.teardown { try await database.execute(statement) }
        let read = try Measure.milliseconds(repetitions: 7) { _ = try CatalogReader().snapshot(json: json, schemaName: model.name) }
        // What `check --database-url` does: read the catalog, have the declaration's expressions
        // printed by the server, and render the differ's changes; and what `diff` does between
        // the database and the declaration.
        var drift: [SchemaDifference] = []
        let check = try await Measure.milliseconds(repetitions: 5) {
            let live = try await database.introspect(as: model.name).schema
            let declared = try await database.normalizingExpressions(of: model, comparedWith: live).schema
            drift = SchemaComparison(expected: declared, actual: live).differences
        }
        guard drift.isEmpty else { throw BenchmarkError("check found drift on the database it built: \(drift.prefix(3))") }
        let normalize = try await Measure.milliseconds(repetitions: 5) { _ = try await database.normalizingExpressions(of: model) }
        let live = try await database.introspect(as: model.name).schema
        let normalizeDiffering = try await Measure.milliseconds(repetitions: 5) { _ = try await database.normalizingExpressions(of: model, comparedWith: live) }
        // `diff` between two databases (here the same one, read twice): the yardstick of `check`.
        let databases = try await Measure.milliseconds(repetitions: 5) {
            let (from, to) = (try await database.introspect(as: model.name).schema, try await database.introspect(as: model.name).schema)
            _ = Planner().plan(Differ.betweenCatalogs(from: from, to: to).diff())
        }
        var remaining = 0
        let diff = try await Measure.milliseconds(repetitions: 5) {
            let live = try await database.introspect(as: model.name).schema
            let declared = try await database.normalizingExpressions(of: model, comparedWith: live).schema
            remaining = Planner().plan(Differ.betweenCatalogs(from: live, to: declared).diff()).steps.count
        }
        guard remaining == 0 else { throw BenchmarkError("diff planned \(remaining) steps on the database it built") }
        // What `--verify` does once the start is built: apply the plan (here the 5% migration),
        // read the catalog back, compare it with the declaration (its expressions printed by
        // the server) and plan again.
        let edited = SyntheticSchema.edited(model, fraction: 0.05)
        let plan = Planner().plan(Differ(from: model, to: edited, allowed: []).diff())
        var verification: PlanVerifier.Verification?
        let verify = try await Measure.milliseconds(repetitions: 1) {
            verification = try await PlanVerifier(database: database).verify(plan, reaching: edited)
        }
        guard verification?.succeeded == true else { throw BenchmarkError("--verify refused the 5% migration: \(verification?.problems.prefix(3) ?? [])") }
        let label = "\(size.formatted())-table database"
        return [
            Figure(name: "\(label): create (initial migration)", value: create, unit: "ms"),
            Figure(name: "\(label): introspect (1 catalog query)", value: introspect, unit: "ms", target: size == 1_000 ? 500 : nil),
            Figure(name: "\(label):   the query (\(json.utf8.count / 1024) KiB of JSON)", value: query, unit: "ms"),
            Figure(name: "\(label):   JSON into the model", value: read, unit: "ms"),
            Figure(name: "\(label): check (introspect, declared expressions printed by the server, compare)", value: check, unit: "ms",
                   target: size == 1_000 ? databases * 1.5 : nil),
            Figure(name: "\(label):   declared expressions printed by the server: all", value: normalize, unit: "ms"),
            Figure(name: "\(label):   declared expressions printed by the server: those written otherwise", value: normalizeDiffering, unit: "ms"),
            Figure(name: "\(label): diff database to declaration (the same, then plan)", value: diff, unit: "ms"),
            Figure(name: "\(label): diff database to database (2 catalog queries, plan)", value: databases, unit: "ms"),
            Figure(name: "\(label): --verify the 5% migration (\(plan.steps.flatMap(\.statements).count) statements applied, read back, compared, planned again)",
                   value: verify, unit: "ms"),
        ]
    }

}
