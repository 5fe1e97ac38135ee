import BenchModels
import Foundation
import PostgresNIO
import SchemaGen
import SchemaGenPostgres
import SchemaGenRuntime
import SyntheticSchemas

/// Reading and writing 100,000 rows of a 12-column table (`RowsBenchmarkSchema`, its struct
/// generated as `BenchModels.BenchRow`) through `RowBridge`, against the same work written by
/// hand with PostgresNIO: binary decoding into the struct, and multi-row `INSERT` or `COPY`.
enum RowsBenchmark {
    static let count = 100_000

    static func run(server: DatabaseURL) async throws -> [Figure] {
        try await ScratchDatabase.with(server: server, applicationName: "schemagen-bench") { database in
            try await measure(RowBridge(connection: database.connection))
        }
    }

    private static func measure(_ rows: RowBridge) async throws -> [Figure] {
        let connection = rows.connection
        let logger = Logger(label: "schemagen-bench")
        let ddl = DDLRenderer().render(RowsBenchmarkSchema.schema.resolve().definition)
        _ = try await connection.query(PostgresQuery(unsafeSQL: ddl), logger: logger).get()
        let drafts = (0..<count).map(BenchRow.Draft.sample)

        // Writing: the bridge in batches of 5,000 rows, multi-row INSERT by hand in batches of
        // 5,000 (60,000 parameters), and COPY in text format.
        let bridgeInsert = try await Measure.milliseconds(repetitions: 3) {
            try await truncate(connection)
            _ = try await rows.insert(drafts, batchSize: 5_000)
        }
        let bridgeBulkInsert = try await Measure.milliseconds(repetitions: 3) {
            try await truncate(connection)
            try await rows.bulkInsert(drafts, batchSize: 5_000)
        }
        let handInsert = try await Measure.milliseconds(repetitions: 3) {
            try await truncate(connection)
            for start in stride(from: 0, to: drafts.count, by: 5_000) {
                try await BenchRow.insertByHand(drafts[start..<min(start + 5_000, drafts.count)], connection: connection)
            }
        }
        let copy = try await Measure.milliseconds(repetitions: 3) {
            try await truncate(connection)
            try await BenchRow.copy(drafts, connection: connection)
        }

        // Reading every row into structs.
        var read: [BenchRow] = []
        let bridgeRead = try await Measure.milliseconds(repetitions: 5) { read = try await rows.select(BenchRow.self) }
        guard read.count == count else { throw BenchmarkError("the bridge read \(read.count) rows, expected \(count)") }
        var decoded: [BenchRow] = []
        let handRead = try await Measure.milliseconds(repetitions: 5) { decoded = try await BenchRow.readByHand(connection) }
        guard decoded.count == count else { throw BenchmarkError("hand-written decoding read \(decoded.count) rows, expected \(count)") }
        return [
            Figure(name: "read 100,000 rows (12 columns), PostgresNIO by hand", value: handRead, unit: "ms"),
            Figure(name: "read 100,000 rows, RowBridge (binary, through Decodable)", value: bridgeRead, unit: "ms", target: 1.3 * handRead),
            Figure(name: "insert 100,000 rows, multi-row INSERT by hand", value: handInsert, unit: "ms"),
            Figure(name: "insert 100,000 rows, COPY by hand", value: copy, unit: "ms"),
            // The same statements as by hand; COPY's figure is beside it for the distance left.
            Figure(name: "insert 100,000 rows, RowBridge.bulkInsert (multi-row INSERT, bound)", value: bridgeBulkInsert, unit: "ms", target: 1.5 * handInsert),
            Figure(name: "insert 100,000 rows, RowBridge.insert (each row returned and decoded)", value: bridgeInsert, unit: "ms"),
        ]
    }

    private static func truncate(_ connection: PostgresConnection) async throws {
        _ = try await connection.query("TRUNCATE bench_rows RESTART IDENTITY", logger: Logger(label: "schemagen-bench")).get()
    }
}

extension BenchRow.Draft {
    static func sample(_ index: Int) -> Self {
        Self(name: "name \(index)", email: "user\(index)@example.com", age: Int32(index % 90), score: Double(index) / 7,
             balance: Decimal(index) / 100, active: index % 2 == 0, createdAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(index)),
             birthday: index % 3 == 0 ? nil : Date(timeIntervalSince1970: Double(index % 10_000) * 86_400), tags: ["a", "tag \(index % 10)"],
             note: index % 2 == 0 ? nil : "note", ref: UUID())
    }
}

/// The same work written by hand with PostgresNIO, as a service would without `RowBridge`.
extension BenchRow {
    /// `SELECT` of the twelve columns, decoded by PostgresNIO in binary.
    static func readByHand(_ connection: PostgresConnection) async throws -> [BenchRow] {
        let rows = try await connection.query(
            "SELECT id, name, email, age, score, balance, active, created_at, birthday, tags, note, ref FROM bench_rows",
            logger: Logger(label: "schemagen-bench"))
        var result: [BenchRow] = []
        for try await (id, name, email, age, score, balance, active, createdAt, birthday, tags, note, ref) in rows.decode(
            (Int64, String, String, Int32, Double, Decimal, Bool, Date, Date?, [String], String?, UUID).self) {
            result.append(BenchRow(id: id, name: name, email: email, age: age, score: score, balance: balance, active: active,
                                   createdAt: createdAt, birthday: birthday, tags: tags, note: note, ref: ref))
        }
        return result
    }

    /// One `INSERT ... VALUES ($1, ..., $11), (...)` of the drafts, every value bound.
    static func insertByHand(_ drafts: ArraySlice<Draft>, connection: PostgresConnection) async throws {
        var bindings = PostgresBindings(capacity: drafts.count * 11)
        var tuples: [String] = []
        for draft in drafts {
            let first = bindings.count
            bindings.append(draft.name); bindings.append(draft.email); bindings.append(draft.age); bindings.append(draft.score)
            try bindings.append(draft.balance); bindings.append(draft.active); bindings.append(draft.createdAt); bindings.append(draft.birthday)
            bindings.append(draft.tags); bindings.append(draft.note); bindings.append(draft.ref)
            tuples.append("(" + (1...11).map { "$\(first + $0)" }.joined(separator: ",") + ")")
        }
        let sql = "INSERT INTO bench_rows (name, email, age, score, balance, active, created_at, birthday, tags, note, ref) VALUES " + tuples.joined(separator: ",")
        _ = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: Logger(label: "schemagen-bench")).get()
    }

    /// `COPY bench_rows FROM STDIN` in text format.
    static func copy(_ drafts: [Draft], connection: PostgresConnection) async throws {
        let columns = ["name", "email", "age", "score", "balance", "active", "created_at", "birthday", "tags", "note", "ref"]
        try await connection.copyFrom(table: "bench_rows", columns: columns, logger: Logger(label: "schemagen-bench")) { writer in
            var buffer = ByteBuffer()
            for (index, draft) in drafts.enumerated() {
                let birthday = draft.birthday.map { String($0.formatted(.iso8601.year().month().day())) } ?? "\\N"
                let line = [draft.name, draft.email, String(draft.age), String(draft.score), "\(draft.balance)", draft.active ? "t" : "f",
                            draft.createdAt.formatted(.iso8601), birthday, "{" + draft.tags.map { "\"\($0)\"" }.joined(separator: ",") + "}",
                            draft.note ?? "\\N", draft.ref.uuidString].joined(separator: "\t")
                buffer.writeString(line + "\n")
                if index % 5_000 == 4_999 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
    }
}
