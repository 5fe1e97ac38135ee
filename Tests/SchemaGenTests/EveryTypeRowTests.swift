import Foundation
import Logging
import PostgresNIO
import EveryTypeModels
import SchemaGen
import SchemaGenPostgres
import SchemaGenRuntime
import SyntheticSchemas
import Testing

/// The `EveryTypeModels` and `BenchModels` modules are what the generator writes for their
/// schemas, so the row tests and the benchmark run the generator's own code.
/// `SNAPSHOT_RECORD=1` writes them again.
@Test(arguments: [(EveryTypeSchema.schema, "Tests/Fixtures/EveryTypeModels"), (RowsBenchmarkSchema.schema, "Sources/BenchModels")])
func modelsAreWhatTheGeneratorWrites(_ schema: Schema, _ path: String) throws {
    let model = schema.resolve().definition
    let folder = packageRoot.appending(path: path)
    let files = SwiftCodeGenerator().files(for: model, graph: RelationGraph(schema: model))
    let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    for file in files {
        let url = folder.appending(path: URL(filePath: file.path).lastPathComponent)
        if record { try Data(file.contents.utf8).write(to: url) }
        #expect(try String(contentsOf: url, encoding: .utf8) == file.contents, "\(path)/\(url.lastPathComponent) is stale: run with SNAPSHOT_RECORD=1")
    }
    let names = files.map { URL(filePath: $0.path).lastPathComponent }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names.sorted())
}

extension PostgresSuite {
    /// Every column type, written and read through `RowBridge` by the generated code: bound
    /// values in each form (binary, untyped text, `jsonb`), read in binary, as text or as JSON,
    /// with hostile text, extremes and NULLs; PostgreSQL's own text of what it stored is checked.
    @Suite struct EveryTypeRowTests {
        typealias Sample = EveryTypeModels.Sample

        static let full = Sample.Draft(
            small: .min, whole: .max, big: .max, amount: Decimal(string: "12345678901234.123456")!, ratio: 1.5, score: -0.000_125, flag: true,
            label: "it's \"quoted\", \\ back\\slash, {braces}, 🙂,\nand a newline", code: "NULL", letters: "xyz",
            token: UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!, day: Date(timeIntervalSince1970: -165_542_400),
            clock: "10:11:12.123456", zonedClock: "10:11:12+02", localStamp: Date(timeIntervalSince1970: 1_700_000_000.5),
            stamp: Date(timeIntervalSince1970: -1_000_000.25), span: "1 day 02:03:04", doc: .object(["a": .array([.number(1), .null, .string("x")])]),
            settings: .string("just a string"), raw: Data([0, 1, 0x5c, 0x78, 255]), address: "10.0.0.1/8", network: "10.0.0.0/8", mac: "08:00:2b:01:02:03",
            feeling: .itSComplicated, positive: 5,
            labels: ["a", "b c", "d,e", "quo\"te", "", "NULL", "{x}"], codes: ["ab", "c'd"], numbers: [1, -2, .max], bigs: [.min], flags: [true, false],
            scores: [0.5, -1e300], tokens: [UUID(uuidString: "00000000-0000-0000-0000-000000000001")!], days: [Date(timeIntervalSince1970: 86_400 * 19_000)],
            stamps: [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 4_102_444_800.75)], feelings: [.sad, .itSComplicated],
            amounts: [Decimal(string: "0.1")!, Decimal(string: "-99999999999999999999.5")!], spans: ["00:00:01", "3 mons"], docs: [.object(["k": .bool(true)]), .number(2)],
            blobs: [Data(), Data([0xde, 0xad])]
        )

        @Test func everyColumnWritesAndReadsBack() async throws {
            let cluster = try #require(PostgresCluster.current)
            try await cluster.withDatabase { database in
                _ = try database.apply(EveryTypeSchema.schema.resolve().definition)
                try await database.withConnection { connection in
                    let rows = RowBridge(connection: connection)
                    let inserted = try await rows.insert([Self.full, Sample.Draft()])
                    #expect(inserted.map(\.id) == [1, 2])
                    let read = try await rows.select(Sample.self, orderBy: [Sample.Columns.id.ascending])
                    #expect(read == inserted, "what insert returns is what select reads")
                    let full = try #require(read.first)
                    let expected = Sample(id: 1, draft: Self.full)
                    for (label, same) in Self.fields(full, expected) { #expect(same, "\(label)") }
                    #expect(read[1] == Sample(id: 2, draft: Sample.Draft()), "every column NULL")

                    // PostgreSQL's own text of what it stored.
                    let text = try await Self.texts(connection, """
                        SELECT amount::text, label, code, letters, day::text, local_stamp::text, (stamp AT TIME ZONE 'UTC')::text, raw::text, feeling::text,
                               labels::text, feelings::text, amounts::text, blobs::text, settings::text, days::text FROM samples WHERE id = 1
                        """)
                    #expect(text == [
                        "12345678901234.123456", Self.full.label!, "NULL", "xyz", "1964-10-03", "2023-11-14 22:13:20.5", "1969-12-20 10:13:19.75", "\\x00015c78ff",
                        "it's complicated", #"{a,"b c","d,e","quo\"te","",NULL,"{x}"}"#.replacingOccurrences(of: ",NULL,", with: ",\"NULL\","),
                        #"{sad,"it's complicated"}"#, "{0.1,-99999999999999999999.5}", #"{"\\x","\\xdead"}"#, #""just a string""#, "{2022-01-08}",
                    ])

                    // Each column filters as its own type.
                    #expect(try await rows.select(Sample.self, where: Sample.Columns.feeling == .itSComplicated).map(\.id) == [1])
                    #expect(try await rows.select(Sample.self, where: Sample.Columns.address == "10.0.0.1/8").map(\.id) == [1])
                    #expect(try await rows.select(Sample.self, where: Sample.Columns.clock == "10:11:12.123456").map(\.id) == [1])
                    #expect(try await rows.select(Sample.self, where: Sample.Columns.amount == full.amount).map(\.id) == [1])
                    #expect(try await rows.select(Sample.self, where: Sample.Columns.localStamp == full.localStamp).map(\.id) == [1])

                    // Every column changed, then every column set to NULL.
                    var changes = Sample.Changes()
                    changes.span = "2 days"; changes.feelings = []; changes.labels = ["only"]; changes.amount = 1; changes.mac = "08:00:2b:01:02:04"
                    changes.day = Date(timeIntervalSince1970: 0); changes.settings = .array([])
                    let changed = try #require(try await rows.update(Sample.self, id: 1, changes))
                    #expect(changed.span == "2 days" && changed.feelings == [] && changed.labels == ["only"] && changed.amount == 1)
                    #expect(changed.mac == "08:00:2b:01:02:04" && changed.day == Date(timeIntervalSince1970: 0) && changed.settings == .array([]))
                    #expect(changed.clock == full.clock, "a column the change leaves alone keeps its value")
                    var nulls = Sample.Changes()
                    for key in Sample.columnNames where key != "id" { try nulls.setNull(key) }
                    let cleared = try #require(try await rows.update(Sample.self, id: 1, nulls))
                    #expect(cleared == Sample(id: 1, draft: Sample.Draft()))

                    // 2,000 rows of 39 values need two statements under PostgreSQL's 65,535
                    // parameters; bulkInsert writes them without reading them back.
                    let bulk = Array(repeating: Self.full, count: 2_000) + [Sample.Draft()]
                    #expect(try await rows.bulkInsert(bulk, batchSize: 5_000) == 2_001)
                    #expect(try database.value("SELECT count(*) FROM samples WHERE id > 2") == "2001")
                    #expect(try database.value("SELECT count(DISTINCT (small, label, day, feelings, amounts, docs, blobs)) FROM samples WHERE id BETWEEN 3 AND 2002") == "1")
                    // A few rows, not all: the tests keep results small (see `PostgresCluster.dropper`).
                    let loaded = try await rows.select(Sample.self, where: Sample.Columns.id > 2, orderBy: [Sample.Columns.id.descending], limit: 2)
                    #expect(loaded.last == Sample(id: 2_002, draft: Self.full))
                    #expect(loaded.first == Sample(id: 2_003, draft: Sample.Draft()))
                    try await rows.delete(Sample.self, where: Sample.Columns.id > 2)

                    // A value the column's type refuses is PostgreSQL's error, not a crash.
                    await #expect(throws: (any Error).self) { try await rows.insert(Sample.Draft(address: "not an address")) }
                    await #expect(throws: (any Error).self) { try await rows.insert(Sample.Draft(positive: -1)) }
                }
            }
        }

        /// The cells of the one row `sql` reads, as text.
        static func texts(_ connection: PostgresConnection, _ sql: String) async throws -> [String] {
            var cells: [String] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "schemagen.tests")) {
                cells = try row.map { try $0.decode(String.self) }
            }
            return cells
        }

        /// Each property of two rows, named, and whether they are equal.
        static func fields(_ a: Sample, _ b: Sample) -> [(String, Bool)] {
            Mirror(reflecting: a).children.map(\.label).compactMap { $0 }.map { label in
                let left = Mirror(reflecting: a).children.first { $0.label == label }.map { "\($0.value)" }
                let right = Mirror(reflecting: b).children.first { $0.label == label }.map { "\($0.value)" }
                return ("\(label): \(left ?? "") vs \(right ?? "")", left == right)
            }
        }
    }
}

extension EveryTypeModels.Sample {
    /// The row a draft makes when the database adds only `id`.
    init(id: Int64, draft: Draft) {
        let json = try! RowCoding.encoder.encode(draft)
        var object = try! JSONSerialization.jsonObject(with: json) as! [String: Any]
        object["id"] = id
        self = try! RowCoding.decoder.decode(Self.self, from: JSONSerialization.data(withJSONObject: object))
    }
}

extension EveryTypeModels.Sample.Changes {
    /// Sets the property of `column` to nil, which writes NULL: decoded from `{"column": null}`.
    mutating func setNull(_ column: String) throws {
        let one = try RowCoding.decoder.decode(Self.self, from: Data("{\"\(column)\": null}".utf8))
        let merged = try JSONSerialization.jsonObject(with: RowCoding.encoder.encode(self)) as! [String: Any]
        var all = try JSONSerialization.jsonObject(with: RowCoding.encoder.encode(one)) as! [String: Any]
        all.merge(merged) { _, mine in mine }
        self = try RowCoding.decoder.decode(Self.self, from: JSONSerialization.data(withJSONObject: all))
    }
}
