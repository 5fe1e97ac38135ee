extension Validator {
    /// Duplicate names, names PostgreSQL would clash on, and identifiers over 63 bytes.
    func checkNames(into diagnostics: inout [Diagnostic]) {
        if !Self.isFolderName(schema.name) {
            diagnostics.append(diagnostic(
                .invalidIdentifier, at: .schema,
                "schema name \(Self.shown(schema.name)) must start with a letter or _ and hold only letters, digits and _ (it names the folder Generated/<schema>/ and the migrations' history)"))
        }
        for name in schema.tables.map(\.name).repeated {
            let places = sources.all(.table(name)).map(\.description).joined(separator: ", ")
            diagnostics.append(diagnostic(
                .duplicateTable, table: name, at: .table(name), occurrence: 1,
                "table declared more than once (\(places))"))
        }
        for name in schema.enums.map(\.name).repeated {
            diagnostics.append(diagnostic(
                .duplicateEnum, object: name.description, at: .enumType(name), occurrence: 1, "enum declared more than once"))
        }
        for name in schema.extensions.map(\.name).repeated {
            diagnostics.append(diagnostic(
                .duplicateExtension, object: name, at: .extension(name), occurrence: 1, "extension listed more than once"))
        }
        let tableNames = Set(schema.tables.map(\.name))
        for type in schema.enums where tableNames.contains(type.name) {
            diagnostics.append(diagnostic(
                .typeNameClash, object: type.name.description, at: .enumType(type.name),
                "enum has the name of a table in the same schema; a table is also a type in PostgreSQL"))
        }
        checkRelationNames(into: &diagnostics)
        checkIdentifierLengths(into: &diagnostics)
    }

    /// Tables, indexes, primary keys and unique constraints share one name space per PostgreSQL
    /// schema (keys are backed by indexes); constraints share one per table.
    private func checkRelationNames(into diagnostics: inout [Diagnostic]) {
        var owners: [QualifiedName: [(kind: String, table: QualifiedName, path: SourcePath)]] = [:]
        for table in schema.tables {
            owners[table.name, default: []].append(("table", table.name, .table(table.name)))
            var relations: [(String, String, SourcePath)] = table.indexes.map { ("index", $0.name, .index(table.name, $0.name)) }
            relations += table.uniques.map { ("unique constraint", $0.name, .constraint(table.name, $0.name)) }
            if let key = table.primaryKey { relations.append(("primary key", key.name, .constraint(table.name, key.name))) }
            for (kind, name, path) in relations {
                owners[QualifiedName(name, schema: table.name.schema), default: []].append((kind, table.name, path))
            }
            var constraintNames = table.uniques.map(\.name) + table.checks.map(\.name) + table.foreignKeys.map(\.name)
            if let key = table.primaryKey { constraintNames.append(key.name) }
            for name in constraintNames.repeated {
                diagnostics.append(diagnostic(
                    .duplicateConstraint, table: table.name, object: name, at: .constraint(table.name, name), occurrence: 1,
                    "two constraints of this table are named \"\(name)\"; give one of them another name"))
            }
            for name in table.columns.map(\.name).repeated {
                diagnostics.append(diagnostic(
                    .duplicateColumn, table: table.name, column: name, at: .column(table.name, name), occurrence: 1,
                    "column declared more than once"))
            }
        }
        // Views, materialized views' indexes and sequences are relations too.
        for view in schema.views {
            owners[view.name, default: []].append((view.kind, view.name, .view(view.name)))
            for index in view.indexes ?? [] {
                owners[QualifiedName(index.name, schema: view.name.schema), default: []].append(("index", view.name, .index(view.name, index.name)))
            }
        }
        for sequence in schema.sequences { owners[sequence.name, default: []].append(("sequence", sequence.name, .sequence(sequence.name))) }
        for table in schema.tables {
            for partition in table.partitioning?.partitions ?? [] {
                owners[partition.name, default: []].append(("partition", table.name, .partition(table.name, partition.name)))
            }
        }
        for (name, users) in owners.filter({ $0.value.count > 1 }).sorted(by: { $0.key < $1.key }) {
            // Two tables of one name are reported as a duplicate table; otherwise the index or
            // key is the one to rename.
            guard let culprit = users.last(where: { $0.kind != "table" }) else { continue }
            let list = users.map { "\($0.kind) on \"\($0.table)\"" }.joined(separator: ", ")
            diagnostics.append(diagnostic(
                .duplicateRelationName, table: culprit.table, object: name.name, at: culprit.path,
                "the name \"\(name.name)\" is used by \(list); PostgreSQL needs each to be unique in schema \"\(name.schema)\""))
        }
    }

    private func checkIdentifierLengths(into diagnostics: inout [Diagnostic]) {
        func check(_ identifier: String, _ what: String, table: QualifiedName?, column: String? = nil, at path: SourcePath) {
            let bytes = identifier.utf8.count
            if bytes == 0 {
                diagnostics.append(diagnostic(.emptyIdentifier, table: table, column: column, at: path, "\(what) has an empty name"))
            } else if bytes > ObjectName.maximumBytes {
                diagnostics.append(diagnostic(
                    .identifierTooLong, table: table, column: column, object: identifier, at: path,
                    "\(what) name is \(bytes) bytes; PostgreSQL allows 63 and would silently cut it to \"\(identifier.truncatedToIdentifier)\""))
            }
        }
        for namespace in schema.namespaces { check(namespace, "schema", table: nil, at: .namespace(namespace)) }
        for type in schema.enums {
            check(type.name.name, "enum", table: nil, at: .enumType(type.name))
            for value in type.values where value.utf8.count > ObjectName.maximumBytes {
                diagnostics.append(diagnostic(
                    .identifierTooLong, object: type.name.description, at: .enumType(type.name),
                    "enum value \"\(value)\" is \(value.utf8.count) bytes; PostgreSQL allows 63"))
            }
        }
        for table in schema.tables {
            check(table.name.name, "table", table: table.name, at: .table(table.name))
            for column in table.columns {
                check(column.name, "column", table: table.name, column: column.name, at: .column(table.name, column.name))
            }
            var constraints = table.uniques.map(\.name) + table.checks.map(\.name) + table.foreignKeys.map(\.name)
            constraints += [table.primaryKey?.name].compactMap { $0 }
            for name in constraints { check(name, "constraint", table: table.name, at: .constraint(table.name, name)) }
            for index in table.indexes { check(index.name, "index", table: table.name, at: .index(table.name, index.name)) }
            for trigger in table.triggers ?? [] { check(trigger.name, "trigger", table: table.name, at: .trigger(table.name, trigger.name)) }
            for policy in table.policies ?? [] { check(policy.name, "policy", table: table.name, at: .policy(table.name, policy.name)) }
            for partition in table.partitioning?.partitions ?? [] {
                check(partition.name.name, "partition", table: table.name, at: .partition(table.name, partition.name))
            }
        }
        for sequence in schema.sequences { check(sequence.name.name, "sequence", table: nil, at: .sequence(sequence.name)) }
        for function in schema.functions { check(function.name.name, "function", table: nil, at: .function(function.signature)) }
        for view in schema.views {
            check(view.name.name, view.kind, table: view.name, at: .view(view.name))
            for index in view.indexes ?? [] { check(index.name, "index", table: view.name, at: .index(view.name, index.name)) }
            for trigger in view.triggers ?? [] { check(trigger.name, "trigger", table: view.name, at: .trigger(view.name, trigger.name)) }
        }
    }
}

extension String {
    /// What PostgreSQL keeps of an over-long identifier: its first 63 bytes, on a character boundary.
    var truncatedToIdentifier: String {
        var result = ""
        for character in self {
            if result.utf8.count + String(character).utf8.count > ObjectName.maximumBytes { break }
            result.append(character)
        }
        return result
    }
}

extension Validator {
    /// A schema's name is a folder name and a key of the history table: `[A-Za-z_][A-Za-z0-9_]*`,
    /// at most 63 bytes, so that no name can reach outside the output folder.
    public static func isFolderName(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63 else { return false }
        func letter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) || byte == 95 }
        return letter(first) && name.utf8.allSatisfy { letter($0) || (48...57).contains($0) }
    }
}
