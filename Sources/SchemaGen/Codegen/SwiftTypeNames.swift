/// The Swift type names of one schema's generated module, decided once so that no two collide
/// and none hides a type the generated code uses.
///
/// A table's row struct is its singular PascalCase name (`team_members` → `TeamMember`), its
/// draft and changes nested inside (`TeamMember.Draft`); an enum is its PascalCase name. Where
/// that would collide, the name moves aside, deterministically:
///
/// | collision | name |
/// |---|---|
/// | two tables with one singular (`a.users`, `b.users`) | the whole name: `AUsers`, `BUsers` |
/// | a table and an enum (`status`) | the enum keeps `Status`; the table is `StatusRow` |
/// | a type the code uses (`data`, `dates`, `drafts`, `Enum("string")`) | `DataRow`, `DateRow`, `DraftRow`, `StringEnum` |
///
/// `Table(_:swiftName:)` names a table's struct outright; a declared name that collides is a
/// validation error (``problems``), never moved.
struct SwiftTypeNames: Sendable {
    /// Names the generated code refers to: Swift's, Foundation's and SchemaGenRuntime's types,
    /// and the types nested in every row struct, which would hide a module type of that name.
    static let reserved: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Changes", "Character", "Codable", "CodingKey", "CodingKeys", "Columns",
        "Data", "Date", "Decimal", "Decodable", "Decoder", "Dictionary", "Double", "Draft", "Encodable", "Encoder",
        "Equatable", "Error", "FetchableRow", "Float", "Foundation", "Hashable", "Hasher", "ID", "Identifiable",
        "Int", "Int16", "Int32", "Int64", "JSONValue", "NanoID", "Never", "Optional", "RelationDescriptor",
        "Relations", "Row", "SchemaGenRuntime", "SchemaTables", "Self", "Sendable", "Set", "String", "Swift",
        "TableChanges", "TableColumn", "TableDraft", "TableName", "TableRow", "Type", "URL", "UUID", "Void",
    ]

    private(set) var tables: [QualifiedName: String] = [:]
    private(set) var enums: [QualifiedName: String] = [:]
    /// The read-only structs of views whose columns are typed.
    private(set) var views: [QualifiedName: String] = [:]
    /// Declared names that collide, with what they collide with.
    private(set) var problems: [(table: QualifiedName, message: String)] = []

    init(_ schema: SchemaDefinition) {
        var taken = Self.reserved.union([SwiftCodeGenerator.moduleName(of: schema.name)])
        let enumCounts = Dictionary(schema.enums.map { (SwiftNaming.typeName(of: $0.name.name), 1) }, uniquingKeysWith: +)
        for type in schema.enums {
            let natural = SwiftNaming.typeName(of: type.name.name)
            let whole = SwiftNaming.typeName(of: type.name.schema + "_" + type.name.name)
            let candidates = enumCounts[natural]! > 1 ? [whole, whole + "Enum"] : [natural, natural + "Enum", whole + "Enum"]
            let name = Self.first(of: candidates) { !taken.contains($0) }
            enums[type.name] = name
            taken.insert(name)
        }

        // Tolerates a table declared twice, which validation reports.
        let natural = Dictionary(schema.tables.map { ($0.name, $0.swiftName ?? SwiftNaming.typeName(ofTable: $0.name.name)) }, uniquingKeysWith: { first, _ in first })
        let structCounts = Dictionary(natural.values.map { ($0, 1) }, uniquingKeysWith: +)
        var moved: [TableDefinition] = []
        for table in schema.tables {
            let name = natural[table.name]!
            // A row struct yields to a type and to another row struct.
            let collides = taken.contains(name) || structCounts[name]! > 1
            if !collides {
                tables[table.name] = name
            } else if table.swiftName != nil {
                problems.append((table.name, "swiftName \"\(name)\" collides with another type of the generated module (\(Self.collision(name, taken: taken, structCounts: structCounts))); choose another"))
                tables[table.name] = name
            } else {
                moved.append(table)
            }
        }
        taken.formUnion(tables.values)
        for table in moved {
            let name = natural[table.name]!
            let whole = SwiftNaming.typeName(of: table.name.schema + "_" + table.name.name)
            let candidates = structCounts[name]! > 1 ? [whole, whole + "Row"] : [name + "Row", whole + "Row"]
            let chosen = Self.first(of: candidates) { !taken.contains($0) }
            tables[table.name] = chosen
            taken.insert(chosen)
        }
        // A view's read-only struct yields to every table's types.
        for view in schema.views where view.columns != nil {
            let name = view.swiftName ?? SwiftNaming.typeName(ofTable: view.name.name)
            if view.swiftName != nil, taken.contains(name) {
                problems.append((view.name, "swiftName \"\(name)\" collides with another type of the generated module; choose another"))
            }
            let chosen = view.swiftName ?? Self.first(of: [name, name + "Row", SwiftNaming.typeName(of: view.name.schema + "_" + view.name.name) + "Row"]) { !taken.contains($0) }
            views[view.name] = chosen
            taken.insert(chosen)
        }
    }

    /// The first candidate `isFree` accepts, else the last one numbered from 2 until it is.
    private static func first(of candidates: [String], where isFree: (String) -> Bool) -> String {
        if let free = candidates.first(where: isFree) { return free }
        var number = 2
        while !isFree(candidates.last! + String(number)) { number += 1 }
        return candidates.last! + String(number)
    }

    private static func collision(_ name: String, taken: Set<String>, structCounts: [String: Int]) -> String {
        if reserved.contains(name) { return "a type the generated code uses" }
        if taken.contains(name) { return "an enum" }
        return "another table's struct"
    }
}
