import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fail when generated files, migrations or a live database drifted from the declarations.",
        discussion: """
            For each schema: (1) Generated/<schema>/ must be exactly what `generate` writes, with no \
            change left without its migration; (2) the migration files must match schemagen.sum and, \
            with --scratch-database-url, replay on a new scratch database to snapshot.json; (3) with \
            --database-url (or DATABASE_URL), the live database must match the declaration: \
            every missing, extra or different table, column, type, nullability, default, key, \
            foreign key and action, index and enum is listed. Exit codes: 0 all passed, 2 drift \
            found, 1 the check could not run.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Schemas to check (default: all).")
    var schemas: [String] = []

    @Option(name: .shortAndLong, help: "The folder generated files are in.")
    var output = "Generated"

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var scratchServer: ScratchServerOptions

    @Option(help: "text or json.")
    var format: Format = .text

    func run() async throws {
        let root = URL(filePath: output, directoryHint: .isDirectory)
        let live = try database.databaseURL()
        let scratch = try scratchServer.serverURL()
        var report = CheckReport(schemas: [])
        for checked in try Workspace.check(try Workspace.select(schemas)) {
            var sections = [generatedFiles(checked, root: root)]
            sections.append(try await migrations(checked, root: root, scratch: scratch))
            if let live { sections.append(try await drift(checked, url: live, root: root)) }
            report.schemas.append(.init(schema: checked.schema.name, sections: sections))
        }
        print(format == .json ? report.json : report.text)
        if !report.ok { throw ExitCode(2) }
    }

    /// Generated/<schema>/ against what `generate` would write now.
    private func generatedFiles(_ checked: ValidatedSchema, root: URL) -> CheckReport.Section {
        var section = CheckReport.Section(schema: checked.schema.name, title: "generated files", summary: "\(output)/\(checked.schema.name)")
        let (generation, files): (Generation, [GeneratedFile])
        do {
            (generation, files) = try GeneratedFile.collecting { sink in try checked.generation(in: root, into: sink) }
        } catch {
            section.problem(.generationRefused, "`schemagen generate` cannot bring them up to date: \(error)")
            return section
        }
        if let migration = generation.migration {
            section.problem(.migrationPending, "the declaration changed since the last migration: `schemagen generate` would write migration \(migration.identifier)")
        }
        let migrationFiles = "\(checked.schema.name)/\(MigrationDirectory.folderName)/"
        for (file, outcome) in FileWriter(root: root).plan(files) where outcome != .unchanged {
            // A pending migration's own files are reported once, above.
            if generation.migration != nil, file.path.hasPrefix(migrationFiles) || file.path.hasSuffix(SchemaSnapshot.fileName) { continue }
            let path = "\(output)/\(file.path)"
            if outcome == .created {
                section.problem(.generatedFileOutdated, "missing: \(path)")
            } else {
                let existing = (try? String(contentsOf: root.appending(path: file.path), encoding: .utf8)) ?? ""
                section.problem(.generatedFileOutdated, "changed: \(path) (first difference at line \(Self.firstDifferentLine(existing, file.contents)))")
            }
        }
        for path in generation.stale { section.problem(.generatedFileOutdated, "no longer generated: \(output)/\(path)") }
        if !section.problems.isEmpty { section.note(.advice, "run `schemagen generate` and commit the result") }
        return section
    }

    static func firstDifferentLine(_ old: String, _ new: String) -> Int {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        return (zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)) + 1
    }

    /// The folder's integrity and, with a scratch server, a replay compared with snapshot.json.
    private func migrations(_ checked: ValidatedSchema, root: URL, scratch: DatabaseURL?) async throws -> CheckReport.Section {
        let name = checked.schema.name
        var section = CheckReport.Section(schema: name, title: "migrations", summary: "")
        let directory = try Workspace.migrationDirectory(of: name, root: root)
        for problem in directory.integrityProblems(of: name) { section.problem(.migrationsTampered, problem) }
        let files: [MigrationFile]
        do {
            files = try directory.migrationFiles()
        } catch {
            section.problem(.migrationFileUnreadable, "\(error)")
            return section
        }
        section.summary = "\(files.count) file\(files.count == 1 ? "" : "s")" + (section.problems.isEmpty ? ", checksums intact" : "")
        let snapshotFile = root.appending(path: name).appending(path: SchemaSnapshot.fileName)
        guard let scratch, section.problems.isEmpty, let recorded = try? String(contentsOf: snapshotFile, encoding: .utf8) else {
            if scratch == nil { section.note(.advice, "replay skipped: pass --scratch-database-url to replay the migrations on a scratch database") }
            return section
        }
        let snapshot = try SchemaSnapshot(decoding: recorded)
        let (replayed, expected, failures) = try await ScratchDatabase.with(server: scratch, command: "check") { database in
            _ = try await Migrator(database: database, schema: name, directory: directory).migrate { _ in }
            let replayed = try await database.introspect(as: name).schema
            let (expected, failures) = try await database.normalizingExpressions(
                of: snapshot.schema, comparedWith: replayed, recorded: snapshot.expressionForms)
            return (replayed, expected, failures)
        }
        for failure in failures { section.note(.comparedAsWritten, "compared as written, PostgreSQL could not store a copy of \(failure)") }
        let differences = SchemaComparison(expected: expected, actual: replayed, labels: ("in snapshot.json", "after replay")).differences
        for difference in differences { section.problem(.replayDiffers, "replay: \(difference)") }
        section.summary += differences.isEmpty ? ", replayed to snapshot.json" : ", replay differs from snapshot.json"
        return section
    }

    /// The live database against the declaration, and its recorded history against the files:
    /// a migration changed after it was applied, one stopped part-way, an index left INVALID by
    /// an interrupted `CONCURRENTLY` build.
    private func drift(_ checked: ValidatedSchema, url: DatabaseURL, root: URL) async throws -> CheckReport.Section {
        let name = checked.schema.name
        let directory = try? Workspace.migrationDirectory(of: name, root: root)
        let forms = Workspace.recordedExpressionForms(of: name, root: root)
        let (drift, history) = try await LiveSession.run(url: url, command: "check") { database in
            let drift = try await LiveDrift(database: database, declaration: checked.definition, recorded: forms)
            var history: MigrationHistory?
            if let directory { history = try await Migrator(database: database, schema: name, directory: directory).history() }
            return (drift, history)
        }
        let (snapshot, differences, failures) = (drift.catalog, drift.differences, drift.comparedAsWritten)
        var recorded: [(DiagnosticCode, String)] = []
        if let history {
            // The folder's own integrity is the migrations section's.
            recorded += history.problems.filter { !history.integrity.contains($0) }.map { (.historyMismatch, $0) }
            if let stopped = history.interrupted {
                recorded.append((.migrationStopped, "\(stopped.identifier) stopped part-way: \(stopped.stepsDone) of \(stopped.stepsTotal) steps recorded; run `schemagen migrate --resume`"))
            }
            if let reverting = history.reverting {
                recorded.append((.revertStopped, "the revert of \(reverting.identifier) stopped after step \(reverting.revertedSteps ?? 0) of its down file; run `schemagen down` to finish it"))
            }
        }
        recorded += snapshot.invalidIndexes.map { (.invalidIndex, "\($0.qualifiedText) is INVALID: a CONCURRENTLY build was interrupted; drop it and migrate again") }
        // An INVALID index is a problem above, not also a note.
        let invalidNames = Set(snapshot.invalidIndexes.map(\.qualifiedText))
        let invalid = snapshot.unmodeled.filter { $0.kind == "index setting" && invalidNames.contains(String($0.name.prefix { $0 != " " })) }
        let count = differences.count + recorded.count
        var section = CheckReport.Section(
            schema: name, title: "database", summary: "\(url): " + (count == 0 ? "matches the declaration" : "\(count) difference\(count == 1 ? "" : "s")"),
            differences: differences)
        for difference in differences { section.problem(.drift, difference.description) }
        for (code, message) in recorded { section.problem(code, message) }
        for object in snapshot.unmodeled where !invalid.contains(object) { section.note(.notCompared, "not compared: \(object)") }
        for failure in failures { section.note(.comparedAsWritten, "compared as written, PostgreSQL could not store a copy of \(failure)") }
        return section
    }
}
