import Foundation

/// The recorded state of a declaration, `Generated/<schema>/snapshot.json`: what the last
/// migration brought the database to, and where the next diff starts. Stable, diff-friendly
/// JSON: keys sorted, two-space indentation, one value per line, and a `"format"` number.
///
/// Format 1 (no `"format"` key, before constraint, index, column and identity settings were
/// recorded) is read as format 2 with none of those settings, which is what it meant. A
/// format newer than ``currentFormat`` is refused rather than misread.
public enum SchemaSnapshot {
    public static let fileName = "snapshot.json"
    /// The format this version writes.
    public static let currentFormat = 2

    public struct UnsupportedFormat: Error, CustomStringConvertible {
        public let format: Int

        public var description: String {
            "\(SchemaSnapshot.fileName) has format \(format), newer than this schemagen reads (\(SchemaSnapshot.currentFormat)): update schemagen"
        }
    }

    public static func encode(_ schema: SchemaDefinition) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(format: currentFormat, schema: schema)), as: UTF8.self) + "\n"
    }

    public static func decode(_ text: String) throws -> SchemaDefinition {
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        guard document.format <= currentFormat else { throw UnsupportedFormat(format: document.format) }
        return document.schema
    }

    /// The schema's own keys with `"format"` beside them.
    private struct Document: Codable {
        var format: Int
        var schema: SchemaDefinition

        private enum Keys: String, CodingKey { case format }

        init(format: Int, schema: SchemaDefinition) {
            self.format = format
            self.schema = schema
        }

        init(from decoder: any Decoder) throws {
            format = try decoder.container(keyedBy: Keys.self).decodeIfPresent(Int.self, forKey: .format) ?? 1
            schema = try SchemaDefinition(from: decoder)
        }

        func encode(to encoder: any Encoder) throws {
            try schema.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(format, forKey: .format)
        }
    }
}
