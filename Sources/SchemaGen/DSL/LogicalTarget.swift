/// The target of a documented reference, before resolution.
enum LogicalTarget: Sendable {
    case table(ReferenceTarget)
    case external(String)
}
