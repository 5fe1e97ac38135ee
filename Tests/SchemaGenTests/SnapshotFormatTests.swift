import Foundation
import ReferenceSchemas
import SchemaGen
import Testing

/// snapshot.json carries its format: an older one is read and upgraded, a newer one refused.
@Suite struct SnapshotFormatTests {
    @Test func writesTheCurrentFormatAndReadsItBack() throws {
        let schema = ReferenceSystems.all[0].resolve().definition
        let text = try SchemaSnapshot.encode(schema)
        #expect(text.contains("\"format\" : \(SchemaSnapshot.currentFormat),"))
        #expect(try SchemaSnapshot.decode(text) == schema)
    }

    @Test func formatOneWithoutTheKeyIsRead() throws {
        let schema = ReferenceSystems.all[1].resolve().definition
        let current = try SchemaSnapshot.encode(schema)
        let formatOne = current.replacing("  \"format\" : 2,\n", with: "")
        #expect(formatOne != current)
        #expect(try SchemaSnapshot.decode(formatOne) == schema)
    }

    @Test func aNewerFormatIsRefused() throws {
        let text = try SchemaSnapshot.encode(SchemaDefinition(name: "x")).replacing("\"format\" : 2", with: "\"format\" : 3")
        #expect(throws: SchemaSnapshot.UnsupportedFormat.self) { try SchemaSnapshot.decode(text) }
    }
}
