import Foundation
import SchemaGen
import Testing

/// A throwaway PostgreSQL cluster: `initdb` into a temporary folder, a server listening only on
/// a Unix socket in that folder, removed at the end. Under root (as in CI) the server runs as
/// the `postgres` user, since PostgreSQL refuses to run as root.
///
/// The folder is in memory (`/dev/shm`) where there is one with room: the tests create and drop
/// thousands of databases of some 300 files each, and on ext4 creating a file soon after many
/// were deleted searches the inode tables for recently freed ones. That search was a fifth of
/// the machine's time during the plan corpus, and it slowed every other file creation with it,
/// the outside package's cold build among them.
final class PostgresCluster: Sendable {
    /// The cluster of the running ``PostgresSuite``.
    @TaskLocal static var current: PostgresCluster?

    let folder: URL
    let binaries: URL
    private let asPostgresUser: Bool
    private let counter = Counter()
    /// Where databases are dropped, one after another, while the tests go on. `DROP DATABASE`
    /// waits until every backend of the cluster has answered a barrier, and a backend sending
    /// rows answers only once its client has read them. A test that waited for its drop would
    /// hold one of the few threads of Swift's cooperative pool, and two such tests could starve
    /// the task that reads another test's rows: the drops would wait forever.
    private let dropper = DispatchQueue(label: "schemagen.tests.drop-database")
    /// Sessions on the `postgres` database that create the test databases and drop them.
    private let creating: DatabaseSession, dropping: DatabaseSession

    var socketFolder: String { folder.path }

    init() throws {
        binaries = try Self.findBinaries()
        folder = Self.parentFolder().appending(path: "schemagen-pg-\(UUID().uuidString.prefix(8))")
        asPostgresUser = getuid() == 0
        let socket = Self.socketPath(in: folder)
        creating = DatabaseSession(socketPath: socket, database: "postgres")
        dropping = DatabaseSession(socketPath: socket, database: "postgres")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if asPostgresUser { try Shell.run("/bin/chown", ["postgres:postgres", folder.path]) }
        let data = folder.appending(path: "data").path
        try server("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"])
        try server("pg_ctl", [
            "-D", data, "-l", folder.appending(path: "server.log").path, "-w", "-t", "60",
            "-o", "-k \(folder.path) -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=100",
            "start",
        ])
    }

    /// Stops the server and removes every file of the cluster.
    func stop() {
        dropper.sync {}
        creating.close()
        dropping.close()
        _ = try? server("pg_ctl", ["-D", folder.appending(path: "data").path, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `body` with a new empty database, dropped afterwards.
    func withDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        let database = try create()
        defer { drop(database) }
        return try body(database)
    }

    /// The same, for a body that awaits (a PostgresNIO connection, say).
    func withDatabase<T>(_ body: (Database) async throws -> T) async throws -> T {
        let database = try create()
        defer { drop(database) }
        return try await body(database)
    }

    /// A new empty database, named after a counter.
    private func create() throws -> Database {
        let name = "test_\(counter.next())"
        // FILE_COPY copies the template's files at once: quicker than WAL_LOG on a cluster without fsync.
        try creating.run(["CREATE DATABASE \(name) TEMPLATE template0 STRATEGY FILE_COPY"], transaction: false)
        return Database(cluster: self, name: name)
    }

    /// Closes the database's session, then drops it on ``dropper``, without waiting.
    private func drop(_ database: Database) {
        database.session.close()
        dropper.async { try? self.dropping.run(["DROP DATABASE \(database.name) WITH (FORCE)"], transaction: false) }
    }

    /// The path of the server's Unix socket, for PostgresNIO.
    var socketPath: String { Self.socketPath(in: folder) }

    private static func socketPath(in folder: URL) -> String { folder.appending(path: ".s.PGSQL.5432").path }

    @discardableResult
    func psql(database: String, _ arguments: [String], check: Bool = true) throws -> Shell.Result {
        try Shell.run(
            binaries.appending(path: "psql").path,
            ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", folder.path, "-U", "postgres", "-d", database] + arguments,
            check: check)
    }

    @discardableResult
    private func server(_ program: String, _ arguments: [String]) throws -> Shell.Result {
        let path = binaries.appending(path: program).path
        return asPostgresUser
            ? try Shell.run("/usr/sbin/runuser", ["-u", "postgres", "--", path] + arguments)
            : try Shell.run(path, arguments)
    }

    /// `/dev/shm` when it is a writable folder with 2 GiB free, else the temporary folder.
    private static func parentFolder() -> URL {
        var status = statvfs()
        let memory = "/dev/shm"
        if access(memory, W_OK) == 0, statvfs(memory, &status) == 0, UInt64(status.f_bavail) * UInt64(status.f_frsize) >= 2 << 30 {
            return URL(filePath: memory)
        }
        return FileManager.default.temporaryDirectory
    }

    /// `PG_BIN`, else the newest `/usr/lib/postgresql/<version>/bin` (Debian's layout).
    private static func findBinaries() throws -> URL {
        if let configured = ProcessInfo.processInfo.environment["PG_BIN"] { return URL(filePath: configured) }
        let root = URL(filePath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        guard let newest = versions.compactMap(Int.init).max() else {
            throw PostgresUnavailable()
        }
        return root.appending(path: "\(newest)/bin")
    }

    struct PostgresUnavailable: Error, CustomStringConvertible {
        var description: String { "no PostgreSQL server found: install Debian's postgresql package or set PG_BIN" }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.withLock {
                value += 1
                return value
            }
        }
    }
}

/// One database of the test cluster.
struct Database {
    let cluster: PostgresCluster
    let name: String
    /// The connection scripts, catalog reads and migrations go through.
    let session: DatabaseSession

    init(cluster: PostgresCluster, name: String) {
        self.cluster = cluster
        self.name = name
        session = DatabaseSession(socketPath: cluster.socketPath, database: name)
    }

    /// Runs a script in one transaction, statement by statement as `psql -f` would; throws with
    /// PostgreSQL's message when a statement fails.
    func execute(_ sql: String) throws {
        try session.run(SQLScanner.statements(in: sql), transaction: true)
    }

    /// The single value a query returns, as text.
    func value(_ sql: String) throws -> String {
        let result = try cluster.psql(database: name, ["-A", "-t", "-c", sql])
        return result.output.trimmingCharacters(in: .newlines)
    }
}

/// Starts one cluster for every test nested in the suite it is attached to, and removes it after.
struct PostgresTrait: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        try await PostgresCluster.$current.withValue(cluster, operation: function)
    }
}

extension Trait where Self == PostgresTrait {
    /// Runs the suite against a temporary PostgreSQL cluster (``PostgresCluster/current``).
    static var postgres: PostgresTrait { PostgresTrait() }
}

/// Every test that runs SQL lives in a suite nested here, so that one cluster serves them all.
@Suite(.postgres) struct PostgresSuite {}
