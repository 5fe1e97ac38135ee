/// `CREATE [UNIQUE] INDEX name ON table USING method (keys) INCLUDE (...) WITH (...) WHERE predicate`.
public struct IndexDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var isUnique: Bool
    public var method: IndexMethod
    public var keys: [IndexKey]
    /// Non-key columns stored in the index for index-only scans.
    public var include: [String]
    /// The `WHERE` clause of a partial index.
    public var predicate: String?
    /// PostgreSQL 15's `NULLS NOT DISTINCT`, for unique indexes.
    public var nullsNotDistinct: Bool
    /// `WITH (fillfactor = 70)`: the method's storage parameters; nil is none.
    public var storageParameters: [String: String]?

    public init(
        name: String, isUnique: Bool = false, method: IndexMethod = .btree, keys: [IndexKey],
        include: [String] = [], predicate: String? = nil, nullsNotDistinct: Bool = false, storageParameters: [String: String] = [:]
    ) {
        self.name = name
        self.isUnique = isUnique
        self.method = method
        self.keys = keys
        self.include = include
        self.predicate = predicate
        self.nullsNotDistinct = nullsNotDistinct
        self.storageParameters = storageParameters.isEmpty ? nil : storageParameters
    }
}

extension IndexDefinition {
    /// The SQL of the expression keys and the predicate: what may call a function. An index
    /// with any is one no foreign key can use.
    var expressionSQL: String? {
        let parts = keys.compactMap { if case .expression(let sql) = $0.target { sql } else { nil } } + [predicate].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}

extension IndexDefinition: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("include", include)
            try members.write("isUnique", isUnique)
            try members.write("keys", keys)
            try members.write("method", method)
            try members.write("name", name)
            try members.write("nullsNotDistinct", nullsNotDistinct)
            try members.write("predicate", predicate)
            try members.write("storageParameters", storageParameters)
        }
    }
}
