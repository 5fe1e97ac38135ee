import PostgresNIO
import SchemaGen

extension Migrator {
    /// The database setting that marks a development database, which `reset` may empty:
    ///
    /// ```sql
    /// ALTER DATABASE app_dev SET schemagen.environment = 'development';
    /// ```
    public static let environmentSetting = "schemagen.environment"

    /// Why `reset` must not empty the database at `url` without connecting: it is not on this
    /// machine (a Unix socket, `localhost`, `127.0.0.1` or `::1`). Nil when it is.
    public static func resetRefusal(of url: DatabaseURL) -> String? {
        guard case .tcp(let host, _) = url.endpoint, !["localhost", "127.0.0.1", "::1", "[::1]"].contains(host.lowercased()) else { return nil }
        return "\(host) is not this machine"
    }

    /// Why `reset` must not empty this database: it is not on this machine, or it is not marked
    /// as a development database. Empty when it may.
    public func resetRefusals() async throws -> [String] {
        var refusals = [Self.resetRefusal(of: database.url)].compactMap { $0 }
        let marked = try await database.value(
            PostgresQuery(unsafeSQL: "SELECT current_setting('\(Self.environmentSetting)', true)"), context: "reading \(Self.environmentSetting)")
        if marked != "development" {
            refusals.append("the database is not marked as a development database; mark it with "
                + "ALTER DATABASE \(SQLIdentifier.quote(database.url.database)) SET \(Self.environmentSetting) = 'development';")
        }
        return refusals
    }

    /// Empties the database and applies every migration again: each schema of the database
    /// but `schemagen` is dropped (`public` is created again with its owner and privileges),
    /// and this schema's history, resolutions and seed records are deleted, in one transaction. Refuses
    /// what ``resetRefusals()`` names unless `force`.
    public func reset(force: Bool, progress: (String) -> Void) async throws -> [MigrationFile] {
        if !force {
            let refusals = try await resetRefusals()
            guard refusals.isEmpty else {
                throw DatabaseError(
                    message: refusals.joined(separator: "; "), hint: "pass --force to reset it anyway",
                    context: "refusing to reset \(database.url)")
            }
        }
        try await locked(progress: progress) { _ in
            let namespaces = try await database.rows(PostgresQuery(unsafeSQL: """
                SELECT quote_ident(nspname) FROM pg_namespace
                WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'schemagen') AND nspname NOT LIKE 'pg\\_%'
                ORDER BY nspname
                """), context: "listing the schemas to drop").compactMap { $0[0] }
            // `public` comes back as it was made: its owner, privileges and comment.
            let owner = try await database.value(
                "SELECT quote_ident(pg_get_userbyid(nspowner)) FROM pg_namespace WHERE nspname = 'public'", context: "reading schema public")
            let grants = try await database.rows("""
                SELECT a.privilege_type, CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
                FROM pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = 'public' AND a.grantee <> n.nspowner
                """, context: "reading the privileges of schema public")
            let comment = try await database.value(
                "SELECT quote_literal(obj_description(oid, 'pg_namespace')) FROM pg_namespace WHERE nspname = 'public'", context: "reading schema public")
            try await database.transaction {
                for namespace in namespaces {
                    try await database.execute("DROP SCHEMA \(namespace) CASCADE", context: "dropping schema \(namespace)")
                }
                if let owner {
                    try await database.execute("CREATE SCHEMA public AUTHORIZATION \(owner)", context: "creating schema public")
                    for grant in grants {
                        try await database.execute("GRANT \(grant[0] ?? "USAGE") ON SCHEMA public TO \(grant[1] ?? "PUBLIC")", context: "granting on schema public")
                    }
                    if let comment { try await database.execute("COMMENT ON SCHEMA public IS \(comment)", context: "commenting on schema public") }
                }
                for table in [Self.trackingTable, Self.resolutionTable, Self.seedTable] {
                    try await database.execute("DELETE FROM \(table) WHERE schema_name = \(SQLLiteral.quote(schema))", context: "emptying \(table)")
                }
            }
            progress("Dropped \(namespaces.count) schema\(namespaces.count == 1 ? "" : "s") of \(database.url.database) and the history of \(schema)")
        }
        return try await migrate(progress: progress)
    }
}
