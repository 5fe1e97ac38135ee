/// Checks a resolved schema and reports every problem at once.
///
/// Runs on the model, so it serves a declaration (with source lines) as well as a schema read
/// from a database (without). Rules live in extensions by subject: names, enums, columns,
/// keys and indexes, foreign keys.
public struct Validator: Sendable {
    let schema: SchemaDefinition
    let sources: SourceMap

    public init(schema: SchemaDefinition, sources: SourceMap = SourceMap()) {
        self.schema = schema
        self.sources = sources
    }

    /// Every problem, errors first, then in the order of the model (tables by name).
    public func validate() -> [Diagnostic] {
        // The rules of the whole schema, then each table's, on every core at once; the
        // diagnostics come back in this order whatever finished first.
        let parts = [nil] + schema.tables.indices.map(Optional.some)
        let diagnostics = parts.concurrentMap { index in
            var diagnostics: [Diagnostic] = []
            if let index {
                let table = schema.tables[index]
                checkColumns(of: table, into: &diagnostics)
                checkKeysAndIndexes(of: table, into: &diagnostics)
                checkForeignKeys(of: table, into: &diagnostics)
                checkLogicalReferences(of: table, into: &diagnostics)
                checkSwiftNames(of: table, into: &diagnostics)
            } else {
                checkNames(into: &diagnostics)
                checkEnums(into: &diagnostics)
                checkSwiftNames(into: &diagnostics)
                checkSchemaObjects(into: &diagnostics)
                checkPartitions(into: &diagnostics)
            }
            return diagnostics
        }.joined()
        return diagnostics.enumerated()
            .sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }
            .map(\.element)
    }

    /// A diagnostic about `table` (and `column` or `object`), placed at `path`'s declaration;
    /// for a name declared twice, `occurrence` 1 places it at the second declaration.
    func diagnostic(
        _ code: DiagnosticCode, severity: Diagnostic.Severity = .error, table: QualifiedName? = nil,
        column: String? = nil, object: String? = nil, at path: SourcePath, occurrence: Int = 0, _ message: String
    ) -> Diagnostic {
        let places = sources.all(path)
        return Diagnostic(
            severity, code: code, schema: schema.name, table: table, column: column, object: object,
            location: occurrence < places.count ? places[occurrence] : places.first, message)
    }
}

extension Array where Element: Hashable {
    /// The elements that occur more than once, each once, in order of first repetition.
    var repeated: [Element] {
        var seen: Set<Element> = []
        var reported: Set<Element> = []
        return filter { !seen.insert($0).inserted && reported.insert($0).inserted }
    }
}
