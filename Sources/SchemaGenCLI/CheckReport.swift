import Foundation
import SchemaGen

/// What `schemagen check` found, printed for a person or as JSON for a machine.
///
/// ```
/// saas_starter
///   FAIL generated files
///        changed: Generated/saas_starter/schema.sql (first difference at line 12) [generated-file-outdated]
///   ok   migrations: 2 files, checksums intact, replayed to snapshot.json
///   FAIL database postgres://app:***@db:5432/app?sslmode=prefer: 1 difference
///        missing: column public.users.nickname [drift]
/// ```
struct CheckReport: Encodable {
    struct Section: Encodable {
        /// The schema checked.
        var schema: String
        /// `generated files`, `migrations`, `database`.
        var title: String
        var summary: String
        /// Errors: each fails the check.
        var problems: [Diagnostic] = []
        /// Notes: what was not compared or not done, and what to do next.
        var notes: [Diagnostic] = []
        /// For the database section: each difference, structured.
        var differences: [SchemaDifference]?

        private enum CodingKeys: String, CodingKey { case title, summary, problems, notes, differences }

        mutating func problem(_ code: DiagnosticCode, _ message: String) {
            problems.append(Diagnostic(.error, code: code, schema: schema, message))
        }

        mutating func note(_ code: DiagnosticCode, _ message: String) {
            notes.append(Diagnostic(.note, code: code, schema: schema, message))
        }
    }

    struct SchemaReport: Encodable {
        var schema: String
        var sections: [Section]
        var ok: Bool { sections.allSatisfy(\.problems.isEmpty) }
    }

    var schemas: [SchemaReport]
    var ok: Bool { schemas.allSatisfy(\.ok) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(schemas.map(EncodedSchema.init), forKey: .schemas)
    }

    private enum CodingKeys: String, CodingKey { case ok, schemas }

    private struct EncodedSchema: Encodable {
        var schema: String
        var ok: Bool
        var sections: [Section]

        init(_ report: SchemaReport) {
            schema = report.schema
            ok = report.ok
            sections = report.sections
        }
    }

    var text: String {
        var lines: [String] = []
        for report in schemas {
            lines.append(report.schema)
            for section in report.sections {
                lines.append("  \(section.problems.isEmpty ? "ok  " : "FAIL") \(section.title)\(section.summary.isEmpty ? "" : ": \(section.summary)")")
                lines += section.problems.map { "       \($0.message) [\($0.code)]" }
                lines += section.notes.map { "       note: \($0.message)" }
            }
        }
        let problems = schemas.flatMap(\.sections).map(\.problems.count).reduce(0, +)
        lines.append(problems == 0 ? "All checks passed." : "\(problems) problem\(problems == 1 ? "" : "s") found.")
        return lines.joined(separator: "\n")
    }

    var json: String {
        (try? JSONWriter.text(of: self)) ?? ""
    }
}
