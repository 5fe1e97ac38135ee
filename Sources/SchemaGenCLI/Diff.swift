import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the SQL that takes one schema source to another, with the hazards of each statement.",
        discussion: """
            A source is `empty`, a database URL (postgres://...), a declared schema's name, or a \
            folder of migrations (Generated/<schema>/migrations, or its schema folder), replayed on \
            a scratch database with --scratch-database-url, else read from its snapshot.json. The \
            SQL comes from the planner `generate` uses. Objects the model does not describe yet (rules, \
            range types, partitions of partitions, ...) are listed as warnings and never touched: no statement uses \
            CASCADE; views, functions, triggers and policies a change pulls from under them are dropped and \
            created again around it, and a plan that would take one of those objects along is refused, naming it. With --verify, the \
            plan is first proved on a throwaway database. Exit codes: 0 no difference, 2 \
            differences, 1 error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case sql, json }

    @Option(help: "Where to start: empty, a database URL, a schema name or a migrations folder.")
    var from: String

    @Option(help: "What to reach: empty, a database URL, a schema name or a migrations folder.")
    var to: String

    @Option(help: "sql or json.")
    var format: Format = .sql

    @OptionGroup var scratchServer: ScratchServerOptions

    @Option(help: ArgumentHelp("Prove the plan first: build --from on a throwaway database of this server, apply, compare with --to, plan again.", valueName: "url"))
    var verify: String?

    @Flag(help: "Write online plans: indexes built CONCURRENTLY, constraints added NOT VALID and validated later, lock_timeout and statement_timeout per step.")
    var online = false

    @OptionGroup var hazards: HazardOptions

    func run() async throws {
        let scratch = try scratchServer.serverURL()
        let verifyURL = try DatabaseURL.argument(verify, option: "verify")
        let (fromSource, toSource) = (try SchemaSource(argument: from, option: "from"), try SchemaSource(argument: to, option: "to"))
        var (start, goal) = (try await fromSource.load(scratch: scratch), try await toSource.load(scratch: scratch))
        var warnings: [Diagnostic] = []
        func warn(_ code: DiagnosticCode, _ message: String) {
            if !warnings.contains(where: { $0.message == message }) { warnings.append(Diagnostic(.warning, code: code, schema: "diff", message)) }
        }
        // A declaration compared with a catalog: its expressions as PostgreSQL stores them first.
        switch (fromSource.holdsDeclaration(scratch: scratch), toSource.holdsDeclaration(scratch: scratch)) {
        case (true, false) where !start.schema.tables.isEmpty:
            for message in try await normalize(&start.schema, of: fromSource, beside: toSource, holding: goal.schema, scratch: scratch) { warn(.comparedAsWritten, message) }
        case (false, true) where !goal.schema.tables.isEmpty:
            for message in try await normalize(&goal.schema, of: toSource, beside: fromSource, holding: start.schema, scratch: scratch) { warn(.comparedAsWritten, message) }
        default:
            break
        }
        let settings = toSource.declaration?.settings ?? MigrationSettings()
        let generator = hazards.generatorOptions(online: online)
        let options = generator.plan(for: settings)
        let diff = Differ.betweenCatalogs(from: start.schema, to: goal.schema, renames: toSource.declaration?.renames ?? RenameHints()).diff()
        let plan = Planner(options: options).plan(diff)

        let unmodeled = start.unmodeledDifferences(from: goal)
        for (object, source) in unmodeled.here.map({ ($0, fromSource) }) + unmodeled.there.map({ ($0, toSource) }) {
            warn(.notCompared, object.isSetting
                ? "\(object) in \(source.label) only: not modelled, so the plan does not change it"
                : "\(object) in \(source.label) is not compared: diff neither creates, changes nor drops it")
        }
        for rename in diff.suspectedRenames {
            warn(.suspectedRename, "\(rename.what): planned as a drop and an add, since a rename is only ever declared (\(rename.hint))")
        }
        let blocked = start.unmodeledDependents(of: diff, schema: "diff")
        let violations = generator.policy(for: settings).violations(in: plan.steps)
        guard violations.isEmpty, blocked.isEmpty else {
            for warning in warnings { Workspace.printError("warning: \(warning.message) [\(warning.code)]") }
            for problem in blocked { Workspace.printError("error: \(problem.message) [\(problem.code)]") }
            for line in violations { Workspace.printError("error: \(line)") }
            throw ExitCode.failure
        }
        if let verifyURL {
            let problems = try await ScratchVerification.problems(server: verifyURL, command: "diff", plan: plan, wanted: goal.schema, options: options) { database in
                try await database.run(Planner().plan(Differ(from: SchemaDefinition(name: start.schema.name), to: start.schema.catalogForm).diff()).steps,
                                       context: "building \(fromSource.label) on the scratch database")
            }
            guard problems.isEmpty else {
                Workspace.printError("error: the plan does not verify on the scratch database \(verifyURL):")
                for line in problems { Workspace.printError("  \(line)") }
                throw ExitCode.failure
            }
        }
        let report = DiffReport(from: fromSource.label, to: toSource.label, plan: plan, warnings: warnings, verified: verifyURL != nil)
        if format == .json {
            print(report.json)
        } else {
            for warning in warnings { Workspace.printError("warning: \(warning.message) [\(warning.code)]") }
            print(report.sql, terminator: "")
        }
        if !plan.isEmpty { throw ExitCode(2) }
    }

    /// `schema`'s expressions as the other side's server stores them, else as a scratch
    /// database stores them; the warnings say which could not be normalized.
    private func normalize(
        _ schema: inout SchemaDefinition, of source: SchemaSource, beside other: SchemaSource, holding catalog: SchemaDefinition, scratch: DatabaseURL?
    ) async throws -> [String] {
        let declared = schema
        let result: (schema: SchemaDefinition, failures: [String])
        if case .database(let url) = other {
            result = try await LiveSession.run(url: url, command: "diff") { try await $0.normalizingExpressions(of: declared, comparedWith: catalog) }
        } else if let scratch {
            result = try await ScratchDatabase.with(server: scratch, command: "diff") {
                try await $0.normalizingExpressions(of: declared, comparedWith: catalog, createsMissingTypes: true)
            }
        } else {
            return ["the expressions of \(source.label) are compared as written, not as PostgreSQL stores them: pass --scratch-database-url"]
        }
        schema = result.schema
        return result.failures.map { "the expressions of \($0) in \(source.label) are compared as written: PostgreSQL could not store a copy" }
    }
}

/// What `schemagen diff` prints: the plan as SQL for a person or a script, or as JSON.
struct DiffReport: Encodable {
    struct Statement: Encodable {
        var sql: String
        var hazards: [Hazard]
    }

    struct Step: Encodable {
        var transactional: Bool
        var note: String?
        var statements: [Statement]
    }

    var from: String
    var to: String
    var differences: Bool
    var verified: Bool
    var steps: [Step]
    var hazards: [String: Int]
    /// What the plan does not cover, each with its code.
    var warnings: [Diagnostic]
    private let summary: String?
    private let body: String

    private enum CodingKeys: String, CodingKey { case from, to, differences, verified, steps, hazards, warnings }

    init(from: String, to: String, plan: MigrationPlan, warnings: [Diagnostic], verified: Bool) {
        self.from = from
        self.to = to
        differences = !plan.isEmpty
        self.verified = verified
        steps = plan.steps.map { step in
            Step(transactional: step.transactional, note: step.note,
                 statements: zip(step.statements, step.hazards).map { Statement(sql: $0, hazards: $1) })
        }
        hazards = Dictionary(uniqueKeysWithValues: plan.hazardCounts.map { ($0.key.rawValue, $0.value) })
        self.warnings = warnings
        summary = plan.hazardSummary
        body = plan.sql
    }

    var sql: String {
        var text = "-- schemagen diff from \(from) to \(to)" + (verified ? ", verified on a scratch database" : "") + ".\n" + body
        if let summary { text += "\n-- Hazards: \(summary).\n" }
        return text
    }

    var json: String {
        (try? JSONWriter.text(of: self)) ?? ""
    }
}
