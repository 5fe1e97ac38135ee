/// How a column travels between PostgreSQL and its Swift type when PostgreSQL's binary format
/// does not carry it as that type. The generator lists such columns in
/// ``FetchableRow/columnEncodings``; every other column is read in binary, and written in
/// binary or as text PostgreSQL parses (see `RowBridge`).
///
/// ```sql
/// SELECT t."id", t."opens_at"::text, to_jsonb(t."roles"), to_jsonb(t."settings") FROM "public"."shifts" AS t
/// ```
public enum ColumnEncoding: Sendable, Hashable {
    /// Read as `text`: `time`, `interval`, `inet`, `cidr`, `macaddr`, and the types the
    /// generator maps to `String` without knowing them. Written as text, like any `String`.
    case text
    /// Read and written as JSON: `json` and `jsonb` (whatever their Swift type), and arrays
    /// whose elements the binary array format does not carry as their Swift type (enums,
    /// `numeric`, `bytea`, JSON, and the `text` types above).
    case json
}
