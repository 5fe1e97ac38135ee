/// The JSON document ``CatalogQuery`` returns, as decoded before it becomes the model.
struct CatalogDocument: Decodable {
    struct ExtensionRow: Decodable {
        let name: String
        let schema: String
        let version: String
    }

    struct EnumRow: Decodable {
        let schema: String
        let name: String
        let values: [String]
        let comment: String?
    }

    struct ColumnRow: Decodable {
        let name: String
        let type: String
        let isArray: Bool
        let isEnum: Bool
        let typeSchema: String
        let typeName: String
        let notNull: Bool
        let settings: ColumnSettingsRow?
        let `default`: String?
        let generated: String?
        let identity: IdentityRow?
        let ownsSequence: Bool
        let comment: String?
    }

    /// What most columns leave at their type's: null unless one is set.
    struct ColumnSettingsRow: Decodable {
        let storage: String?
        let compression: String?
        let collation: String?
    }

    struct IdentityRow: Decodable {
        let generation: String
        let start: Int
        let increment: Int
        let minimum: Int
        let maximum: Int
        let cache: Int
        let cycle: Bool
    }

    struct ConstraintRow: Decodable {
        let name: String
        let kind: String
        let columns: [String]?
        let referencedSchema: String?
        let referencedTable: String?
        let referencedColumns: [String]?
        let onDelete: String
        /// `confdelsetcols`: the columns `SET NULL (...)` sets.
        let onDeleteColumns: [String]?
        let onUpdate: String
        let deferrable: Bool
        let deferred: Bool
        let check: String?
        let nullsNotDistinct: Bool
        let noInherit: Bool
        let validated: Bool
        let matchFull: Bool
        let include: [String]?
        let storage: [String]?
        let exclusion: ExclusionRow?
    }

    struct ExclusionRow: Decodable {
        struct Element: Decodable {
            let `operator`: String
            let key: IndexKeyRow
        }

        let method: String
        let predicate: String?
        let elements: [Element]
    }

    struct IndexKeyRow: Decodable {
        let column: String?
        let expression: String?
        let descending: Bool
        let nullsFirst: Bool
        let operatorClass: String?
        let operatorClassOptions: [String]?
        let collation: String?
    }

    struct IndexRow: Decodable {
        let name: String
        let unique: Bool
        let method: String
        let nullsNotDistinct: Bool
        let storage: [String]?
        let predicate: String?
        let keys: [IndexKeyRow]
        let include: [String]?
    }

    struct TableRow: Decodable {
        let schema: String
        let name: String
        let comment: String?
        /// `reloptions`, the TOAST table's as `toast.name=value`.
        let storage: [String]?
        let columns: [ColumnRow]
        let constraints: [ConstraintRow]
        let indexes: [IndexRow]
        let rowSecurity: RowSecurityRow?
        let triggers: [TriggerRow]?
        let policies: [PolicyRow]?
        let partitionKey: PartitionKeyRow?
        let partitions: [PartitionRow]?
    }

    struct PartitionKeyRow: Decodable {
        /// `partstrat`: `r`, `l` or `h`.
        let strategy: String
        /// The expression keys, in order, as one list.
        let expressions: String?
        let keys: [PartitionKeyPartRow]
    }

    struct PartitionKeyPartRow: Decodable {
        let column: String?
        let operatorClass: String?
        let collation: String?
    }

    struct PartitionRow: Decodable {
        let schema: String
        let name: String
        let bound: String
        let comment: String?
        /// The partition's indexes PostgreSQL attached to the parent's, by the parent's name.
        let indexes: [AttachedIndexRow]
        /// What the partition holds beyond its clones of the parent, as text; empty when nothing.
        let extras: String
    }

    struct AttachedIndexRow: Decodable {
        let parent: String
        let name: String
    }

    struct RowSecurityRow: Decodable {
        let enabled: Bool
        let forced: Bool
    }

    struct TriggerRow: Decodable {
        let name: String
        /// `tgtype`: bit 0 ROW, 1 BEFORE, 2 INSERT, 3 DELETE, 4 UPDATE, 5 TRUNCATE, 6 INSTEAD.
        let type: Int
        let columns: [String]?
        let when: String?
        let oldTable: String?
        let newTable: String?
        let functionSchema: String
        let function: String
        /// `tgargs` in hex: each argument ends with a zero byte.
        let arguments: String
        let enabled: String
        let comment: String?
    }

    struct PolicyRow: Decodable {
        let name: String
        let command: String
        let permissive: Bool
        let roles: [String]
        let using: String?
        let withCheck: String?
        let comment: String?
    }

    struct SequenceRow: Decodable {
        struct Owner: Decodable {
            let schema: String
            let table: String
            let column: String
        }

        let schema: String
        let name: String
        let type: String
        let start: Int
        let increment: Int
        let minimum: Int
        let maximum: Int
        let cache: Int
        let cycle: Bool
        let owner: Owner?
        /// Whether the owner column's default calls it.
        let feedsOwner: Bool
        let comment: String?
    }

    struct FunctionRow: Decodable {
        let oid: UInt32
        struct Argument: Decodable {
            let mode: String
            let name: String?
            let type: String
        }

        let schema: String
        let name: String
        let kind: String
        let arguments: [Argument]
        /// The defaults of the last input arguments, as one list.
        let defaults: String?
        let returns: String
        let returnsSet: Bool
        let language: String
        let body: String
        let atomic: Bool
        let volatility: String
        let strict: Bool
        let securityDefiner: Bool
        let leakproof: Bool
        let parallel: String
        let cost: Double
        let rows: Double
        let settings: [String]?
        let comment: String?
    }

    struct DomainRow: Decodable {
        struct Check: Decodable {
            let name: String
            let expression: String
            let validated: Bool
        }

        let schema: String
        let name: String
        let baseType: String
        let collation: String?
        let `default`: String?
        let notNull: Bool
        let checks: [Check]
        let comment: String?
    }

    struct CompositeTypeRow: Decodable {
        struct Attribute: Decodable {
            let name: String
            let type: String
            let collation: String?
        }

        let schema: String
        let name: String
        let attributes: [Attribute]
        let comment: String?
    }

    struct ViewRow: Decodable {
        let schema: String
        let name: String
        let materialized: Bool
        let query: String
        let options: [String]?
        let columns: [ColumnRow]
        let indexes: [IndexRow]
        let comment: String?
        let triggers: [TriggerRow]?
    }

    /// What `pg_depend` records one object as using. The object is named by its kind (`view`,
    /// `function`, `trigger`, `policy`, `default`, `constraint` or `index`), its table or view
    /// (none for a function) and its own name (a default by its column), or by a function's oid;
    /// an object of a kind the model does not describe (`unmodeled`) by its unmodeled entry.
    struct DependencyRow: Decodable {
        let kind: String
        let schema: String?
        let owner: String?
        let name: String?
        let function: UInt32?
        let relations: [NameRow]
        let columns: [ColumnNameRow]
        let functions: [NameRow]
        let types: [NameRow]
    }

    struct ColumnNameRow: Decodable {
        let schema: String
        let table: String
        let column: String
    }

    struct NameRow: Decodable {
        let schema: String
        let name: String
    }

    struct ObjectRow: Decodable {
        let kind: String
        let name: String
    }

    let namespaces: [String]
    /// Indexes left INVALID by an interrupted `CONCURRENTLY` build.
    let invalidIndexes: [NameRow]
    let unmodeled: [ObjectRow]
    let sequences: [SequenceRow]
    let functions: [FunctionRow]
    let views: [ViewRow]
    let dependencies: [DependencyRow]
    let domains: [DomainRow]
    let compositeTypes: [CompositeTypeRow]
    let extensions: [ExtensionRow]
    let enums: [EnumRow]
    let tables: [TableRow]
}
