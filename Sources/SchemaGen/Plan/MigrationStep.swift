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
