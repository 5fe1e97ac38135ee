/// What a foreign key does when the row it points to is deleted or its key updated.
public enum ReferentialAction: String, Hashable, Sendable, CaseIterable, Codable {
    case noAction = "NO ACTION"
    case restrict = "RESTRICT"
    case cascade = "CASCADE"
    case setNull = "SET NULL"
    case setDefault = "SET DEFAULT"
}

extension ReferentialAction: JSONWritable {}
