import Foundation

/// What `generate` does for one schema beyond its files: the files it generated earlier that are
/// to go, and the new migration when the declaration changed since `snapshot.json`. The files
/// themselves (everything under `<root>/<schema>/`) go to a sink as they are rendered: a
/// ``FileWriter/Staging`` writes them, all or nothing.
public struct Generation: Sendable {
    /// Files generated earlier that this generation no longer writes (the Swift file of a
    /// dropped table), and temporary files a killed `generate` left behind, relative to the
    /// root: to delete.
    public var stale: [String]
    /// The migration written, when the declaration changed.
    public var migration: Migration?
}

extension ValidatedSchema {
    /// Plans and renders the schema against what `root` holds for it: the snapshot the last
    /// migration recorded and the migrations folder, handing `sink` each file as it is rendered.
    /// Throws ``MigrationRefusal`` when it cannot plan a migration (a destructive change not
    /// allowed, a forbidden hazard, a folder whose checksums do not match), before any file is
    /// handed over, and ``InvalidDeclaration`` when the declaration has errors.
    ///
    /// ```swift
    /// let staging = FileWriter(root: root).staging()
    /// let generation = try validated.generation(in: root) { file in try staging.add(file) }
    /// try staging.commit(removing: generation.stale)
    /// ```
    public func generation(in root: URL, options: MigrationGenerator.Options = .init(), into sink: @escaping GeneratedFile.Sink) throws -> Generation {
        guard !hasErrors, let relationGraph else { throw InvalidDeclaration(schema: schema.name, errors: diagnostics.filter { $0.severity == .error }) }
        // Listed before this generation stages files of its own.
        let leftovers = Self.leftovers(in: root, schema: schema.name)
        let paths = Locked(Set<String>())
        let recording: GeneratedFile.Sink = { file in
            paths.withLock { _ = $0.insert(file.path) }
            try sink(file)
        }
        let migration: Migration?
        do {
            let folder = root.appending(path: schema.name)
            let current = SchemaSnapshot(schema: definition, expressionForms: options.expressionForms ?? ExpressionForms())
            let encoded = (snapshot: current, text: try current.encoded())
            let snapshot = try recordedSnapshot(in: folder, root: root, matching: encoded)
            let directory = try MigrationDirectory(reading: folder.appending(path: MigrationDirectory.folderName))
            let result = try MigrationGenerator(resolved: resolved, recorded: snapshot, directory: directory, options: options, encoded: encoded).generate()
            for file in result.files { try recording(file) }
            migration = result.migration
        }
        // The snapshot's text and the migration's files are handed over and let go: the
        // artefacts render without them.
        try SchemaArtifacts.render(definition, graph: relationGraph, into: recording)
        let stale = Self.staleFiles(in: root, schema: schema.name, keeping: paths.withLock { $0 }) + leftovers
        return Generation(stale: stale.sorted(), migration: migration)
    }

    /// The snapshot recorded in the schema's `folder` under `root`, nil when there is none. A
    /// file that holds the bytes the declaration's snapshot encodes to is that snapshot: it is
    /// compared piece by piece, neither read whole nor decoded, and the encoded text is what the
    /// generator records again. Any other file is read and decoded, and its text let go on return.
    private func recordedSnapshot(in folder: URL, root: URL, matching encoded: (snapshot: SchemaSnapshot, text: String)) throws -> SchemaSnapshot? {
        let file = folder.appending(path: SchemaSnapshot.fileName)
        if FileWriter.holds(file.path, encoded.text) { return encoded.snapshot }
        guard let recorded = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        do {
            return try SchemaSnapshot(decoding: recorded)
        } catch {
            throw MigrationRefusal(schema: schema.name, code: .snapshotUnreadable, location: resolved.sources[.schema], [
                "\(root.relativePath)/\(schema.name)/\(SchemaSnapshot.fileName) cannot be read (\(error)); restore it from version control",
            ])
        }
    }

    /// The Swift files under `<root>/<schema>/Swift` that carry the generator's header but are
    /// not in `keeping`. Files without the header are someone else's, and stay.
    private static func staleFiles(in root: URL, schema: String, keeping: Set<String>) -> [String] {
        let folder = "\(schema)/Swift"
        return files(in: root, folder).filter { path in
            guard path.hasSuffix(".swift"), !keeping.contains(path),
                  let handle = FileHandle(forReadingAtPath: root.appending(path: path).path) else { return false }
            defer { try? handle.close() }
            let head = (try? handle.read(upToCount: 64)) ?? Data()
            return String(decoding: head, as: UTF8.self).hasPrefix("// Generated by schemagen from schema \(schema),")
        }
    }

    /// The temporary files that a `generate` killed before its commit left in the schema's
    /// folders under `root`.
    private static func leftovers(in root: URL, schema: String) -> [String] {
        [schema, "\(schema)/Swift", "\(schema)/\(MigrationDirectory.folderName)"].flatMap { files(in: root, $0) }.filter(FileWriter.isTemporary)
    }

    /// The paths of the entries of `folder` under `root`, sorted; none when it does not exist.
    private static func files(in root: URL, _ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: folder).path)) ?? []).sorted().map { "\(folder)/\($0)" }
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
