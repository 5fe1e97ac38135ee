/// Which hazard kinds a plan may have. `generate`, `diff` and `migrate` refuse a plan with a
/// forbidden one and name each statement and hazard.
///
/// ```swift
/// let problems = HazardPolicy(forbidden: [.tableRewrite]).violations(in: plan.steps)
/// // ["ALTER TABLE \"users\" ALTER COLUMN \"age\" TYPE bigint; has forbidden hazard table-rewrite: \"users\" is rewritten with its indexes"]
/// ```
public struct HazardPolicy: Hashable, Sendable {
    public var forbidden: Set<HazardKind>

    public init(forbidden: Set<HazardKind> = []) {
        self.forbidden = forbidden
    }

    public func violations(in steps: [MigrationStep]) -> [String] {
        steps.flatMap(\.statementHazards).filter { forbidden.contains($0.hazard.kind) }.map {
            "\(SQLExcerpt.of($0.statement)) has forbidden hazard \($0.hazard)"
        }
    }
}
