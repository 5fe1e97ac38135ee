import Foundation

/// What `generate` writes for one schema: every file under `<root>/<schema>/` and the new
/// migration when the declaration changed since `snapshot.json`. Nothing is written here;
/// ``FileWriter`` writes the files, all or nothing.
public struct Generation: Sendable {
    public var files: [GeneratedFile]
    /// The migration written, when the declaration changed.
    public var migration: Migration?
}

extension ValidatedSchema {
    /// Plans and renders the schema against what `root` holds for it: the snapshot the last
    /// migration recorded and the migrations folder. Throws ``MigrationRefusal`` when it cannot
    /// plan a migration (a destructive change not allowed, a forbidden hazard, a folder whose
    /// checksums do not match) and ``InvalidDeclaration`` when the declaration has errors.
    public func generation(in root: URL, options: MigrationGenerator.Options = .init()) throws -> Generation {
        guard !hasErrors else { throw InvalidDeclaration(schema: schema.name, errors: diagnostics.filter { $0.severity == .error }) }
        let folder = root.appending(path: schema.name)
        let recorded = try? String(contentsOf: folder.appending(path: SchemaSnapshot.fileName), encoding: .utf8)
        let snapshot: SchemaSnapshot?
        do {
            snapshot = try recorded.map(SchemaSnapshot.init(decoding:))
        } catch {
            throw MigrationRefusal(schema: schema.name, code: .snapshotUnreadable, location: resolved.sources.all(.schema).first, [
                "\(root.relativePath)/\(schema.name)/\(SchemaSnapshot.fileName) cannot be read (\(error)); restore it from version control",
            ])
        }
        let directory = try MigrationDirectory(reading: folder.appending(path: MigrationDirectory.folderName))
        let result = try MigrationGenerator(resolved: resolved, recorded: snapshot, directory: directory, options: options).generate()
        return Generation(files: try SchemaArtifacts.files(for: definition) + result.files, migration: result.migration)
    }
}

/// A declaration with errors, which nothing is generated from.
public struct InvalidDeclaration: Error, CustomStringConvertible {
    public let schema: String
    public let errors: [Diagnostic]

    public var description: String {
        "\(schema) has \(errors.count) error\(errors.count == 1 ? "" : "s"):\n" + errors.map(\.description).joined(separator: "\n")
    }
}
