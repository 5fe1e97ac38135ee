import SchemaGen

/// The plan that takes a live database straight to a declaration, without a migration file:
/// what `schemagen push` shows and applies while prototyping. It is planned, refused and
/// hazard-checked exactly as `generate` plans a migration: a destructive change needs
/// `Allow(...)` or `allowDestructive`, a forbidden hazard is refused, and so is a change that
/// would take along an object the model does not describe.
///
/// ```swift
/// let push = try await SchemaPush(database: database, resolved: shop.resolve())
/// guard push.refusals.isEmpty else { ... }
/// try await push.apply(on: database)
/// ```
public struct SchemaPush: Sendable {
    /// The statements, in steps, with their hazards.
    public var plan: MigrationPlan
    /// Why the plan must not run; empty when it may.
    public var refusals: [Diagnostic]
    /// What the plan does not cover: objects the model does not describe, expressions compared as written.
    public var warnings: [Diagnostic]

    public init(database: LiveDatabase, resolved: ResolvedSchema, options: MigrationGenerator.Options = .init()) async throws {
        let name = resolved.definition.name
        let catalog = try await database.introspect(as: name)
        let (expected, failures) = try await database.normalizingExpressions(of: resolved.definition, comparedWith: catalog.schema)
        let diff = Differ(from: catalog.schema.catalogForm, to: expected.catalogForm, renames: resolved.renames, allowed: resolved.allowed).diff()
        plan = Planner(options: options.plan(for: resolved.settings)).plan(diff)
        refusals = options.refusals(of: diff, planned: plan.steps, for: resolved) + catalog.unmodeledDependents(of: diff, schema: name)
        var applied = 0
        if try await database.hasTable(Migrator.trackingTable) {
            applied = Int(try await database.value("SELECT count(*)::text FROM schemagen.migrations WHERE schema_name = \(name)") ?? "") ?? 0
        }
        warnings = (applied == 0 || plan.isEmpty ? [] : [
            Diagnostic(.warning, code: .pushBypassesHistory, schema: name,
                       "\(applied) migration\(applied == 1 ? " is" : "s are") applied to this database: after a push its schema no longer follows them; "
                           + "`schemagen reset \(name)` brings it back to the migrations"),
        ]) + catalog.unmodeled.filter { !$0.isSetting }.map {
            Diagnostic(.warning, code: .notCompared, schema: name, "\($0) is in the database only: push neither changes nor drops it")
        } + failures.map {
            Diagnostic(.warning, code: .comparedAsWritten, schema: name, "the expressions of \($0) are compared as written: PostgreSQL could not store a copy")
        }
    }

    /// Runs the plan as `migrate` runs a migration's steps (each transactional step in its own
    /// transaction), holding the migration lock so that it never runs beside a `migrate`.
    public func apply(on database: LiveDatabase, lockTimeout: Duration = .seconds(60), progress: (String) -> Void) async throws {
        guard refusals.isEmpty else {
            throw DatabaseError(message: refusals.map(\.message).joined(separator: "\n  "), context: "refusing to push")
        }
        let lock = MigrationLock(database: database)
        try await lock.acquire(timeout: lockTimeout, waiting: progress)
        do {
            try await database.run(plan.steps, context: "push")
            await lock.release()
        } catch {
            await lock.release()
            throw error
        }
    }
}
