import Foundation

/// Puts a branch's migrations after the main branch's once the two are merged: the situation
/// where each branch generated its own `0002_...`, and `check` fails on the sums and snapshots.
///
/// The main branch's migration files and snapshot stay exactly as they are. Of this branch's
/// migrations (the files main does not have):
/// - the generated ones are planned again, as one migration, from main's snapshot to the merged
///   declaration, in the place of the first of them;
/// - the hand-written and edited ones (as `schemagen.sum` records them, or not recorded at
///   all) are kept as they are, renumbered after main's, with a warning each: their SQL was
///   written against the branch's schema, so the chain should be proved (`rebase --verify`).
///
/// A file changed since `schemagen.sum` signed it is refused: `hash` records the review first.
///
/// ```swift
/// let rebase = try MigrationRebase(resolved: shop.resolve(), merged: folder, main: mainFolder, mainSnapshot: snapshot).rebase()
/// try FileWriter(root: generated).write(rebase.files, removing: rebase.removed)
/// ```
public struct MigrationRebase: Sendable {
    public struct Output: Sendable {
        /// The snapshot, the renumbered and re-planned migrations and the new `schemagen.sum`.
        public var files: [GeneratedFile]
        /// This branch's files that no longer exist under their name, relative to the output folder.
        public var removed: [String]
        /// What a person should look at: each kept hand-written or edited migration.
        public var warnings: [String]
        /// The re-planned migration, if the declaration differs from main's snapshot.
        public var replanned: Migration?
        /// This branch's migrations as they now follow main's, in order: what a proof applies
        /// after main's chain.
        public var following: [Migration]

        /// The migrations kept as they were written, in order.
        public var kept: [Migration] {
            following.filter { $0.identifier != replanned?.identifier }
        }
    }

    /// A migration file that cannot be rebased.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public let resolved: ResolvedSchema
    public let merged: MigrationDirectory
    public let main: MigrationDirectory
    public let mainSnapshot: SchemaSnapshot?
    public let options: MigrationGenerator.Options

    /// `merged` is the folder after the merge (both branches' files); `main` and `mainSnapshot`
    /// are the main branch's folder and snapshot.
    public init(
        resolved: ResolvedSchema, merged: MigrationDirectory, main: MigrationDirectory, mainSnapshot: SchemaSnapshot?,
        options: MigrationGenerator.Options = .init()
    ) {
        self.resolved = resolved
        self.merged = merged
        self.main = main
        self.mainSnapshot = mainSnapshot
        self.options = options
    }

    /// Rebases as described above. With `start` (what main's chain and this branch's kept
    /// migrations reach, read from a database, and the declaration in that server's words), every
    /// kept migration comes first and this branch's other changes are planned after them, from
    /// that catalog: exact when a kept migration changes the schema itself.
    public func rebase(replanningFrom start: (catalog: SchemaDefinition, expected: SchemaDefinition)? = nil) throws -> Output {
        let schema = resolved.definition.name
        for name in main.files.keys.sorted() where merged.files[name] != main.files[name] {
            throw Problem(description: merged.files[name] == nil
                ? "\(name) of the main branch is missing here: merge the main branch first"
                : "\(name) differs from the main branch's: the merge must keep main's migrations as they are")
        }
        // This branch's migrations, each up file with its down file.
        let origins = merged.origins
        let ours = merged.files.filter { main.files[$0.key] == nil }
        var identifiers: [(identifier: String, version: Int, name: String)] = []
        for file in ours.keys {
            guard let parts = Migration.fileNameParts(file) else { throw Problem(description: "\(file): the name must be NNNN_name.sql") }
            if !identifiers.contains(where: { $0.identifier == parts.identifier }) { identifiers.append(parts) }
        }
        identifiers.sort { ($0.version, $0.identifier) < ($1.version, $1.identifier) }
        // An edit nobody signed is not rebased: `hash` is where a person says it was reviewed.
        let recordedHashes = merged.recordedHashes
        for name in ours.keys.sorted() where recordedHashes[name].map({ $0 != SHA256.hex(ours[name]!) }) ?? false {
            throw Problem(description: "\(name) was changed after it was signed: review it and run `schemagen hash \(schema)`, then rebase")
        }
        /// Whether a migration's files are recorded as hand-written or edited, or not at all.
        func writtenByHand(_ identifier: String) -> Bool {
            [identifier + ".sql", identifier + ".down.sql"].contains { ours[$0] != nil && origins[$0] != .generated }
        }

        let generator = MigrationGenerator(resolved: resolved, recorded: mainSnapshot, directory: main, options: options)
        var (snapshot, planned) = try generator.planned(version: 0)
        // The order after main's: kept migrations as they were, the re-planned one (nil) where
        // the first generated one was, or last when every one was written by hand.
        var order: [String?] = []
        for (identifier, _, _) in identifiers where writtenByHand(identifier) || !order.contains(nil) {
            order.append(writtenByHand(identifier) ? identifier : nil)
        }
        if let start {
            planned = try generator.migration(from: start.catalog.catalogForm, to: start.expected.catalogForm, version: 0, initial: false)
            order = order.filter { $0 != nil } + [nil]
        }
        if planned != nil, !order.contains(nil) { order.append(nil) }

        var files = main.files
        var newOrigins = main.origins
        var warnings: [String] = []
        var replanned: Migration?
        var version = main.nextVersion
        for entry in order {
            switch entry {
            case let identifier?:
                let name = identifiers.first { $0.identifier == identifier }?.name ?? identifier
                let renamed = Migration(version: version, name: name, steps: []).identifier
                for suffix in [".sql", ".down.sql"] {
                    guard let text = ours[identifier + suffix] else { continue }
                    files[renamed + suffix] = text
                    newOrigins[renamed + suffix] = origins[identifier + suffix] ?? .handWritten
                }
                warnings.append("\(identifier) was written or edited by hand: kept as it is, as \(renamed); "
                    + "its SQL was written against this branch's schema, so prove the chain (`schemagen rebase --verify` or `schemagen check --scratch-database-url`)")
            case nil:
                guard let (up, down) = planned else { continue }
                // One generated migration keeps its name; several are named after what they do.
                let generated = identifiers.filter { !writtenByHand($0.identifier) }
                let name = generated.count == 1 ? generated[0].name : up.name
                let numbered = Migration(version: version, name: name, steps: up.steps)
                let reverse = Migration(version: version, name: name, steps: down.steps, irreversible: down.irreversible)
                files[numbered.upFileName] = numbered.render(schema: schema)
                files[reverse.downFileName] = reverse.render(schema: schema, reverting: true)
                replanned = numbered
            }
            version += 1
        }
        let folder = "\(schema)/\(MigrationDirectory.folderName)"
        let added = files.keys.sorted().filter { main.files[$0] == nil }
        let following = try added.filter { !$0.hasSuffix(".down.sql") }.map { name in
            do {
                return try Migration.parse(files[name]!, fileName: name)
            } catch {
                throw Problem(description: "\(error)")
            }
        }
        let output = added.map { GeneratedFile(path: "\(folder)/\($0)", contents: files[$0]!) }
        return Output(
            files: [snapshot] + output + [GeneratedFile(path: "\(folder)/\(MigrationDirectory.sumFileName)", contents: MigrationDirectory.renderSum(files, origins: newOrigins))],
            removed: ours.keys.filter { files[$0] == nil }.sorted().map { "\(folder)/\($0)" },
            warnings: warnings, replanned: replanned, following: following)
    }
}
