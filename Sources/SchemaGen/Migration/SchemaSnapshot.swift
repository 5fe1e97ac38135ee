import Foundation

/// The recorded state of a declaration, `Generated/<schema>/snapshot.json`: what the last
/// migration brought the database to, where the next diff starts, and PostgreSQL's words for
/// its expressions when a server was asked (``ExpressionForms``). Stable, diff-friendly JSON:
/// keys sorted, two-space indentation, one value per line, and a `"format"` number.
///
/// - Format 1 (no `"format"` key, before constraint, index, column and identity settings were
///   recorded) is read as the current format with none of those settings, which is what it meant.
/// - Format 2 is read as format 3 with no expression forms.
/// - Format 3 is read as format 4 with no sequences, functions, views, triggers or policies.
/// - Format 4 is read as format 5 with no partitioned tables.
/// - A format newer than ``currentFormat`` is refused rather than misread.
public struct SchemaSnapshot: Hashable, Sendable {
    public static let fileName = "snapshot.json"
    /// The format this version writes.
    public static let currentFormat = 5

    public var schema: SchemaDefinition
    /// PostgreSQL's words for the schema's expressions; empty when no server was asked.
    public var expressionForms: ExpressionForms

    public init(schema: SchemaDefinition, expressionForms: ExpressionForms = ExpressionForms()) {
        self.schema = schema
        self.expressionForms = expressionForms
    }

    public struct UnsupportedFormat: Error, CustomStringConvertible {
        public let format: Int

        public var description: String {
            "\(SchemaSnapshot.fileName) has format \(format), newer than this schemagen reads (\(SchemaSnapshot.currentFormat)): update schemagen"
        }
    }

    /// The file's text.
    public func encoded() throws -> String {
        try JSONWriter.text(of: Document(format: Self.currentFormat, snapshot: self)) + "\n"
    }

    /// Reads a file of any format up to ``currentFormat``.
    public init(decoding text: String) throws {
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        guard document.format <= Self.currentFormat else { throw UnsupportedFormat(format: document.format) }
        self = document.snapshot
    }

    /// The schema's own keys with `"format"` and `"expressionForms"` beside them.
    private struct Document: Codable, JSONWritable {
        var format: Int
        var snapshot: SchemaSnapshot

        private enum Keys: String, CodingKey { case format, expressionForms }

        init(format: Int, snapshot: SchemaSnapshot) {
            self.format = format
            self.snapshot = snapshot
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            format = try container.decodeIfPresent(Int.self, forKey: .format) ?? 1
            snapshot = SchemaSnapshot(
                schema: try SchemaDefinition(from: decoder),
                expressionForms: ExpressionForms(tables: try container.decodeIfPresent([ExpressionForms.Table].self, forKey: .expressionForms) ?? []))
        }

        /// The format and the expression forms first: they are put in their places among the
        /// schema's keys by moving the small members before `name`, not the tables after it.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            if !snapshot.expressionForms.isEmpty { try container.encode(snapshot.expressionForms.tables, forKey: .expressionForms) }
            try container.encode(format, forKey: .format)
            try snapshot.schema.encode(to: encoder)
        }

        /// The same members as `encode(to:)`, in the same turn.
        func write(to json: JSONWriter.Output) throws {
            try json.object { members in
                if !snapshot.expressionForms.isEmpty { try members.encode("expressionForms", snapshot.expressionForms.tables) }
                try members.write("format", format)
                try snapshot.schema.write(to: &members)
            }
        }
    }
}
