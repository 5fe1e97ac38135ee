/// Renders a schema and its graph as a Mermaid `erDiagram`, which GitHub draws in place.
///
/// ```
/// erDiagram
///     users ||--o{ posts : "user_id"
/// ```
public struct MermaidRenderer: Sendable {
    public init() {}

    public func render(_ schema: SchemaDefinition, graph: RelationGraph) -> String {
        var text = TextBuffer()
        text.line("erDiagram")
        for table in schema.tables {
            text.line("    \(entity(table.name)) {")
            for column in table.columns {
                var markers: [String] = []
                if table.primaryKey?.columns.contains(column.name) == true { markers.append("PK") }
                if table.foreignKeys.contains(where: { $0.columns.contains(column.name) }) { markers.append("FK") }
                if table.uniques.contains(where: { $0.columns == [column.name] }) { markers.append("UK") }
                let sql = column.type.sql
                let type = sql.utf8.allSatisfy(Self.isWordByte) ? sql : String(sql.map { $0.isLetter || $0.isNumber ? $0 : "_" })
                text.line("        \(type) \(word(column.name))" + (markers.isEmpty ? "" : " " + markers.joined(separator: ", ")))
            }
            text.line("    }")
        }
        for table in schema.tables {
            for key in table.foreignKeys {
                let optional = key.columns.contains { table.column(named: $0)?.isNullable ?? true }
                let unique = table.hasUniqueKey(on: Set(key.columns))
                let many = unique ? "o|" : "o{"
                let one = optional ? "|o" : "||"
                text.line("    \(entity(key.referencedTable)) \(one)--\(many) \(entity(table.name)) : \"\(key.columns.joined(separator: ", "))\"")
            }
            for reference in table.logicalReferences {
                guard case .table(let target, _) = reference.target else { continue }
                text.line("    \(entity(target)) |o..o{ \(entity(table.name)) : \"\(reference.columns.joined(separator: ", ")) (not enforced)\"")
            }
        }
        return text.text
    }

    /// Mermaid entity names are words: schema-qualified and odd names are folded into one.
    private func entity(_ name: QualifiedName) -> String {
        word(name.schema == QualifiedName.defaultSchema ? name.name : "\(name.schema)_\(name.name)")
    }

    /// Letters, digits and `_` of ASCII kept; every other character (of any length in UTF-8)
    /// becomes one `_`.
    private func word(_ text: String) -> String {
        if text.utf8.allSatisfy(Self.isWordByte) { return text }
        return String(text.map { $0.isASCII && $0.utf8.allSatisfy(Self.isWordByte) ? $0 : "_" })
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
        default: false
        }
    }
}
