/// A function or procedure: its signature, language, body and attributes, as `pg_proc` holds
/// them. Two functions are the same object when their names and input argument types agree.
///
/// ```sql
/// CREATE FUNCTION "public"."touch"() RETURNS trigger
///     LANGUAGE plpgsql
///     AS $function$BEGIN NEW.updated_at := now(); RETURN NEW; END$function$;
/// ```
public struct FunctionDefinition: Hashable, Sendable, Codable {
    public var name: QualifiedName
    public var arguments: [FunctionArgument]
    /// The result type; nil for a procedure. A function returning `TABLE (...)` lists its
    /// columns as arguments of mode `.table` and returns `record`.
    public var returns: DataType?
    /// `RETURNS SETOF type`.
    public var returnsSet: Bool
    public var language: String
    /// The body as PostgreSQL keeps it: the text between the dollar quotes, or for a SQL
    /// function written `BEGIN ATOMIC ... END` or `RETURN ...`, that clause as PostgreSQL prints it.
    public var body: String
    /// Whether ``body`` is a SQL-standard body (`BEGIN ATOMIC`, `RETURN`), parsed when created.
    public var isAtomic: Bool
    public var volatility: Volatility
    /// `STRICT`: NULL in, NULL out, without a call.
    public var isStrict: Bool
    public var securityDefiner: Bool
    public var leakproof: Bool
    public var parallel: ParallelSafety
    /// `COST`; nil is the default (1 for C and internal functions, 100 otherwise).
    public var cost: Double?
    /// `ROWS`, for a set-returning function; nil is the default (1000).
    public var rows: Double?
    /// `SET name = value` on entry, by name (`search_path` → `public, pg_temp`).
    public var settings: [String: String]
    public var comment: String?

    public init(
        name: QualifiedName, arguments: [FunctionArgument] = [], returns: DataType?, returnsSet: Bool = false, language: String, body: String,
        isAtomic: Bool = false, volatility: Volatility = .volatile, isStrict: Bool = false, securityDefiner: Bool = false,
        leakproof: Bool = false, parallel: ParallelSafety = .unsafe, cost: Double? = nil, rows: Double? = nil,
        settings: [String: String] = [:], comment: String? = nil
    ) {
        self.name = name
        self.arguments = arguments
        self.returns = returns
        self.returnsSet = returnsSet
        self.language = language
        self.body = body
        self.isAtomic = isAtomic
        self.volatility = volatility
        self.isStrict = isStrict
        self.securityDefiner = securityDefiner
        self.leakproof = leakproof
        self.parallel = parallel
        self.cost = cost
        self.rows = rows
        self.settings = settings
        self.comment = comment
    }

    public var isProcedure: Bool { returns == nil }

    /// `public.touch(integer, text)`: the name and input argument types, which identify it.
    public var signature: String {
        "\(name.qualifiedText)(\(arguments.filter(\.mode.isInput).map { $0.type.canonical.sql }.joined(separator: ", ")))"
    }

    /// Whether `CREATE OR REPLACE` can turn this function into `other`: the same kind, result,
    /// argument names and modes, and no argument default removed.
    func isReplaceable(by other: FunctionDefinition) -> Bool {
        guard isProcedure == other.isProcedure, returns?.canonical == other.returns?.canonical, returnsSet == other.returnsSet,
              arguments.count == other.arguments.count else { return false }
        return zip(arguments, other.arguments).allSatisfy { old, new in
            old.mode == new.mode && old.name == new.name && old.type.canonical == new.type.canonical && (old.defaultValue == nil || new.defaultValue != nil)
        }
    }

    public enum Volatility: String, Hashable, Sendable, Codable {
        case immutable = "IMMUTABLE", stable = "STABLE", volatile = "VOLATILE"
    }

    public enum ParallelSafety: String, Hashable, Sendable, Codable {
        case unsafe = "UNSAFE", restricted = "RESTRICTED", safe = "SAFE"
    }
}

/// One argument of a function: `IN amount numeric DEFAULT 0`.
public struct FunctionArgument: Hashable, Sendable, Codable {
    public var mode: Mode
    /// nil for an unnamed argument.
    public var name: String?
    public var type: DataType
    /// The default as PostgreSQL prints it (`0`, `'x'::text`); nil is none.
    public var defaultValue: String?

    public init(_ name: String?, _ type: DataType, mode: Mode = .in, default defaultValue: String? = nil) {
        self.mode = mode
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
    }

    public enum Mode: String, Hashable, Sendable, Codable {
        case `in` = "IN", out = "OUT", inOut = "INOUT", variadic = "VARIADIC"
        /// A column of `RETURNS TABLE (...)`.
        case table = "TABLE"

        /// Whether the argument is passed in a call, and so part of the signature.
        var isInput: Bool { self == .in || self == .inOut || self == .variadic }
    }
}
