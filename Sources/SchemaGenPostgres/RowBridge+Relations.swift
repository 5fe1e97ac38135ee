import Foundation
import PostgresNIO
import SchemaGenRuntime

extension RowBridge {
    /// The rows `relation` reaches from each of `sources`, in one query: element `i` holds the
    /// targets of `sources[i]`, in the order of the target's primary key. A to-one relation
    /// gives at most one row each.
    ///
    /// ```swift
    /// let teams = try await rows.load(User.Relations.teams, for: users)
    /// ```
    /// ```sql
    /// SELECT e.ordinality, t."id", t."name"
    ///     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, ordinality)
    ///     CROSS JOIN LATERAL jsonb_populate_record(NULL::"public"."users", e.value) AS s
    ///     JOIN "public"."team_members" AS j ON j."user_id" = s."id"
    ///     JOIN "public"."teams" AS t ON t."id" = j."team_id"
    ///     ORDER BY e.ordinality, t."id"
    /// ```
    public func load<Source, Target>(_ relation: RelationDescriptor<Source, Target>, for sources: [Source]) async throws -> [[Target]] {
        guard !sources.isEmpty else { return [] }
        let encoder = RowCoding.encoder
        let elements = try sources.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        var statement = BoundStatement()
        let array = statement.bind(json: "[" + elements.joined(separator: ",") + "]")
        func on(_ left: String, _ leftColumns: [String], _ right: String, _ rightColumns: [String]) -> String {
            zip(leftColumns, rightColumns).map { "\(left).\(TableName.quote($0)) = \(right).\(TableName.quote($1))" }.joined(separator: " AND ")
        }
        var sql = "SELECT e.ordinality, \(RowDecoder<Target>.selectList(as: "t")) FROM jsonb_array_elements(\(array)) WITH ORDINALITY AS e(value, ordinality) "
            + "CROSS JOIN LATERAL jsonb_populate_record(NULL::\(Source.table.sql), e.value) AS s "
        if let junction = relation.junction {
            sql += "JOIN \(junction.table.sql) AS j ON \(on("j", junction.sourceColumns, "s", relation.sourceColumns)) "
            sql += "JOIN \(Target.table.sql) AS t ON \(on("t", relation.targetColumns, "j", junction.targetColumns)) "
        } else {
            sql += "JOIN \(Target.table.sql) AS t ON \(on("t", relation.targetColumns, "s", relation.sourceColumns)) "
        }
        sql += "ORDER BY " + (["e.ordinality"] + Target.primaryKey.map { "t.\(TableName.quote($0))" }).joined(separator: ", ")
        statement.sql = sql
        var targets = Array(repeating: [Target](), count: sources.count)
        let decoder = RowDecoder<Target>()
        let numbered = try await rows(statement) { cells in (try cells[0].decode(Int64.self), try decoder.decode(Array(cells.dropFirst()))) }
        for (ordinality, row) in numbered { targets[Int(ordinality) - 1].append(row) }
        return targets
    }
}
