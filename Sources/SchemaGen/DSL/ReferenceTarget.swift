/// What a foreign key or logical reference points at, evaluated once every table exists so that
/// tables may reference each other in cycles and themselves.
struct ReferenceTarget: Sendable {
    let resolve: @Sendable () -> ColumnReference
}
