/// When a constraint is checked within a transaction.
public enum Deferrability: String, Hashable, Sendable, Codable {
    /// `DEFERRABLE INITIALLY IMMEDIATE`: checked per statement unless deferred with SET CONSTRAINTS.
    case initiallyImmediate = "DEFERRABLE INITIALLY IMMEDIATE"
    /// `DEFERRABLE INITIALLY DEFERRED`: checked at commit.
    case initiallyDeferred = "DEFERRABLE INITIALLY DEFERRED"
}

extension Deferrability: JSONWritable {}
