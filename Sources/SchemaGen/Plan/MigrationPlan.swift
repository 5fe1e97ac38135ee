/// The ordered SQL that applies a ``SchemaDiff``, in steps, each statement with its hazards.
public struct MigrationPlan: Hashable, Sendable {
    public var steps: [MigrationStep]

    public init(steps: [MigrationStep]) {
        self.steps = steps
    }

    public var isEmpty: Bool { steps.allSatisfy { $0.statements.isEmpty } }

    /// The steps as a migration file writes them, each after a blank line:
    ///
    /// ```sql
    ///
    /// -- schemagen:step transaction
    /// -- hazard access-exclusive-lock: ACCESS EXCLUSIVE on "users", held briefly: blocks reads and writes
    /// ALTER TABLE users ADD COLUMN nickname text;
    /// ```
    public var sql: String {
        var lines: [String] = []
        for step in steps {
            lines.append("")
            lines.append(Migration.stepMarker + (step.transactional ? "transaction" : "no-transaction"))
            if let batch = step.batch { lines.append(batch.line) }
            if let note = step.note { lines.append("-- " + CommentText.escape(note)) }
            // A statement over several lines (CREATE TABLE), or under its hazards, stands apart
            // from its neighbours.
            for (index, statement) in step.statements.enumerated() {
                let hazards = step.hazards[index]
                let spansLines = statement.contains("\n") || !hazards.isEmpty
                if spansLines, index > 0, !lines.last!.isEmpty { lines.append("") }
                lines += hazards.map(\.comment)
                lines.append(statement)
                if spansLines, index < step.statements.count - 1 { lines.append("") }
            }
        }
        if steps.isEmpty { lines += ["", "-- Nothing to do."] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// How many statements carry each hazard kind.
    public var hazardCounts: [HazardKind: Int] {
        var counts: [HazardKind: Int] = [:]
        for hazards in steps.flatMap(\.hazards) {
            for kind in Set(hazards.map(\.kind)) { counts[kind, default: 0] += 1 }
        }
        return counts
    }

    /// ``hazardCounts`` in words, most serious kinds first:
    /// `2 statements with access-exclusive-lock, 1 with table-rewrite`.
    public var hazardSummary: String? {
        let counts = hazardCounts
        guard !counts.isEmpty else { return nil }
        return counts.sorted { $0.key < $1.key }.enumerated().map { index, entry in
            "\(entry.value) \(index == 0 ? (entry.value == 1 ? "statement" : "statements") + " " : "")with \(entry.key.rawValue)"
        }.joined(separator: ", ")
    }
}
