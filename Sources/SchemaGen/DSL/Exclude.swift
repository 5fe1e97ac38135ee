/// An exclusion constraint, declared in a ``Table`` body: no two rows may have every element
/// compare true with its operator. The name defaults to `<table>_<columns>_excl`.
///
/// ```swift
/// Exclude(using: .gist, ("room_id", "="), (.column("during"), "&&"))
/// // CONSTRAINT "bookings_room_id_during_excl" EXCLUDE USING gist ("room_id" WITH =, "during" WITH &&)
/// ```
///
/// Elements of scalar types in a gist index (`room_id WITH =`) need the `btree_gist` extension.
public struct Exclude: Sendable {
    let name: String?
    let definition: ExclusionDefinition
    let location: SourceLocation

    public init(
        using method: IndexMethod = .gist, _ elements: (IndexKey, String)..., name: String? = nil, include: [String] = [],
        where predicate: String? = nil, deferrable: Deferrability? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        definition = ExclusionDefinition(
            name: name ?? "", method: method, elements: elements.map { ExclusionDefinition.Element($0.0, $0.1) }, include: include,
            predicate: predicate, deferrable: deferrable)
        location = SourceLocation(file: file, line: line, column: column)
    }
}
