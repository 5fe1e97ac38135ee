/// What deleting one row of a table does, followed through every foreign key transitively:
/// the rows deleted with it, the columns set to NULL or their default, and the references that
/// make the delete fail while rows point at it.
public struct CascadeClosure: Hashable, Sendable, Codable {
    /// One consequence, with the chain of foreign keys that leads to it:
    /// `["client_profiles.userId → users (CASCADE)", "comments.userId → client_profiles (CASCADE)"]`.
    public struct Effect: Hashable, Sendable, Codable {
        /// The table whose rows are affected, through `columns`.
        public var table: QualifiedName
        public var columns: [String]
        /// The table whose deleted rows cause it.
        public var referenced: QualifiedName
        public var path: [String]
    }

    public var table: QualifiedName
    public var deleted: [Effect] = []
    public var setNull: [Effect] = []
    public var setDefault: [Effect] = []
    /// RESTRICT or NO ACTION references: the delete fails while such rows exist.
    public var blocked: [Effect] = []

    /// Follows every foreign key into `table` from the schema's tables.
    /// `incoming`: per table, the foreign keys that reference it (``SchemaDefinition/incomingForeignKeys``).
    init(of table: QualifiedName, incoming: [QualifiedName: [(source: QualifiedName, key: ForeignKeyDefinition)]]) {
        self.table = table
        var visited: Set<QualifiedName> = [table]
        var queue: [(table: QualifiedName, path: [String])] = [(table, [])]
        var next = 0
        while next < queue.count {
            let (current, path) = queue[next]
            next += 1
            for (source, key) in incoming[current] ?? [] {
                let step = "\(source).\(key.columns.joined(separator: ", ")) → \(current) (\(key.onDeleteClause))"
                // SET NULL (author_id) sets only the columns it names.
                let columns = [.setNull, .setDefault].contains(key.onDelete) ? key.onDeleteColumns ?? key.columns : key.columns
                let effect = Effect(table: source, columns: columns, referenced: current, path: path + [step])
                switch key.onDelete {
                case .cascade:
                    if visited.insert(source).inserted {
                        deleted.append(effect)
                        queue.append((source, effect.path))
                    }
                case .setNull: setNull.append(effect)
                case .setDefault: setDefault.append(effect)
                case .restrict, .noAction: blocked.append(effect)
                }
            }
        }
    }
}

extension CascadeClosure: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("blocked", blocked)
            try members.write("deleted", deleted)
            try members.write("setDefault", setDefault)
            try members.write("setNull", setNull)
            try members.write("table", table)
        }
    }
}

extension CascadeClosure.Effect: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("columns", columns)
            try members.write("path", path)
            try members.write("referenced", referenced)
            try members.write("table", table)
        }
    }
}
