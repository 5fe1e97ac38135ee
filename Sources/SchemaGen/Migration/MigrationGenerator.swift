/// Brings a schema's migration files up to date with its declaration: when the declaration
/// differs from the recorded snapshot, a new numbered migration (and its reverse) is written
/// from the diff; `snapshot.json` and the integrity file follow, all together.
///
/// ```swift
/// let files = try MigrationGenerator(resolved: schema.resolve(), recorded: snapshot, directory: folder).generate()
/// ```
public struct MigrationGenerator: Sendable {
    public struct Options: Hashable, Sendable {
        /// Allow every destructive change, not only those the declaration allows.
        public var allowDestructive: Bool
        /// The migration's name; by default it is derived from its first change.
        public var name: String?
        /// Write a hand-written migration (`generate --custom`): the declaration's pending
        /// changes if there are any, else empty, for a person to complete and sign.
        public var custom: Bool
        /// How to plan; an online plan is also written when the declaration's
        /// ``MigrationSettings`` ask for one, and always with their timeouts.
        public var plan: PlanOptions
        /// Hazard kinds forbidden in this run, besides those the declaration forbids.
        public var forbid: Set<HazardKind>
        /// Hazard kinds allowed in this run even though the declaration forbids them.
        public var allow: Set<HazardKind>
        /// PostgreSQL's words for the declaration's expressions, learned from a server in this
        /// run, to record in the snapshot. Without them, the recorded forms still true are kept.
        public var expressionForms: ExpressionForms?

        public init(
            allowDestructive: Bool = false, name: String? = nil, custom: Bool = false, plan: PlanOptions = PlanOptions(),
            forbid: Set<HazardKind> = [], allow: Set<HazardKind> = [], expressionForms: ExpressionForms? = nil
        ) {
            self.allowDestructive = allowDestructive
            self.name = name
            self.custom = custom
            self.plan = plan
            self.forbid = forbid
            self.allow = allow
            self.expressionForms = expressionForms
        }

        /// The plan options for a schema declaring `settings`: online when either asks for it,
        /// with the declared timeouts.
        public func plan(for settings: MigrationSettings) -> PlanOptions {
            guard settings.online || plan.online != nil else { return plan }
            return PlanOptions(concurrentIndexes: true, online: settings.timeouts)
        }

        /// The hazard policy for a schema declaring `settings`.
        public func policy(for settings: MigrationSettings) -> HazardPolicy {
            HazardPolicy(forbidden: settings.forbidden.union(forbid).subtracting(allow))
        }

        /// Why `diff`, planned as `steps`, may not go ahead for `resolved`: a change that looks
        /// like an undeclared rename, a destructive change neither the declaration nor these
        /// options allow, a statement with a forbidden hazard. Each says what to type.
        public func refusals(of diff: SchemaDiff, planned steps: [MigrationStep], for resolved: ResolvedSchema) -> [Diagnostic] {
            let (schema, place) = (resolved.definition.name, resolved.sources[.schema])
            var refusals = diff.suspectedRenames.map {
                Diagnostic(.error, code: .suspectedRename, schema: schema, location: place, $0.description)
            }
            if !allowDestructive {
                refusals += diff.destructive.filter { !resolved.allowed.contains($0) }.map {
                    Diagnostic(.error, code: .destructiveChange, schema: schema, location: place,
                               "\($0) is destructive: \($0.danger). To go ahead, add \($0.allowance) to the schema, or pass --allow-destructive")
                }
            }
            refusals += policy(for: resolved.settings).violations(in: steps).map {
                Diagnostic(.error, code: .forbiddenHazard, schema: schema, location: place,
                           "\($0); to go ahead, allow the kind in MigrationSettings(forbidding:) or pass --allow-hazard <kind>")
            }
            return refusals
        }
    }

    public struct Output: Sendable {
        /// The snapshot and any new migration files, paths relative to the output folder
        /// (`saas_starter/snapshot.json`).
        public var files: [GeneratedFile]
        /// The migration written, if the declaration changed.
        public var migration: Migration?
    }

    let resolved: ResolvedSchema
    let recorded: SchemaSnapshot?
    let directory: MigrationDirectory
    let options: Options
    /// A snapshot already encoded, with its text: reused when it is the snapshot to record.
    let encoded: (snapshot: SchemaSnapshot, text: String)?

    public init(resolved: ResolvedSchema, recorded: SchemaSnapshot?, directory: MigrationDirectory, options: Options = Options()) {
        self.init(resolved: resolved, recorded: recorded, directory: directory, options: options, encoded: nil)
    }

    init(resolved: ResolvedSchema, recorded: SchemaSnapshot?, directory: MigrationDirectory, options: Options, encoded: (snapshot: SchemaSnapshot, text: String)?) {
        self.resolved = resolved
        self.recorded = recorded
        self.directory = directory
        self.options = options
        self.encoded = encoded
    }

    public func generate() throws -> Output {
        let (snapshot, migration) = try planned(version: directory.nextVersion)
        guard let (up, down) = migration else { return Output(files: [snapshot], migration: nil) }
        return Output(files: [snapshot] + Self.files(of: up, down: down, schema: resolved.definition.name, in: directory, handWritten: options.custom), migration: up)
    }

    /// The snapshot file to record and, when the declaration changed since `recorded` (or a
    /// custom migration is asked for), the new migration numbered `version` and its reverse.
    func planned(version: Int) throws -> (snapshot: GeneratedFile, migration: (up: Migration, down: Migration)?) {
        let schema = resolved.definition
        let place = resolved.sources[.schema]
        let problems = directory.integrityProblems(of: schema.name)
        guard problems.isEmpty else { throw MigrationRefusal(schema: schema.name, code: .migrationsTampered, location: place, problems) }
        if recorded == nil, !directory.files.isEmpty {
            throw MigrationRefusal(schema: schema.name, code: .snapshotMissing, location: place, [
                "\(SchemaSnapshot.fileName) is missing while migrations exist: restore it from version control",
            ])
        }
        let from = recorded?.schema ?? SchemaDefinition(name: schema.name)
        let forms = options.expressionForms ?? recorded?.expressionForms.kept(for: schema.catalogForm) ?? ExpressionForms()
        let next = SchemaSnapshot(schema: schema, expressionForms: forms)
        let text = if let encoded, encoded.snapshot == next { encoded.text } else { try next.encoded() }
        let snapshot = GeneratedFile(path: "\(schema.name)/\(SchemaSnapshot.fileName)", contents: text)
        return (snapshot, try migration(from: from, to: schema, version: version, initial: recorded == nil))
    }

    /// The migration numbered `version` that takes `from` to `to` (both declared, or both in
    /// catalog form) and its reverse; nil when there is nothing to do and no custom migration is
    /// asked for. Throws ``MigrationRefusal`` for what ``Options/refusals(of:planned:for:)`` refuses.
    func migration(from: SchemaDefinition, to: SchemaDefinition, version: Int, initial: Bool) throws -> (up: Migration, down: Migration)? {
        let diff = Differ(from: from, to: to, renames: resolved.renames, allowed: resolved.allowed).diff()
        guard !diff.isEmpty || options.custom else { return nil }
        let planner = Planner(options: options.plan(for: resolved.settings))
        let steps = planner.plan(diff).steps
        let refusals = options.refusals(of: diff, planned: steps, for: resolved)
        guard refusals.isEmpty else { throw MigrationRefusal(schema: resolved.definition.name, problems: refusals) }
        // The hints that applied, reversed: a stale table hint must not carry column hints away.
        let reverse = Differ(from: to, to: from, renames: resolved.renames.applicable(from: from, to: to).inverted).diff()
        let name = options.name.map(Self.slug) ?? (initial ? "initial" : Self.name(for: diff.changes))
        // A hand-written migration with nothing planned starts as one empty step to fill in.
        let blank = [MigrationStep(transactional: true)]
        let up = Migration(version: version, name: name, steps: diff.isEmpty ? blank : steps)
        let down = Migration(version: version, name: name, steps: diff.isEmpty ? blank : planner.plan(reverse).steps,
                             irreversible: diff.destructive.compactMap(\.irreversibility))
        return (up, down)
    }

    /// A new migration's two files and the integrity file that signs them with the others.
    static func files(of up: Migration, down: Migration, schema: String, in directory: MigrationDirectory, handWritten: Bool) -> [GeneratedFile] {
        var migrationFiles = directory.files
        var origins = directory.origins
        migrationFiles[up.upFileName] = up.render(schema: schema, handWritten: handWritten)
        migrationFiles[down.downFileName] = down.render(schema: schema, reverting: true, handWritten: handWritten)
        if handWritten { (origins[up.upFileName], origins[down.downFileName]) = (.handWritten, .handWritten) }
        let folder = "\(schema)/\(MigrationDirectory.folderName)"
        return [
            GeneratedFile(path: "\(folder)/\(up.upFileName)", contents: migrationFiles[up.upFileName]!),
            GeneratedFile(path: "\(folder)/\(down.downFileName)", contents: migrationFiles[down.downFileName]!),
            GeneratedFile(path: "\(folder)/\(MigrationDirectory.sumFileName)", contents: MigrationDirectory.renderSum(migrationFiles, origins: origins)),
        ]
    }

    /// `add_users_nickname`, from the first change that says most (a table, column or enum
    /// created, dropped or renamed), with `and_more` when there is more than one change.
    static func name(for changes: [SchemaChange]) -> String {
        let telling = changes.first { describe($0) != nil } ?? changes.first
        let first = telling.flatMap(describe) ?? "alter \(changes.first.flatMap(\.table)?.name ?? "schema")"
        return slug(first + (changes.count > 1 ? " and more" : ""))
    }

    private static func describe(_ change: SchemaChange) -> String? {
        switch change {
        case .createTable(let table): "create \(table.name.name)"
        case .dropTable(let table): "drop \(table.name.name)"
        case .createPartition(_, let partition, _): "create \(partition.name.name)"
        case .dropPartition(_, let partition): "drop \(partition.name.name)"
        case .attachPartition(_, let partition, _): "attach \(partition.name.name)"
        case .detachPartition(_, let partition): "detach \(partition.name.name)"
        case .renameTable(let old, let new): "rename \(old.name) to \(new.name)"
        case .addColumn(let table, let column): "add \(table.name) \(column.name)"
        case .dropColumn(let table, let column): "drop \(table.name) \(column.name)"
        case .renameColumn(let table, let old, let new): "rename \(table.name) \(old) to \(new)"
        case .createEnum(let type): "create enum \(type.name.name)"
        case .addEnumValue(let type, let value, _): "add \(type.name) \(value)"
        case .renameEnumValue(let type, _, let value): "rename \(type.name) \(value)"
        case .rebuildEnum(_, let type, _): "alter enum \(type.name.name)"
        case .createIndex(_, let index): "create \(index.name)"
        default: nil
        }
    }

    /// Lower case letters, digits and underscores, at most 60 of them.
    static func slug(_ text: String) -> String {
        let words = text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : " " }
        return String(String(words).split(separator: " ").joined(separator: "_").prefix(60))
    }
}

extension DestructiveChange {
    /// What the reverse migration cannot restore, if anything.
    var irreversibility: String? {
        switch self {
        case .dropTable(let table): "the rows of table \"\(table)\" are not restored: the table comes back empty"
        case .dropColumn(let table, let column): "the values of \"\(table)\".\"\(column)\" are not restored: the column comes back empty"
        case .narrowType(let table, let column): "values of \"\(table)\".\"\(column)\" converted by the type change are not converted back as they were"
        case .removeEnumValue, .addRequiredColumn, .setNotNull: nil
        }
    }
}
