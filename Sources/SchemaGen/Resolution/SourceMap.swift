/// Where each object of a resolved schema was declared. A name declared twice keeps both
/// places, in declaration order, so that a duplicate can be shown at each.
///
/// The places of a table's (or view's) columns, constraints, indexes and other members are
/// one array per table, in declaration order, handed over whole when the table is resolved:
/// one lookup per table instead of one hashed path per member (a third of resolving, at
/// 10,000 tables, when every member was a key of its own).
public struct SourceMap: Sendable {
    /// The places of the schema and its objects (tables, enums, views, ...): one entry, no
    /// array, for the usual object declared once.
    private var first: [SourcePath: SourceLocation] = [:]
    /// The later places of an object declared more than once.
    private var repeated: [SourcePath: [SourceLocation]] = [:]
    /// Per table or view: its members' places, in declaration order.
    private var members: [QualifiedName: [Place]] = [:]

    /// A member's path and where it was declared.
    typealias Place = (path: SourcePath, location: SourceLocation)

    public init() {}

    /// The place of the schema or one of its objects; a table's members come with
    /// ``record(_:of:)``.
    mutating func record(_ path: SourcePath, _ location: SourceLocation) {
        assert(path.owner == nil, "\(path) is a member: record it with its table's places")
        if first[path] == nil {
            first[path] = location
        } else {
            repeated[path, default: []].append(location)
        }
    }

    /// The places of `relation`'s members, each with a path that ``SourcePath/owner`` gives
    /// as `relation`, after those recorded before.
    mutating func record(_ places: [Place], of relation: QualifiedName) {
        guard !places.isEmpty else { return }
        members[relation, default: []].append(contentsOf: places)
    }

    /// The first place `path` was declared.
    public subscript(path: SourcePath) -> SourceLocation? {
        guard let owner = path.owner else { return first[path] }
        return members[owner]?.first { $0.path == path }?.location
    }

    /// Every place `path` was declared.
    public func all(_ path: SourcePath) -> [SourceLocation] {
        guard let owner = path.owner else {
            guard let location = first[path] else { return [] }
            return [location] + (repeated[path] ?? [])
        }
        return (members[owner] ?? []).filter { $0.path == path }.map(\.location)
    }
}

extension SourcePath {
    /// The table or view a member (column, constraint, index, trigger, policy, partition,
    /// documented reference) belongs to; nil for the schema and its objects.
    var owner: QualifiedName? {
        switch self {
        case .column(let table, _), .constraint(let table, _), .index(let table, _), .trigger(let table, _), .policy(let table, _),
             .partition(let table, _), .logicalReference(let table, _):
            table
        case .schema, .table, .enumType, .extension, .namespace, .sequence, .function, .view, .domain, .compositeType:
            nil
        }
    }
}
