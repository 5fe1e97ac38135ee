import Foundation
@testable import SchemaGen
import SchemaGenPostgres
import Testing

/// The bad-declaration corpus (``BadDeclaration``): a refused declaration gets a located error
/// of its code and nothing is generated; an accepted one migrates with no drift and its Swift
/// compiles.
@Suite struct BadDeclarationCorpusTests {
    static let refused = BadDeclaration.all.filter { $0.refusal != nil }
    static let accepted = BadDeclaration.all.filter { $0.refusal == nil }

    @Test func theCorpusCoversEnough() {
        #expect(BadDeclaration.all.count >= 120)
        #expect(Set(BadDeclaration.all.map(\.name)).count == BadDeclaration.all.count, "case names are unique")
    }

    @Test(arguments: refused)
    func isRefusedWithALocatedErrorAndNothingWritten(_ declaration: BadDeclaration) throws {
        let validated = ValidatedSchema(declaration.schema)
        let errors = validated.diagnostics.filter { $0.severity == .error }
        let error = try #require(errors.first { $0.code == declaration.refusal }, "\(declaration.name): \(errors.map(\.description))")
        let location = try #require(error.location, "\(error)")
        #expect(location.file.hasSuffix("BadDeclarationCorpus.swift") && location.line > 0, "\(error)")
        let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-refused-\(UUID().uuidString.prefix(8))")
        #expect(throws: InvalidDeclaration.self) { try validated.generation(in: root) { _ in Issue.record("a file was rendered") } }
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }
}

extension PostgresSuite {
    @Suite struct AcceptedDeclarationTests {
        @Test(arguments: BadDeclarationCorpusTests.accepted)
        func migratesWithoutDriftAndCompiles(_ declaration: BadDeclaration) async throws {
            let validated = ValidatedSchema(declaration.schema)
            #expect(!validated.hasErrors, "\(validated.diagnostics)")
            let root = FileManager.default.temporaryDirectory.appending(path: "schemagen-accepted-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: root) }
            let staging = FileWriter(root: root).staging()
            _ = try validated.generation(in: root) { file in try staging.add(file) }
            try staging.commit()
            let directory = try MigrationDirectory(reading: root.appending(path: declaration.schema.name).appending(path: MigrationDirectory.folderName))

            let cluster = try #require(PostgresCluster.current)
            try await cluster.withDatabase { database in
                try await LiveDatabase.withConnection(to: try DatabaseURL(database.url)) { live in
                    _ = try await Migrator(database: live, schema: declaration.schema.name, directory: directory).migrate { _ in }
                    let stored = try await live.introspect(as: declaration.schema.name)
                    let (expected, failures) = try await live.normalizingExpressions(of: validated.definition, comparedWith: stored.schema)
                    #expect(failures.isEmpty, "\(failures)")
                    let drift = SchemaComparison(expected: expected, actual: stored.schema).differences
                    #expect(drift.isEmpty, "\(declaration.name): \(drift.map(\.description))")
                }
            }
            let compiler = try SwiftTypecheck.errors(of: declaration.schema)
            #expect(compiler == nil, "\(declaration.name): \(compiler ?? "")")
        }
    }
}
