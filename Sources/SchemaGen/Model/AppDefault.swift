/// A value the application fills in rather than the database, like Drizzle's `$defaultFn`
/// and `$onUpdate`. Recorded in the model for the generated Swift code; no SQL is emitted.
public enum AppDefault: Hashable, Sendable {
    /// The current date and time.
    case now
    /// A random UUID (as a `UUID` on uuid columns, as its lowercase string on text columns).
    case uuid
    /// A random 21-character URL-safe id, as the `nanoid` package makes.
    case nanoid
    /// Any Swift expression, copied into the generated code as written.
    case swift(String)
}
