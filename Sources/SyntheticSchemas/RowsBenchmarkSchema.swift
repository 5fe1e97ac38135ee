import SchemaGen

/// The 12-column table `schemagen-bench` reads and writes 100,000 rows of. Its generated Swift
/// is the `BenchModels` module (Sources/BenchModels), checked against the generator by the tests.
public enum RowsBenchmarkSchema {
    public static let schema = Schema("bench") {
        Table("bench_rows") {
            Column("id", .bigint).primaryKey().identity(.byDefault)
            Column("name", .text).notNull()
            Column("email", .text).notNull()
            Column("age", .integer).notNull()
            Column("score", .doublePrecision).notNull()
            Column("balance", .numeric(precision: 12, scale: 2)).notNull()
            Column("active", .boolean).notNull()
            Column("created_at", .timestamptz).notNull()
            Column("birthday", .date)
            Column("tags", .array(.text)).notNull()
            Column("note", .text)
            Column("ref", .uuid).notNull()
        }
    }
}
