import Foundation

/// The recorded state of a declaration, `Generated/<schema>/snapshot.json`: what the last
/// migration brought the database to, and where the next diff starts. Stable, diff-friendly
/// JSON: keys sorted, two-space indentation, one value per line.
public enum SchemaSnapshot {
    public static let fileName = "snapshot.json"

    public static func encode(_ schema: SchemaDefinition) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(schema), as: UTF8.self) + "\n"
    }

    public static func decode(_ text: String) throws -> SchemaDefinition {
        try JSONDecoder().decode(SchemaDefinition.self, from: Data(text.utf8))
    }
}
