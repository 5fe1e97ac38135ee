/// An index, declared in a ``Table`` body; modifiers make it unique, partial, covering or
/// change its method. The name defaults to `<table>_<columns>_idx`.
///
/// ```swift
/// Index("posts_user_created_at_idx", on: "user_id", "created_at")
/// // CREATE INDEX "posts_user_created_at_idx" ON "posts" ("user_id", "created_at");
/// Index(on: .expression("lower(email)")).unique().where("deleted_at IS NULL")
/// // CREATE UNIQUE INDEX "users_expr_idx" ON "users" ((lower(email))) WHERE deleted_at IS NULL;
/// ```
public struct Index: Sendable {
    var name: String?
    var definition: IndexDefinition
    let location: SourceLocation

    public init(
        _ name: String? = nil, on keys: IndexKey...,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        definition = IndexDefinition(name: name ?? "", keys: keys)
        location = SourceLocation(file: file, line: line, column: column)
    }

    private func with(_ change: (inout IndexDefinition) -> Void) -> Index {
        var copy = self
        change(&copy.definition)
        return copy
    }

    /// `CREATE UNIQUE INDEX`; `nullsNotDistinct` makes NULLs collide too (PostgreSQL 15).
    public func unique(nullsNotDistinct: Bool = false) -> Index {
        with {
            $0.isUnique = true
            $0.nullsNotDistinct = nullsNotDistinct
        }
    }

    /// `USING method`.
    public func using(_ method: IndexMethod) -> Index {
        with { $0.method = method }
    }

    /// `WHERE predicate`: a partial index.
    public func `where`(_ predicate: String) -> Index {
        with { $0.predicate = predicate }
    }

    /// `WITH (fillfactor = 70)`: the method's storage parameters.
    public func with(_ storageParameters: [String: String]) -> Index {
        with { $0.storageParameters = storageParameters.isEmpty ? nil : storageParameters }
    }

    /// `INCLUDE (columns)`: a covering index.
    public func include(_ columns: String...) -> Index {
        with { $0.include = columns }
    }
}
