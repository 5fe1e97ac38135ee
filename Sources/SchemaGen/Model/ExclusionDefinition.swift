/// `CONSTRAINT name EXCLUDE USING gist (room WITH =, during WITH &&) [INCLUDE (...)] [WHERE (...)] [DEFERRABLE]`:
/// no two rows may have every element compare true with its operator (two bookings of one
/// room that overlap).
public struct ExclusionDefinition: Hashable, Sendable, Codable {
    /// One element: a column or expression of the constraint's index, and the operator that
    /// must not hold between two rows.
    public struct Element: Hashable, Sendable, Codable {
        public var key: IndexKey
        public var `operator`: String

        public init(_ key: IndexKey, _ operator: String) {
            self.key = key
            self.operator = `operator`
        }
    }

    public var name: String
    public var method: IndexMethod
    public var elements: [Element]
    /// `INCLUDE (columns)`; nil is none.
    public var include: [String]?
    /// `WHERE (predicate)`: only rows that match it are compared.
    public var predicate: String?
    /// nil is `NOT DEFERRABLE`.
    public var deferrable: Deferrability?

    public init(
        name: String, method: IndexMethod = .gist, elements: [Element], include: [String] = [], predicate: String? = nil,
        deferrable: Deferrability? = nil
    ) {
        self.name = name
        self.method = method
        self.elements = elements
        self.include = include.isEmpty ? nil : include
        self.predicate = predicate
        self.deferrable = deferrable
    }
}

extension ExclusionDefinition {
    /// The index the constraint builds, without its operators.
    func index(named name: String) -> IndexDefinition {
        IndexDefinition(name: name, method: method, keys: elements.map(\.key), include: include ?? [], predicate: predicate)
    }
}
