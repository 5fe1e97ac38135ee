import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres

extension SchemaSource {
    /// `--from` or `--to` as written: `empty`, a postgres:// URL, a declared schema's name, or
    /// a migrations folder (or the folder holding one).
    init(argument text: String, option: String) throws {
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

    /// ``load(scratch:applicationName:)`` for `diff`, its failures printed as a command prints them.
    func load(scratch: DatabaseURL?) async throws -> CatalogSnapshot {
        do {
            return try await LiveSession.reportingFailures { try await load(scratch: scratch, applicationName: LiveSession.applicationName("diff")) }
        } catch let problem as Problem {
            throw ValidationError(problem.description)
        }
    }
}
