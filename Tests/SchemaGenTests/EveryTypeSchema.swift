import SchemaGen

/// One table with a column of every type the generator maps, and arrays of them: its generated
/// Swift is the `EveryTypeModels` module (Tests/Fixtures/EveryTypeModels), which
/// `EveryTypeRowTests` checks against the generator and runs on PostgreSQL.
enum EveryTypeSchema {
    static let mood = Enum("mood", "happy", "sad", "it's complicated")
    static let positive = Domain("positive_int", .integer).check("VALUE > 0")

    static let schema = Schema("every_type") {
        mood
        positive
        Table("samples") {
            Column("id", .bigint).primaryKey().identity(.byDefault)
            Column("small", .smallint)
            Column("whole", .integer)
            Column("big", .bigint)
            Column("amount", .numeric(precision: 20, scale: 6))
            Column("ratio", .real)
            Column("score", .doublePrecision)
            Column("flag", .boolean)
            Column("label", .text)
            Column("code", .varchar(12))
            Column("letters", .char(3))
            Column("token", .uuid)
            Column("day", .date)
            Column("clock", .time)
            Column("zoned_clock", .timetz)
            Column("local_stamp", .timestamp)
            Column("stamp", .timestamptz)
            Column("span", .interval)
            Column("doc", .json)
            Column("settings", .jsonb)
            Column("raw", .bytea)
            Column("address", .inet)
            Column("network", .cidr)
            Column("mac", .macaddr)
            Column("feeling", .enum(mood))
            Column("positive", .domain(positive))
            Column("labels", .array(.text))
            Column("codes", .array(.varchar(5)))
            Column("numbers", .array(.integer))
            Column("bigs", .array(.bigint))
            Column("flags", .array(.boolean))
            Column("scores", .array(.doublePrecision))
            Column("tokens", .array(.uuid))
            Column("days", .array(.date))
            Column("stamps", .array(.timestamptz))
            Column("feelings", .array(.enum(mood)))
            Column("amounts", .array(.numeric))
            Column("spans", .array(.interval))
            Column("docs", .array(.jsonb))
            Column("blobs", .array(.bytea))
        }
    }
}
