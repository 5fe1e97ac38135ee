import Foundation
@testable import SchemaGen
import ReferenceSchemas
import Testing

/// The five reference systems: valid, rendered as committed under Generated/, and sized as
/// their pages describe.
@Suite struct ReferenceSchemaTests {
    @Test(arguments: ReferenceSystems.all.map(\.name))
    func isValidWithoutWarnings(_ name: String) throws {
        let resolved = try #require(ReferenceSystems.all.first { $0.name == name }).resolve()
        let diagnostics = resolved.diagnostics + Validator(schema: resolved.definition, sources: resolved.sources).validate()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    /// Generated/<schema>/ is the reviewed snapshot of each schema's DDL, relation graph and
    /// recorded state.
    @Test(arguments: ReferenceSystems.all.map(\.name))
    func generatedFilesAreUpToDate(_ name: String) throws {
        let model = try #require(ReferenceSystems.all.first { $0.name == name }).resolve().definition
        let files = try SchemaArtifacts.files(for: model) + [GeneratedFile(path: "\(name)/snapshot.json", contents: SchemaSnapshot(schema: model).encoded())]
        for file in files {
            let committed = try String(contentsOf: packageRoot.appending(path: "Generated/\(file.path)"), encoding: .utf8)
            #expect(file.contents == committed, "\(file.path): run `swift run schemagen generate`:\n\(lineDiff(committed, file.contents))")
        }
    }

    @Test func sizesMatchTheSeedPages() {
        let sizes = Dictionary(uniqueKeysWithValues: ReferenceSystems.all.map {
            let model = $0.resolve().definition
            return ($0.name, [model.tables.count, model.enums.count])
        })
        #expect(sizes["directory_template"] == [31, 0])
        #expect(sizes["saas_starter"] == [5, 0])
        #expect(sizes["concordia"] == [26, 0])
        #expect(sizes["tanstack_blog"] == [13, 6])
        #expect(sizes["multitenant_saas"] == [20, 7])
    }

    @Test func renderingIsIndependentOfDeclarationOrder() {
        let tables = SaasStarter.schema.elements.compactMap { element -> Table? in
            if case .table(let table) = element { table } else { nil }
        }
        let forward = Schema("ordered") { tables }
        let backward = Schema("ordered") { Array(tables.reversed()) }
        #expect(DDLRenderer().render(forward.resolve().definition) == DDLRenderer().render(backward.resolve().definition))
    }
}
