/// The access method of an index (`USING btree`).
public enum IndexMethod: String, Hashable, Sendable, CaseIterable, Codable {
    case btree, hash, gin, gist, brin, spgist
}

extension IndexMethod: JSONWritable {}
