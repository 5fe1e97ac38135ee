import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

/// The schemas the running command works on, handed over by ``SchemaGenCommand/main(schemas:arguments:)``.
enum Workspace {
    @TaskLocal static var schemas: [Schema] = []
    @TaskLocal static var seeds: [Seed] = []

    /// The seeds declared for `schema`, in order.
    static func seeds(of schema: String) -> [Seed] {
        seeds.filter { $0.schema == schema }
    }

    /// The schemas named on the command line, or all of them when none is named.
    static func select(_ names: [String]) throws -> [Schema] {
        if names.isEmpty { return schemas }
        return try names.map { name in
            guard let schema = schemas.first(where: { $0.name == name }) else {
                let known = schemas.map(\.name).joined(separator: ", ")
                throw ValidationError("no schema named '\(name)'. Declared schemas: \(known.isEmpty ? "none" : known)")
            }
            return schema
        }
    }

    /// Validates each schema (``ValidatedSchema``); prints every diagnostic to standard error,
    /// paths relative to the working folder, and, with `graphWarnings`, the relation graph's
    /// warnings too (else their count). Throws (exit code 1) when any is an error.
    static func check(_ selected: [Schema], graphWarnings: Bool = false) throws -> [ValidatedSchema] {
        let validated = selected.map(ValidatedSchema.init)
        let all = validated.flatMap(\.diagnostics).sorted { $0.severity < $1.severity }
        for diagnostic in all { printError(relativePaths(diagnostic)) }
        let errors = all.filter { $0.severity == .error }.count
        if errors > 0 {
            let warnings = all.count - errors
            printError("\(errors) error\(errors == 1 ? "" : "s")\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""); nothing was written.")
            throw ExitCode.failure
        }
        let graph = validated.flatMap(\.graphWarnings)
        if graphWarnings {
            for warning in graph { printError(relativePaths(warning)) }
        } else if !graph.isEmpty {
            printError("note: the relation graphs have \(graph.count) warning\(graph.count == 1 ? "" : "s") (unindexed foreign keys, blocked cascades, ...): see relations.md or run `schemagen validate`")
        }
        return validated
    }

    static func relativePaths(_ diagnostic: Diagnostic) -> String {
        var diagnostic = diagnostic
        let folder = FileManager.default.currentDirectoryPath + "/"
        if let file = diagnostic.location?.file, file.hasPrefix(folder) {
            diagnostic.location?.file = String(file.dropFirst(folder.count))
        }
        return diagnostic.description
    }

    /// Prints a line per file written or removed in the output folder `output`, in path order,
    /// and returns how many there were:
    ///
    /// ```
    /// removed   Generated/saas_starter/migrations/0002_add_invoices.sql
    /// created   Generated/saas_starter/migrations/0003_add_invoices.down.sql
    /// ```
    @discardableResult
    static func printChanges(_ outcomes: [(path: String, outcome: FileWriter.Outcome)], removed: [String], in output: String) -> Int {
        let lines = outcomes.filter { $0.outcome != .unchanged }.map { ($0.path, $0.outcome.rawValue) } + removed.map { ($0, "removed") }
        for (path, verb) in lines.sorted(by: { $0.0 < $1.0 }) {
            print("\(verb.padding(toLength: 9, withPad: " ", startingAt: 0)) \(output)/\(path)")
        }
        return lines.count
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

extension Workspace {
    /// The expression forms in `<root>/<schema>/snapshot.json`, none when it is missing or unreadable
    /// (which `check`'s generated-files section reports).
    static func recordedExpressionForms(of schema: String, root: URL) -> ExpressionForms {
        let file = root.appending(path: schema).appending(path: SchemaSnapshot.fileName)
        guard let text = try? String(contentsOf: file, encoding: .utf8), let snapshot = try? SchemaSnapshot(decoding: text) else { return ExpressionForms() }
        return snapshot.expressionForms
    }

    /// The migrations a database command applies or reads; a folder that does not exist is an
    /// error (a mistyped `-o` must not look like "nothing to apply").
    static func existingMigrationDirectory(of schema: String, root: URL) throws -> MigrationDirectory {
        let folder = root.appending(path: schema).appending(path: MigrationDirectory.folderName)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("no migrations folder at \(folder.relativePath): run `schemagen generate \(schema)` first, or pass -o with the folder the generated files are in")
        }
        return try MigrationDirectory(reading: folder)
    }

    /// The output folder's lock, for a command that writes in it; another holder is an error
    /// (exit code 1) naming it.
    static func lockOutput(_ root: URL) throws -> OutputLock {
        do {
            return try OutputLock(root: root)
        } catch let held as OutputLock.Held {
            printError("error: \(held)")
            throw ExitCode.failure
        }
    }

    static func migrationDirectory(of schema: String, root: URL) throws -> MigrationDirectory {
        try MigrationDirectory(reading: root.appending(path: schema).appending(path: MigrationDirectory.folderName))
    }

    /// The one schema a database command works on: the named one, or the only one declared.
    static func single(_ name: String?) throws -> Schema {
        guard name != nil || schemas.count == 1 else {
            throw ValidationError("name the schema to work on: \(schemas.map(\.name).joined(separator: ", "))")
        }
        let schema = try name.map { try select([$0])[0] } ?? schemas[0]
        guard Validator.isFolderName(schema.name) else {
            throw ValidationError("schema name \"\(schema.name)\" is not a folder name; run `schemagen validate` for where it is declared")
        }
        return schema
    }
}
