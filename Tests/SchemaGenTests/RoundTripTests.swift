import ConcordiaModels
import DirectoryTemplateModels
import Foundation
import Logging
import MultitenantSaasModels
import PostgresNIO
import ReferenceSchemas
import SaasStarterModels
import SchemaGen
import SchemaGenPostgres
import TanstackBlogModels
import Testing

/// A generated module's table: its SQL name and its types, whichever module it comes from.
struct GeneratedTable: Sendable {
    let sqlTable: String
    let insert: any (Codable & Sendable).Type
    let select: any (Codable & Sendable).Type
}

extension PostgresSuite {
    /// For every table of the five systems: a row built with the generated insert struct goes
    /// into PostgreSQL through the bridge and comes back in the select struct with the same values,
    /// NULLs, database defaults, enums, arrays, jsonb, timestamps with time zone and numerics.
    @Suite struct RoundTripTests {
        static let systems: [String: (Schema, [GeneratedTable])] = [
            "directory_template": (DirectoryTemplate.schema, DirectoryTemplateModels.SchemaTables.all.map { GeneratedTable(sqlTable: $0.sqlTable, insert: $0.insert, select: $0.select) }),
            "saas_starter": (SaasStarter.schema, SaasStarterModels.SchemaTables.all.map { GeneratedTable(sqlTable: $0.sqlTable, insert: $0.insert, select: $0.select) }),
            "concordia": (Concordia.schema, ConcordiaModels.SchemaTables.all.map { GeneratedTable(sqlTable: $0.sqlTable, insert: $0.insert, select: $0.select) }),
            "tanstack_blog": (TanStackBlog.schema, TanstackBlogModels.SchemaTables.all.map { GeneratedTable(sqlTable: $0.sqlTable, insert: $0.insert, select: $0.select) }),
            "multitenant_saas": (MultitenantSaas.schema, MultitenantSaasModels.SchemaTables.all.map { GeneratedTable(sqlTable: $0.sqlTable, insert: $0.insert, select: $0.select) }),
        ]

        @Test(arguments: systems.keys.sorted())
        func everyTableRoundTrips(_ system: String) async throws {
            let cluster = try #require(PostgresCluster.current)
            let (schema, generated) = try #require(Self.systems[system])
            let model = schema.resolve().definition
            #expect(generated.count == model.tables.count)
            try await cluster.withDatabase { database in
                _ = try database.apply(model)
                let connection = try await PostgresConnection.connect(
                    configuration: .init(unixSocketPath: cluster.socketPath, username: "postgres", password: nil, database: database.name),
                    id: 1, logger: Logger(label: "round-trip"))
                do {
                    try await Self.checkEveryTable(of: model, system: system, generated: generated, bridge: RowBridge(connection: connection))
                } catch {
                    try? await connection.close()
                    throw error
                }
                try await connection.close()
            }
        }

        /// The README's service example, as written there.
        @Test func readmeServiceExample() async throws {
            let cluster = try #require(PostgresCluster.current)
            try await cluster.withDatabase { database in
                _ = try database.apply(SaasStarter.schema.resolve().definition)
                let connection = try await PostgresConnection.connect(
                    configuration: .init(unixSocketPath: cluster.socketPath, username: "postgres", password: nil, database: database.name),
                    id: 2, logger: Logger(label: "readme"))
                do {
                    let rows = RowBridge(connection: connection)
                    let hash = "x"
                    let ada = try await rows.insert(
                        SaasStarterModels.NewUser(email: "ada@example.com", passwordHash: hash), into: SaasStarterModels.NewUser.sqlTable,
                        returning: SaasStarterModels.User.self)
                    #expect(ada.id == 1 && ada.role == "member" && abs(ada.createdAt.timeIntervalSinceNow) < 3600)
                    let team = try await rows.insert(SaasStarterModels.NewTeam(name: "Core"), into: SaasStarterModels.NewTeam.sqlTable, returning: SaasStarterModels.Team.self)
                    _ = try await rows.insert(
                        SaasStarterModels.NewTeamMember(userId: ada.id, teamId: team.id, role: "owner"), into: SaasStarterModels.NewTeamMember.sqlTable,
                        returning: SaasStarterModels.TeamMember.self)
                    let members = try await rows.select(SaasStarterModels.TeamMember.self, from: SaasStarterModels.TeamMember.sqlTable, where: "user_id = \(ada.id)")
                    #expect(members.map(\.role) == ["owner"])
                } catch {
                    try? await connection.close()
                    throw error
                }
                try await connection.close()
            }
        }

        static func checkEveryTable(of model: SchemaDefinition, system: String, generated: [GeneratedTable], bridge: RowBridge) async throws {
                var checked = 0
                for table in RowFiller.ordered(model.tables) {
                    let types = try #require(generated.first { $0.sqlTable == SQLIdentifier.quote(table.name) }, "\(table.name)")
                    let sample = SampleRows.values(for: table, in: model)
                    let (problems, columns) = try await Self.roundTrip(sample, types.insert, types.select, table: table, bridge: bridge)
                    #expect(problems.isEmpty, "\(system).\(table.name.name): \(problems)")
                    checked += columns
                }
                #expect(checked == model.tables.map(\.columns.count).reduce(0, +), "every column of every table is compared")
        }

        /// Inserts the sample as `Insert`, reads it back as `Select`, and lists what differs.
        static func roundTrip<Insert: Codable, Select: Codable>(
            _ sample: [String: Any], _ insert: Insert.Type, _ select: Select.Type, table: TableDefinition, bridge: RowBridge
        ) async throws -> (problems: [String], checked: Int) {
            let value = try RowCoding.decoder.decode(Insert.self, from: JSONSerialization.data(withJSONObject: sample))
            let row = try await bridge.insert(value, into: SQLIdentifier.quote(table.name), returning: Select.self)
            let received = try JSONSerialization.jsonObject(with: RowCoding.encoder.encode(row)) as? [String: Any] ?? [:]
            var problems: [String] = []
            var checked = 0
            for column in table.columns {
                let name = column.name
                checked += 1
                // Compared with the raw sample, not with the sample as our coding read it, so that a
                // loss in the coding (a dropped fraction of a second) cannot cancel itself out.
                if let raw = sample[name], !(raw is NSNull) {
                    let expected = column.type.storageType == .date ? "\(raw)T00:00:00.000000Z" : raw
                    if !JSONComparison.same(expected, received[name]) { problems.append("\(name): sent \(expected), read \(String(describing: received[name]))") }
                } else if sample[name] is NSNull {
                    if received[name] != nil { problems.append("\(name): sent NULL, read \(received[name]!)") }
                } else if column.defaultValue != nil || column.identity != nil || column.type.isSerial || column.generatedExpression != nil {
                    guard let filled = received[name] else { problems.append("\(name): the database default was not read back"); continue }
                    if case .literal(let literal)? = column.defaultValue?.normalized(for: column.type),
                       !JSONComparison.same(SampleRows.json(literal, for: column.type), filled) {
                        problems.append("\(name): default \(literal.sql), read \(filled)")
                    }
                } else {
                    checked -= 1
                }
            }
            return (problems, checked)
        }
    }
}

/// Sample rows: explicit values for columns without a default, NULL for every other nullable
/// one, nothing (the database default) for columns with a default; foreign keys point at the
/// parent's row, since every key of a type holds the same value.
enum SampleRows {
    static func values(for table: TableDefinition, in schema: SchemaDefinition) -> [String: Any] {
        var row: [String: Any] = [:]
        for (index, column) in table.columns.enumerated() {
            if column.generatedExpression != nil || column.identity != nil || column.type.isSerial || column.defaultValue != nil { continue }
            let selfReference = table.foreignKeys.contains { $0.referencedTable == table.name && $0.columns.contains(column.name) }
            let isKey = table.foreignKeys.contains { $0.columns.contains(column.name) } || table.primaryKey?.columns.contains(column.name) == true
            if selfReference || (column.isNullable && !isKey && index % 2 == 1) {
                row[column.name] = NSNull()
            } else {
                row[column.name] = value(for: column, position: index, isKey: isKey, in: schema)
            }
        }
        return row
    }

    static func value(for column: ColumnDefinition, position: Int, isKey: Bool, in schema: SchemaDefinition) -> Any {
        switch column.type.storageType {
        case .smallint, .integer, .bigint: 1
        case .numeric: isKey ? 1 : 12.5
        case .real: 1.5
        case .doublePrecision: 2.25
        case .boolean: true
        case .char(let length): String(repeating: "x", count: length ?? 1)
        case .text, .varchar, .custom: "1"
        case .uuid: "00000000-0000-0000-0000-000000000001"
        case .date: "2024-01-0\(1 + position % 9)"
        case .time: "1\(position % 10):00:00"
        case .timestamp: "2024-01-02T0\(position % 10):04:05.250000Z"
        case .interval: "1 day"
        case .json, .jsonb: column.jsonSwiftType.map { $0.hasPrefix("[") && !$0.contains(":") } == true ? [1, "two"] as [Any] : ["k": 1, "nested": ["a", true]] as [String: Any]
        case .bytea: "\\x0102ff"
        case .inet: "127.0.0.1"
        case .cidr: "10.0.0.0/8"
        case .macaddr: "08:00:2b:01:02:03"
        case .array(let element):
            if case .enumeration(let name) = element { [schema.enumType(named: name)?.values.last ?? ""] } else { ["a", "b c"] }
        case .enumeration(let name): schema.enumType(named: name)?.values.last ?? ""
        default: "1"
        }
    }

    /// A default's value as JSON, to compare with what was read.
    static func json(_ literal: SQLLiteral, for type: DataType) -> Any {
        switch literal {
        case .string(let text):
            if case .jsonb = type, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) { return object }
            return text
        case .integer(let value): return value
        case .number(let text): return Double(text) ?? 0
        case .boolean(let value): return value
        case .array(let elements): return elements.map { json($0, for: type) }
        }
    }

}
