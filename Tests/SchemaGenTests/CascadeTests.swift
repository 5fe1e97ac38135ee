import ReferenceSchemas
import SchemaGen
import Testing

extension PostgresSuite {
    @Suite struct CascadeTests {
        /// Deleting a user in a populated seed-000 database removes exactly the tables the graph's
        /// cascade closure names, and leaves every other table's row alone.
        @Test(arguments: ["users", "client_profiles", "roles"])
        func deletingARowRemovesTheCascadeClosure(_ start: String) throws {
            let cluster = try #require(PostgresCluster.current)
            let model = DirectoryTemplate.schema.resolve().definition
            let closure = try #require(RelationGraph(schema: model).cascade(from: QualifiedName(start)))
            try cluster.withDatabase { database in
                _ = try database.apply(model)
                try database.execute(RowFiller.script(for: model))
                let counts = "SELECT json_object_agg(t, c) FROM (VALUES " + model.tables.map {
                    "('\($0.name.name)', (SELECT count(*) FROM \(SQLIdentifier.quote($0.name))))"
                }.joined(separator: ", ") + ") v(t, c)"
                let before = try database.value(counts)
                #expect(!before.contains(": 0"), "every table starts with a row: \(before)")
                try database.execute("DELETE FROM \(SQLIdentifier.quote(QualifiedName(start)))")
                let after = try database.value(counts)
                let emptied = Set(model.tables.map(\.name.name).filter { after.contains("\"\($0)\" : 0") })
                #expect(emptied == Set(closure.deleted.map(\.table.name) + [start]), "\(after)")
            }
        }
    }
}
