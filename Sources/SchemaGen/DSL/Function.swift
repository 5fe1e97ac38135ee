/// Declares a function or procedure, listed in the ``Schema``. The body is the text PostgreSQL
/// keeps between the dollar quotes; modifiers set its attributes.
///
/// ```swift
/// let touch = Function("touch_updated_at", returns: .custom("trigger"), language: "plpgsql", body: """
///     BEGIN NEW.updated_at := now(); RETURN NEW; END
///     """)
/// // CREATE FUNCTION "touch_updated_at"() RETURNS trigger
/// //     LANGUAGE plpgsql
/// //     AS $function$BEGIN NEW.updated_at := now(); RETURN NEW; END$function$;
/// let shortID = Function("short_id", arguments: [FunctionArgument("length", .integer, default: "8")], returns: .text,
///                        language: "sql", body: "SELECT substr(md5(random()::text), 1, length)").volatility(.volatile)
/// ```
///
/// A changed body or attribute is planned as `CREATE OR REPLACE`; a changed result type or
/// argument name, which PostgreSQL cannot replace, drops the function and creates it again,
/// with the functions, triggers, views, defaults, checks and indexes that use it.
///
/// A SQL-standard body (`atomic: true`) is parsed when created, so it is created with the
/// views, after the tables and each view and function it names, and dropped and created again
/// around a change to a column, view, function or type it uses:
///
/// ```sql
/// DROP FUNCTION total();
/// ALTER TABLE t ALTER COLUMN n TYPE bigint;
/// CREATE FUNCTION total() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(n) FROM t; END;
/// ```
public struct Function: Sendable {
    var definition: FunctionDefinition
    let location: SourceLocation

    /// `returns: nil` declares a procedure (`CREATE PROCEDURE`). `setOf` returns a set of
    /// `returns`. `atomic` marks a SQL-standard body (`BEGIN ATOMIC ... END` or `RETURN ...`),
    /// written as is rather than quoted.
    public init(
        _ name: String, schema: String = QualifiedName.defaultSchema, arguments: [FunctionArgument] = [], returns: DataType?,
        setOf: Bool = false, language: String, body: String, atomic: Bool = false, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = FunctionDefinition(
            name: QualifiedName(name, schema: schema), arguments: arguments, returns: returns, returnsSet: setOf, language: language, body: body,
            isAtomic: atomic, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }

    private func with(_ change: (inout FunctionDefinition) -> Void) -> Function {
        var copy = self
        change(&copy.definition)
        return copy
    }

    /// `IMMUTABLE`, `STABLE` or `VOLATILE` (the default).
    public func volatility(_ volatility: FunctionDefinition.Volatility) -> Function { with { $0.volatility = volatility } }
    /// `STRICT`: returns NULL on a NULL argument without being called.
    public func strict() -> Function { with { $0.isStrict = true } }
    /// `SECURITY DEFINER`: runs with the privileges of its owner. Set a `search_path` with it.
    public func securityDefiner() -> Function { with { $0.securityDefiner = true } }
    /// `LEAKPROOF`.
    public func leakproof() -> Function { with { $0.leakproof = true } }
    /// `PARALLEL SAFE | RESTRICTED | UNSAFE`.
    public func parallel(_ safety: FunctionDefinition.ParallelSafety) -> Function { with { $0.parallel = safety } }
    /// `COST n`.
    public func cost(_ cost: Double) -> Function { with { $0.cost = cost } }
    /// `ROWS n`, for a set-returning function.
    public func rows(_ rows: Double) -> Function { with { $0.rows = rows } }
    /// `SET name = value` while the function runs: `.set("search_path", "public, pg_temp")`.
    public func set(_ name: String, _ value: String) -> Function { with { $0.settings[name] = value } }

    var qualifiedName: QualifiedName { definition.name }
}
