/// Where each object of a resolved schema was declared. A name declared twice keeps both
/// places, in declaration order, so that a duplicate can be shown at each.
public struct SourceMap: Sendable {
    /// The first place of each path: one entry, no array, for the usual path declared once.
    private var first: [SourcePath: SourceLocation] = [:]
    /// The later places of a path declared more than once.
    private var repeated: [SourcePath: [SourceLocation]] = [:]

    public init() {}

    mutating func record(_ path: SourcePath, _ location: SourceLocation) {
        if first[path] == nil {
            first[path] = location
        } else {
            repeated[path, default: []].append(location)
        }
    }

    /// The first place `path` was declared.
    public subscript(path: SourcePath) -> SourceLocation? {
        first[path]
    }

    /// Every place `path` was declared.
    public func all(_ path: SourcePath) -> [SourceLocation] {
        guard let location = first[path] else { return [] }
        return [location] + (repeated[path] ?? [])
    }
}
