extension LogicalReference.Target: Codable {
    private enum Keys: String, CodingKey {
        case table, columns, external
    }

    /// `{"table": {...}, "columns": [...]}` or `{"external": "items (Git CMS)"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .table(let name, let columns):
            try container.encode(name, forKey: .table)
            try container.encode(columns, forKey: .columns)
        case .external(let description):
            try container.encode(description, forKey: .external)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let name = try container.decodeIfPresent(QualifiedName.self, forKey: .table) {
            self = .table(name, columns: try container.decode([String].self, forKey: .columns))
        } else {
            self = .external(try container.decode(String.self, forKey: .external))
        }
    }
}

extension LogicalReference.Target: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            switch self {
            case .table(let name, let columns):
                try members.write("columns", columns)
                try members.write("table", name)
            case .external(let description):
                try members.write("external", description)
            }
        }
    }
}
