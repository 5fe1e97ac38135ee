import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

/// One side of `schemagen diff`: `empty`, a database URL, a declared schema's name, or a
/// folder of migrations (`Generated/<schema>/migrations`).
enum DiffSource {
    case empty
    case database(DatabaseURL)
    case declared(ValidatedSchema)
    case migrations(folder: URL, schema: String)

    init(_ text: String, option: String) throws {
        if text == "empty" {
            self = .empty
        } else if ["postgres://", "postgresql://"].contains(where: { text.lowercased().hasPrefix($0) }), let url = try DatabaseURL.argument(text, option: option) {
            self = .database(url)
        } else if let schema = Workspace.schemas.first(where: { $0.name == text }) {
            self = .declared(try Workspace.check([schema])[0])
        } else {
            var folder = URL(filePath: text, directoryHint: .isDirectory).standardizedFileURL
            if folder.lastPathComponent != MigrationDirectory.folderName,
               FileManager.default.fileExists(atPath: folder.appending(path: MigrationDirectory.folderName).path) {
                folder = folder.appending(path: MigrationDirectory.folderName)
            }
            guard FileManager.default.fileExists(atPath: folder.path) else {
                let known = Workspace.schemas.map(\.name).joined(separator: ", ")
                throw ValidationError("--\(option) \(text): not `empty`, a postgres:// URL, a declared schema (\(known.isEmpty ? "none" : known)) or a migrations folder")
            }
            self = .migrations(folder: folder, schema: folder.deletingLastPathComponent().lastPathComponent)
        }
    }

    /// How messages name the source.
    var label: String {
        switch self {
        case .empty: "empty"
        case .database(let url): "database \(url)"
        case .declared(let checked): "declared schema \(checked.schema.name)"
        case .migrations(let folder, _): "migrations \(folder.relativePath)"
        }
    }

    /// The schema the source holds and the objects it holds that the model does not describe.
    /// A migrations folder is replayed on a scratch database when one is given, else read from
    /// the snapshot.json its last migration recorded.
    func load(scratch: DatabaseURL?) async throws -> CatalogSnapshot {
        switch self {
        case .empty:
            return CatalogSnapshot(schema: SchemaDefinition(name: "empty"))
        case .database(let url):
            return try await LiveSession.run(url: url, command: "diff") { try await $0.introspect(as: "database") }
        case .declared(let checked):
            return CatalogSnapshot(schema: checked.definition)
        case .migrations(let folder, let schema):
            let directory = try MigrationDirectory(reading: folder)
            let problems = directory.integrityProblems()
            guard problems.isEmpty else { throw ValidationError("\(label): \(problems.joined(separator: "; "))") }
            if let scratch {
                return try await ScratchDatabase.with(server: scratch, command: "diff") { database in
                    _ = try await Migrator(database: database, schema: schema, directory: directory).migrate { _ in }
                    return try await database.introspect(as: schema)
                }
            }
            let snapshot = folder.deletingLastPathComponent().appending(path: SchemaSnapshot.fileName)
            guard let text = try? String(contentsOf: snapshot, encoding: .utf8) else {
                throw ValidationError("\(label): no \(SchemaSnapshot.fileName) beside it; pass --scratch-database-url to replay the migrations")
            }
            let recorded = try SchemaSnapshot(decoding: text)
            return CatalogSnapshot(schema: recorded.expressionForms.applied(to: recorded.schema.catalogForm))
        }
    }

    /// Whether the source's expressions are as declared (a declaration, or a snapshot.json read
    /// without replaying) rather than as a catalog stores them.
    func holdsDeclaration(scratch: DatabaseURL?) -> Bool {
        switch self {
        case .declared: true
        case .migrations: scratch == nil
        case .empty, .database: false
        }
    }

    /// The rename hints and migration settings a declared schema states.
    var declaration: ResolvedSchema? {
        if case .declared(let checked) = self { checked.resolved } else { nil }
    }
}
