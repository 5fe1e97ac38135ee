/// A trigger on a table: when it fires, on what, and the function it runs.
///
/// ```sql
/// CREATE TRIGGER "users_touch" BEFORE UPDATE ON "users" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "touch"();
/// ```
public struct TriggerDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var timing: Timing
    /// The events, in PostgreSQL's order: INSERT, DELETE, UPDATE, TRUNCATE.
    public var events: [Event]
    /// `UPDATE OF columns`; empty is any column.
    public var updateColumns: [String]
    public var forEachRow: Bool
    /// The `WHEN` condition, as declared or as PostgreSQL prints it.
    public var when: String?
    /// `REFERENCING OLD TABLE AS ...`: transition table names.
    public var oldTable: String?
    public var newTable: String?
    public var function: QualifiedName
    /// The literal arguments passed to the function.
    public var arguments: [String]
    public var enabled: Enabled
    public var comment: String?

    public init(
        name: String, timing: Timing, events: [Event], updateColumns: [String] = [], forEachRow: Bool = true, when: String? = nil,
        oldTable: String? = nil, newTable: String? = nil, function: QualifiedName, arguments: [String] = [], enabled: Enabled = .origin,
        comment: String? = nil
    ) {
        self.name = name
        self.timing = timing
        self.events = Event.allCases.filter(events.contains)
        self.updateColumns = updateColumns
        self.forEachRow = forEachRow
        self.when = when
        self.oldTable = oldTable
        self.newTable = newTable
        self.function = function
        self.arguments = arguments
        self.enabled = enabled
        self.comment = comment
    }

    public enum Timing: String, Hashable, Sendable, Codable {
        case before = "BEFORE", after = "AFTER", insteadOf = "INSTEAD OF"
    }

    public enum Event: String, Hashable, Sendable, Codable, CaseIterable {
        case insert = "INSERT", delete = "DELETE", update = "UPDATE", truncate = "TRUNCATE"
    }

    /// `ENABLE`/`DISABLE TRIGGER`: when the trigger fires, by `session_replication_role`.
    public enum Enabled: String, Hashable, Sendable, Codable {
        /// Fires in `origin` and `local` mode: the default.
        case origin = "ENABLE"
        case disabled = "DISABLE"
        case replica = "ENABLE REPLICA"
        case always = "ENABLE ALWAYS"
    }
}
