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
    /// Tables partitioned (`PARTITION BY`), by schema and name.
    let partitioned: [NameRow]
    /// Indexes left INVALID by an interrupted `CONCURRENTLY` build.
    let invalidIndexes: [NameRow]
    let unmodeled: [ObjectRow]
    let extensions: [ExtensionRow]
    let enums: [EnumRow]
    let tables: [TableRow]
}
