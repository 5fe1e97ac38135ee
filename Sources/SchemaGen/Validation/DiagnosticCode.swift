/// The rule a ``Diagnostic`` reports, a stable identifier for tests, tools and editors. It
/// prints in brackets at the end of the message (`[unknown-column]`) and is `"code"` in JSON.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    // Names
    /// A table, column, constraint, index, enum or value named with an empty string.
    public static let emptyIdentifier = Self(rawValue: "empty-identifier")
    /// A name longer than PostgreSQL's 63 bytes, which it would cut short.
    public static let identifierTooLong = Self(rawValue: "identifier-too-long")
    /// A name PostgreSQL or the generated files cannot take (a control character, a path separator).
    public static let invalidIdentifier = Self(rawValue: "invalid-identifier")
    /// Two tables with one name.
    public static let duplicateTable = Self(rawValue: "duplicate-table")
    /// Two columns of a table with one name.
    public static let duplicateColumn = Self(rawValue: "duplicate-column")
    /// Two constraints or indexes of a schema with one name.
    public static let duplicateConstraint = Self(rawValue: "duplicate-constraint")
    /// Two enums with one name.
    public static let duplicateEnum = Self(rawValue: "duplicate-enum")
    /// An extension listed twice.
    public static let duplicateExtension = Self(rawValue: "duplicate-extension")
    /// An enum and a table sharing a name, which their row types would clash on.
    public static let typeNameClash = Self(rawValue: "type-name-clash")
    /// Two relations of a table with one name in the generated code.
    public static let duplicateRelationName = Self(rawValue: "duplicate-relation-name")
    /// Two names that become one Swift name in the generated code.
    public static let swiftNameClash = Self(rawValue: "swift-name-clash")
    /// A name with no letter or digit Swift can use.
    public static let swiftNameInvalid = Self(rawValue: "swift-name-invalid")

    // Views, functions, sequences, triggers, policies
    /// A key, check, foreign key, trigger or policy in a view's body (or an index in a plain view's).
    public static let viewElement = Self(rawValue: "view-element")
    /// A view's query that is empty or ends with `;`.
    public static let invalidView = Self(rawValue: "invalid-view")
    /// Two views, or a view and a table, with one name.
    public static let duplicateView = Self(rawValue: "duplicate-view")
    /// Two functions with one signature.
    public static let duplicateFunction = Self(rawValue: "duplicate-function")
    /// Two sequences, or a sequence and a relation, with one name.
    public static let duplicateSequence = Self(rawValue: "duplicate-sequence")
    /// A sequence whose options cannot hold together (a zero increment, MINVALUE above MAXVALUE, START outside them).
    public static let invalidSequence = Self(rawValue: "invalid-sequence")
    /// `OWNED BY` a column that is not declared.
    public static let sequenceOwnerUnknown = Self(rawValue: "sequence-owner-unknown")
    /// A function without a language or body, or with a body its dollar quotes cannot hold.
    public static let invalidFunction = Self(rawValue: "invalid-function")
    /// A trigger with no event, running a function not declared to return `trigger`, or naming an unknown column.
    public static let invalidTrigger = Self(rawValue: "invalid-trigger")
    /// Two triggers or two policies of a table with one name.
    public static let duplicateTrigger = Self(rawValue: "duplicate-trigger")
    public static let duplicatePolicy = Self(rawValue: "duplicate-policy")
    /// A policy whose command cannot take its clauses (`WITH CHECK` on SELECT or DELETE, `USING` on INSERT).
    public static let invalidPolicy = Self(rawValue: "invalid-policy")
    /// A partition key or bound PostgreSQL refuses, a partition without a key, or a table
    /// feature a partitioned table cannot have.
    public static let invalidPartition = Self(rawValue: "invalid-partition")
    /// Policies on a table without ``RowLevelSecurity``, which PostgreSQL keeps but never applies.
    public static let policyWithoutRowSecurity = Self(rawValue: "policy-without-row-security")

    // Settings
    /// A timeout of ``MigrationSettings`` that is not a positive duration.
    public static let invalidDuration = Self(rawValue: "invalid-duration")

    // Migrations (refusals of `generate`)
    /// Migration files that do not match `schemagen.sum`.
    public static let migrationsTampered = Self(rawValue: "migrations-tampered")
    /// Migrations without the `snapshot.json` they end at.
    public static let snapshotMissing = Self(rawValue: "snapshot-missing")
    /// A `snapshot.json` that cannot be read.
    public static let snapshotUnreadable = Self(rawValue: "snapshot-unreadable")
    /// A dropped and an added object that look like a rename nobody declared.
    public static let suspectedRename = Self(rawValue: "suspected-rename")
    /// A change that loses data and is not allowed.
    public static let destructiveChange = Self(rawValue: "destructive-change")
    /// A statement with a hazard kind the settings forbid.
    public static let forbiddenHazard = Self(rawValue: "forbidden-hazard")
    /// A migration that does not reach the declaration on a scratch database (`--verify`).
    public static let verificationFailed = Self(rawValue: "verification-failed")

    // Drift (`check`)
    /// A file under `Generated/` that `generate` would write otherwise, or is missing.
    public static let generatedFileOutdated = Self(rawValue: "generated-file-outdated")
    /// A declaration changed since the last migration, with no migration written for it.
    public static let migrationPending = Self(rawValue: "migration-pending")
    /// `generate` could not bring the files up to date (it would refuse).
    public static let generationRefused = Self(rawValue: "generation-refused")
    /// A migration file that cannot be read.
    public static let migrationFileUnreadable = Self(rawValue: "migration-file-unreadable")
    /// The migrations replayed on a scratch database do not reach `snapshot.json`.
    public static let replayDiffers = Self(rawValue: "replay-differs")
    /// The live database differs from the declaration.
    public static let drift = Self(rawValue: "drift")
    /// The database's recorded history disagrees with the files (a checksum, a name, the order).
    public static let historyMismatch = Self(rawValue: "history-mismatch")
    /// A migration recorded as stopped part-way.
    public static let migrationStopped = Self(rawValue: "migration-stopped")
    /// A revert (`down`) recorded as stopped part-way.
    public static let revertStopped = Self(rawValue: "revert-stopped")
    /// An index left INVALID by an interrupted `CONCURRENTLY` build.
    public static let invalidIndex = Self(rawValue: "invalid-index")
    /// An object or setting the model does not describe, so not compared (a note).
    public static let notCompared = Self(rawValue: "not-compared")
    /// Expressions compared as written because PostgreSQL could not be asked (a note).
    public static let comparedAsWritten = Self(rawValue: "compared-as-written")
    /// A plan that drops or changes what an object of a kind the model does not describe uses,
    /// as `pg_depend` records it (an error of `diff`).
    public static let unmodeledDependent = Self(rawValue: "unmodeled-dependent")
    /// A database `push` changes although `migrate` manages it: afterwards its schema no longer
    /// follows its recorded migrations (a warning of `push`).
    public static let pushBypassesHistory = Self(rawValue: "push-bypasses-history")
    /// A step skipped for want of something (a scratch server), or what to run next (a note).
    public static let advice = Self(rawValue: "advice")

    // Enums
    /// An enum with no values.
    public static let emptyEnum = Self(rawValue: "empty-enum")
    /// An enum value that is an empty string.
    public static let emptyEnumValue = Self(rawValue: "empty-enum-value")
    /// An enum value listed twice.
    public static let duplicateEnumValue = Self(rawValue: "duplicate-enum-value")
    /// A column's default that is not a value of its enum.
    public static let enumDefault = Self(rawValue: "enum-default")

    // Columns
    /// A type with parameters PostgreSQL refuses, or a custom type name that is not a type name.
    public static let invalidType = Self(rawValue: "invalid-type")
    /// A column of an enum the schema does not list.
    public static let unknownEnum = Self(rawValue: "unknown-enum")
    /// A default that does not fit the column's type.
    public static let defaultType = Self(rawValue: "default-type")
    /// A default longer than the column's length.
    public static let defaultTooLong = Self(rawValue: "default-too-long")
    /// A default PostgreSQL cannot store: a number that is not a number, a NUL character.
    public static let invalidLiteral = Self(rawValue: "invalid-literal")
    /// A default on a serial column.
    public static let serialDefault = Self(rawValue: "serial-default")
    /// A default on an identity column.
    public static let identityDefault = Self(rawValue: "identity-default")
    /// A default on a generated column.
    public static let generatedDefault = Self(rawValue: "generated-default")
    /// An identity column of a type other than smallint, integer or bigint.
    public static let identityType = Self(rawValue: "identity-type")
    /// Identity sequence options PostgreSQL refuses: an increment of 0, a minimum over the
    /// maximum, a start outside them, a cache below 1, a bound beyond the column's type.
    public static let invalidIdentity = Self(rawValue: "invalid-identity")
    /// A column both identity and generated.
    public static let identityGenerated = Self(rawValue: "identity-generated")
    /// `jsonType(...)` on a column that is not json, or a Swift type name that is not one.
    public static let jsonType = Self(rawValue: "json-type")

    // Keys and indexes
    /// More than one primary key in a table.
    public static let multiplePrimaryKeys = Self(rawValue: "multiple-primary-keys")
    /// A key, index or constraint over a column the table does not have.
    public static let unknownColumn = Self(rawValue: "unknown-column")
    /// A key or index with no columns.
    public static let emptyColumnList = Self(rawValue: "empty-column-list")
    /// A column named twice in one key or index.
    public static let repeatedColumn = Self(rawValue: "repeated-column")
    /// A check with no expression.
    public static let emptyCheck = Self(rawValue: "empty-check")
    /// A hash index on more than one column.
    public static let hashIndexColumns = Self(rawValue: "hash-index-columns")
    /// A unique index of a method that cannot be unique.
    public static let uniqueIndexMethod = Self(rawValue: "unique-index-method")
    /// `INCLUDE` on an index method that has none, or repeating a key column.
    public static let indexInclude = Self(rawValue: "index-include")
    /// `NULLS NOT DISTINCT` on an index that is not unique.
    public static let nullsNotDistinct = Self(rawValue: "nulls-not-distinct")

    // Foreign keys and relations
    /// A foreign key to a table the schema does not have.
    public static let unknownTable = Self(rawValue: "unknown-table")
    /// A foreign key whose column counts differ.
    public static let foreignKeyArity = Self(rawValue: "foreign-key-arity")
    /// A foreign key to columns without a primary key or unique constraint.
    public static let foreignKeyNotUnique = Self(rawValue: "foreign-key-not-unique")
    /// A foreign key between columns of different types.
    public static let foreignKeyType = Self(rawValue: "foreign-key-type")
    /// `ON DELETE SET NULL (columns)` naming a column not in the key, or with another action.
    public static let foreignKeySetColumns = Self(rawValue: "foreign-key-set-columns")
    /// `ON DELETE SET NULL` on a NOT NULL column.
    public static let setNullNotNull = Self(rawValue: "set-null-not-null")
    /// `ON DELETE SET DEFAULT` on a column without a default.
    public static let setDefaultWithoutDefault = Self(rawValue: "set-default-without-default")
    /// A foreign key whose columns have no index (a warning).
    public static let unindexedForeignKey = Self(rawValue: "unindexed-foreign-key")
    /// A junction with no key over its two references (a warning).
    public static let junctionWithoutKey = Self(rawValue: "junction-without-key")
    /// A cascading delete stopped by a `RESTRICT` further down (a warning).
    public static let cascadeBlocked = Self(rawValue: "cascade-blocked")
    /// Cascading deletes that lead back to where they started (a warning).
    public static let cascadeCycle = Self(rawValue: "cascade-cycle")
}

extension DiagnosticCode: JSONWritable {}
