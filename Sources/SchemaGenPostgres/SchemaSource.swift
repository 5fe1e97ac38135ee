import Foundation
import SchemaGen

/// What `diff` compares, on either side: nothing, a live database, a declared schema, or a
/// folder of migrations (`Generated/<schema>/migrations`).
///
/// ```swift
/// let start = try await SchemaSource.database(try DatabaseURL(productionURL)).load()
/// let goal = try await SchemaSource.declared(ValidatedSchema(billing)).load()
/// let plan = Planner().plan(Differ.betweenCatalogs(from: start.schema, to: goal.schema).diff())
/// ```
public enum SchemaSource: Sendable {
    case empty
    case database(DatabaseURL)
    case declared(ValidatedSchema)
    case migrations(folder: URL, schema: String)

    /// A source that cannot be loaded: a tampered or unreplayable migrations folder.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// How messages name the source.
    public var label: String {
        switch self {
        case .empty: "empty"
        case .database(let url): "database \(url)"
        case .declared(let checked): "declared schema \(checked.schema.name)"
        case .migrations(let folder, _): "migrations \(folder.relativePath)"
        }
    }

    /// The schema the source holds and the objects it holds that the model does not describe.
    /// A migrations folder is replayed on a throwaway database of `scratch` when one is given,
    /// else read from the snapshot.json its last migration recorded (with its expression forms).
    public func load(scratch: DatabaseURL? = nil, applicationName: String = "schemagen") async throws -> CatalogSnapshot {
        switch self {
        case .empty:
            return CatalogSnapshot(schema: SchemaDefinition(name: "empty"))
        case .database(let url):
            return try await LiveDatabase.withConnection(to: url, applicationName: applicationName) { try await $0.introspect(as: "database") }
        case .declared(let checked):
            return CatalogSnapshot(schema: checked.definition)
        case .migrations(let folder, let schema):
            let directory = try MigrationDirectory(reading: folder)
            let problems = directory.integrityProblems(of: schema)
            guard problems.isEmpty else { throw Problem(description: "\(label): \(problems.joined(separator: "; "))") }
            if let scratch {
                return try await ScratchDatabase.with(server: scratch, applicationName: applicationName) { database in
                    _ = try await Migrator(database: database, schema: schema, directory: directory).migrate { _ in }
                    return try await database.introspect(as: schema)
                }
            }
            let snapshot = folder.deletingLastPathComponent().appending(path: SchemaSnapshot.fileName)
            guard let text = try? String(contentsOf: snapshot, encoding: .utf8) else {
                throw Problem(description: "\(label): no \(SchemaSnapshot.fileName) beside it; pass --scratch-database-url to replay the migrations")
            }
            let recorded = try SchemaSnapshot(decoding: text)
            return CatalogSnapshot(schema: recorded.expressionForms.applied(to: recorded.schema.catalogForm))
        }
    }

    /// Whether the source's expressions are as declared (a declaration, or a snapshot.json read
    /// without replaying) rather than as a catalog stores them.
    public func holdsDeclaration(scratch: DatabaseURL?) -> Bool {
        switch self {
        case .declared: true
        case .migrations: scratch == nil
        case .empty, .database: false
        }
    }

    /// The rename hints and migration settings a declared schema states.
    public var declaration: ResolvedSchema? {
        if case .declared(let checked) = self { checked.resolved } else { nil }
    }
}
