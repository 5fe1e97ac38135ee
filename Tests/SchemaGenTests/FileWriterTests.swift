import Dispatch
import Foundation
import ReferenceSchemas
@testable import SchemaGen
import Testing

/// Files written all or nothing as they are rendered: staged under temporary names, from several
/// threads at once, put in place by the commit, and gone without a trace when there is none.
@Suite struct FileWriterTests {
    /// A fresh output folder holding `schema.sql` (kept as is) and `old.sql` (to be rewritten).
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-writer-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("kept\n".utf8).write(to: root.appending(path: "schema.sql"))
        try Data("old\n".utf8).write(to: root.appending(path: "old.sql"))
        return root
    }

    /// Every file under `root`, relative to it, hidden ones included.
    static func contents(of root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.allObjects as? [URL] ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map { String($0.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)) }.sorted()
    }

    static let added = (0..<120).map { GeneratedFile(path: "Swift/T\($0 % 3)/Table\($0).swift", contents: "// table \($0)\n") }

    @Test func filesAddedFromManyThreadsLandTogetherAtTheCommit() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let keptDate = try FileManager.default.attributesOfItem(atPath: root.appending(path: "schema.sql").path)[.modificationDate] as? Date
        let staging = FileWriter(root: root).staging()
        let files = Self.added + [GeneratedFile(path: "schema.sql", contents: "kept\n"), GeneratedFile(path: "old.sql", contents: "new\n")]
        nonisolated(unsafe) var failures: [Error?] = Array(repeating: nil, count: files.count)
        failures.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                do { try staging.add(files[index]) } catch { slots[index] = error }
            }
        }
        #expect(failures.allSatisfy { $0 == nil })

        // Before the commit: nothing in place, each change under a hidden temporary name.
        let staged = Self.contents(of: root)
        #expect(staged.filter { !$0.hasSuffix(".tmp") } == ["old.sql", "schema.sql"])
        #expect(staged.filter { $0.hasSuffix(".tmp") }.count == Self.added.count + 1)
        #expect(try String(contentsOf: root.appending(path: "old.sql"), encoding: .utf8) == "old\n")

        let outcomes = try staging.commit(removing: ["gone.sql"])
        #expect(outcomes.map(\.path) == files.map(\.path).sorted())
        #expect(outcomes.first { $0.path == "schema.sql" }?.outcome == .unchanged)
        #expect(outcomes.first { $0.path == "old.sql" }?.outcome == .updated)
        #expect(outcomes.filter { $0.outcome == .created }.count == Self.added.count)
        #expect(Self.contents(of: root) == files.map(\.path).sorted())
        for file in files { #expect(try String(contentsOf: root.appending(path: file.path), encoding: .utf8) == file.contents) }
        #expect(try FileManager.default.attributesOfItem(atPath: root.appending(path: "schema.sql").path)[.modificationDate] as? Date == keptDate)
    }

    @Test func aStagingLetGoWithoutACommitLeavesNothing() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            let staging = FileWriter(root: root).staging()
            for file in Self.added + [GeneratedFile(path: "old.sql", contents: "new\n")] { try staging.add(file) }
            #expect(Self.contents(of: root).count > 2)
        }
        #expect(Self.contents(of: root) == ["old.sql", "schema.sql"])
        #expect(!FileManager.default.fileExists(atPath: root.appending(path: "Swift").path), "the folders it made are gone too")
        #expect(try String(contentsOf: root.appending(path: "old.sql"), encoding: .utf8) == "old\n")
    }

    @Test func pathsOutsideTheRootAreRefusedBeforeAnythingMoves() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            let staging = FileWriter(root: root).staging()
            for path in ["../escape.sql", "/etc/escape.sql", "", "a//b.sql", "./a.sql"] {
                #expect(throws: FileWriter.PathOutsideRoot.self) { try staging.add(GeneratedFile(path: path, contents: "x")) }
            }
            try staging.add(GeneratedFile(path: "old.sql", contents: "new\n"))
            #expect(throws: FileWriter.PathOutsideRoot.self) { try staging.commit(removing: ["../schema.sql"]) }
        }
        #expect(Self.contents(of: root) == ["old.sql", "schema.sql"])
        #expect(try String(contentsOf: root.appending(path: "old.sql"), encoding: .utf8) == "old\n")
        #expect(!FileManager.default.fileExists(atPath: root.deletingLastPathComponent().appending(path: "escape.sql").path))
    }

    /// A sink that fails half-way through a schema's files (a full disk, say) fails the
    /// generation, and nothing of it lands.
    @Test func aGenerationThatFailsHalfWayWritesNothing() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-halfway-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        struct DiskFull: Error {}
        let handed = Locked(0)
        do {
            let staging = FileWriter(root: root).staging()
            #expect(throws: DiskFull.self) {
                try ValidatedSchema(SaasStarter.schema).generation(in: root) { file in
                    let count = handed.withLock { $0 += 1; return $0 }
                    guard count < 10 else { throw DiskFull() }
                    try staging.add(file)
                }
            }
        }
        #expect(handed.withLock { $0 } >= 10)
        #expect(!FileManager.default.fileExists(atPath: root.path), "the folders it made are gone too")
    }

    /// A `generate` killed between writing its temporary files and renaming them leaves them
    /// behind; the next one removes them, and not its own.
    @Test func temporaryFilesOfAKilledGenerateGoWithTheNext() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-leftovers-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        let validated = ValidatedSchema(SaasStarter.schema)
        func generate() throws -> (stale: [String], outcomes: [(path: String, outcome: FileWriter.Outcome)]) {
            let staging = FileWriter(root: root).staging()
            let generation = try validated.generation(in: root) { file in try staging.add(file) }
            return (generation.stale, try staging.commit(removing: generation.stale))
        }
        #expect(try generate().stale.isEmpty)
        let leftovers = ["saas_starter/.schema.sql.k1ll3d.tmp", "saas_starter/Swift/.User.swift.k1ll3d.tmp", "saas_starter/migrations/.schemagen.sum.k1ll3d.tmp"]
        for path in leftovers { try Data("half".utf8).write(to: root.appending(path: path)) }
        try Data("changed\n".utf8).write(to: root.appending(path: "saas_starter/schema.sql"))   // so that one is staged in the same folder

        let (stale, outcomes) = try generate()
        #expect(stale == leftovers.sorted())
        #expect(outcomes.filter { $0.outcome != .unchanged }.map(\.path) == ["saas_starter/schema.sql"])
        #expect(Self.contents(of: root).filter(FileWriter.isTemporary).isEmpty)
        #expect(try generate().stale.isEmpty)

        #expect(FileWriter.isTemporary("a/.User.swift.k1ll3d.tmp"))
        for name in ["a/User.swift", "a/.tmp", "a/..tmp", "a/.notes.tmp.bak", "a/notes.swift.x.tmp"] { #expect(!FileWriter.isTemporary(name), "\(name)") }
    }
}
