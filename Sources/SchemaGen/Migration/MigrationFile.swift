/// One up migration of a ``MigrationDirectory`` as `migrate` runs it: the file's name, its
/// checksum (recorded in the database when applied) and its steps, with the reverse beside it.
public struct MigrationFile: Hashable, Sendable {
    public var fileName: String
    public var checksum: String
    public var migration: Migration
    /// The `.down.sql` file, if there is one.
    public var down: Migration?

    public var version: Int { migration.version }
    public var identifier: String { migration.identifier }
}

extension MigrationDirectory {
    /// The up migrations, by version; throws for a file that cannot be read.
    public func migrationFiles() throws -> [MigrationFile] {
        try files.keys.filter { !$0.hasSuffix(".down.sql") }.sorted().map { name in
            let migration = try Migration.parse(files[name]!, fileName: name)
            let downName = migration.downFileName
            return MigrationFile(
                fileName: name, checksum: SHA256.hex(files[name]!), migration: migration,
                down: try files[downName].map { try Migration.parse($0, fileName: downName) })
        }.sorted { $0.version < $1.version }
    }
}
