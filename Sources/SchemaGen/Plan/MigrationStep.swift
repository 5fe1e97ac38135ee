/// A group of statements that runs as one unit: in a transaction, or, for statements that
/// PostgreSQL refuses inside one (`CREATE INDEX CONCURRENTLY`), on its own. Each statement
/// carries its ``Hazard``s.
public struct MigrationStep: Hashable, Sendable {
    public var transactional: Bool
    public private(set) var statements: [String]
    /// The hazards of each statement, by position: `hazards[i]` belongs to `statements[i]`.
    public private(set) var hazards: [[Hazard]]
    /// Why the step is separate, written above it in the migration file.
    public var note: String?
    /// For a hand-written backfill: the key range its one statement runs over, batch by batch.
    public var batch: Batch?

    public init(transactional: Bool, statements: [String] = [], note: String? = nil, hazards: [[Hazard]] = []) {
        self.transactional = transactional
        self.statements = statements
        self.note = note
        self.hazards = hazards + Array(repeating: [], count: max(0, statements.count - hazards.count))
    }

    public mutating func append(_ statement: String, hazards: [Hazard] = []) {
        statements.append(statement)
        self.hazards.append(hazards)
    }

    /// Every hazard of the step, with the statement it belongs to.
    public var statementHazards: [(statement: String, hazard: Hazard)] {
        zip(statements, hazards).flatMap { statement, hazards in hazards.map { (statement, $0) } }
    }
}

extension MigrationStep {
    /// A backfill run in batches over an integer key, each batch committed on its own with the
    /// last key done, so that a stopped run resumes where it stopped and a long one reports its
    /// progress. The step's one statement reads the batch's first and last key as `$1` and `$2`:
    ///
    /// ```sql
    /// -- schemagen:step no-transaction
    /// -- schemagen:batch users.id 10000
    /// UPDATE users SET name_lower = lower(name) WHERE id BETWEEN $1 AND $2;
    /// ```
    public struct Batch: Hashable, Sendable {
        static let marker = "-- schemagen:batch "

        /// The table as the SQL names it (`users`, `billing.invoices`).
        public var table: String
        /// The integer key column.
        public var column: String
        /// Keys per batch.
        public var size: Int

        public init(table: String, column: String, size: Int) {
            self.table = table
            self.column = column
            self.size = size
        }

        /// Reads `-- schemagen:batch users.id 10000`.
        init?(marker line: String) {
            let words = line.dropFirst(Self.marker.count).split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 2, let size = Int(words[1]), size > 0, let dot = words[0].lastIndex(of: ".") else { return nil }
            let (table, column) = (String(words[0][..<dot]), String(words[0][words[0].index(after: dot)...]))
            guard !table.isEmpty, !column.isEmpty else { return nil }
            self.init(table: table, column: column, size: size)
        }

        /// The marker line.
        var line: String { Self.marker + "\(table).\(column) \(size)" }
    }
}
