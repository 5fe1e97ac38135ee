import Foundation
import Testing

/// A package outside this repository declares its own schemas and gets the same commands
/// from a three-line executable. Builds the fixture under Tests/Fixtures/ServicePackage.
@Suite struct ServicePackageTests {
    @Test(.timeLimit(.minutes(10)))
    func outsidePackageBuildsAndRunsTheCommands() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "schemagen-service-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: packageRoot.appending(path: "Tests/Fixtures/ServicePackage"), to: folder)
        let template = try String(contentsOf: folder.appending(path: "Package.swift.template"), encoding: .utf8)
        try Data(template.replacing("SCHEMAGEN_PATH", with: packageRoot.path)
            .replacing("SCHEMAGEN_IDENTITY", with: packageRoot.lastPathComponent.lowercased()).utf8).write(to: folder.appending(path: "Package.swift"))

        try Shell.run("/usr/bin/env", ["swift", "build", "--package-path", folder.path, "--scratch-path", folder.appending(path: ".build").path])
        let binary = folder.appending(path: ".build/debug/billing-schemagen").path

        let list = try Shell.run(binary, ["list"])
        #expect(list.output.contains("billing") && list.output.contains("broken"))

        let valid = try Shell.run(binary, ["validate", "billing"])
        #expect(valid.output.contains("1 schema (2 tables) valid"))

        let sql = try Shell.run(binary, ["sql", "billing"])
        #expect(sql.output.contains("CREATE SCHEMA billing;"))
        #expect(sql.output.contains("REFERENCES billing.customers (id) ON DELETE CASCADE"))

        let broken = try Shell.run(binary, ["validate", "broken"], check: false)
        #expect(broken.status == 1)
        #expect(broken.error.contains("Broken.swift:12:"))
        #expect(broken.error.contains("table \"sessions\", column \"account_id\""))
        #expect(broken.error.contains("[set-null-not-null]"))
        #expect(broken.error.contains("Broken.swift:13:"))
        #expect(broken.error.contains("[unknown-column]"))
        #expect(broken.error.contains("2 errors; nothing was written."))

        let output = folder.appending(path: "Generated")
        let refused = try Shell.run(binary, ["generate", "--output", output.path], check: false)
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let generated = try Shell.run(binary, ["generate", "billing", "--output", output.path])
        #expect(generated.output.contains("created"))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "billing/schema.sql").path))
    }
}
