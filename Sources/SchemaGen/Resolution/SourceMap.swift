/// Where each object of a resolved schema was declared. A name declared twice keeps both
/// places, in declaration order, so that a duplicate can be shown at each.
public struct SourceMap: Sendable {
    private var locations: [SourcePath: [SourceLocation]] = [:]

    public init() {}

    mutating func record(_ path: SourcePath, _ location: SourceLocation) {
        locations[path, default: []].append(location)
    }

    /// The first place `path` was declared.
    public subscript(path: SourcePath) -> SourceLocation? {
        locations[path]?.first
    }

    /// Every place `path` was declared.
    public func all(_ path: SourcePath) -> [SourceLocation] {
        locations[path] ?? []
    }
}
