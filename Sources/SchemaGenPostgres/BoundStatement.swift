import Foundation
import PostgresNIO
import SchemaGenRuntime

/// SQL text with its parameters, built as the text is: `bind` appends a value and returns the
/// `$n` that names it. Values go in typed (`jsonb`, `bigint`), never as text in the SQL.
struct BoundStatement {
    var sql = ""
    var binds = PostgresBindings()

    /// A JSON document, as `$n::jsonb`.
    mutating func bind(json: String) -> String {
        binds.append(json)
        return "$\(binds.count)::jsonb"
    }

    mutating func bind(_ value: Int) -> String {
        binds.append(Int64(value))
        return "$\(binds.count)"
    }

    /// One value of `column`, in the column's own type: the field of a row that
    /// `jsonb_populate_record` makes of `{"column": value}`.
    mutating func bind(_ value: any Encodable, column: String, of table: TableName, encoder: JSONEncoder = RowCoding.encoder) throws -> String {
        let json = try encoder.encode(ColumnObject(column: column, value: value))
        return "(jsonb_populate_record(NULL::\(table.sql), \(bind(json: String(decoding: json, as: UTF8.self))))).\(TableName.quote(column))"
    }

    /// The SQL of `condition` on rows of `table` aliased `t`, binding its values.
    ///
    /// ```sql
    /// (t."email" = (jsonb_populate_record(NULL::"public"."users", $1::jsonb))."email" AND t."deleted_at" IS NULL)
    /// t."id" IN (SELECT r."id" FROM jsonb_populate_recordset(NULL::"public"."users", $2::jsonb) AS r)
    /// ```
    mutating func render(_ condition: Filter<some FetchableRow>.Condition, of table: TableName) throws -> String {
        switch condition {
        case .all:
            return "true"
        case .compare(let column, let op, let value):
            return "t.\(TableName.quote(column)) \(op.rawValue) \(try bind(value, column: column, of: table))"
        case .isNull(let column):
            return "t.\(TableName.quote(column)) IS NULL"
        case .among(let column, let values):
            guard !values.isEmpty else { return "false" }
            let objects = try values.map { try RowCoding.encoder.encode(ColumnObject(column: column, value: $0)) }
            let json = "[" + objects.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ",") + "]"
            let quoted = TableName.quote(column)
            return "t.\(quoted) IN (SELECT r.\(quoted) FROM jsonb_populate_recordset(NULL::\(table.sql), \(bind(json: json))) AS r)"
        case .and(let left, let right):
            return "(\(try render(left, of: table)) AND \(try render(right, of: table)))"
        case .or(let left, let right):
            return "(\(try render(left, of: table)) OR \(try render(right, of: table)))"
        case .not(let inner):
            return "NOT (\(try render(inner, of: table)))"
        }
    }
}

/// `{"column": value}`, encoded as rows are.
private struct ColumnObject: Encodable {
    let column: String
    let value: any Encodable

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(value, forKey: Key(stringValue: column))
    }
}
