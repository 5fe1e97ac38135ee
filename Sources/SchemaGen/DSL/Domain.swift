/// Declares a domain, listed in the ``Schema``: a base type with a default, `NOT NULL` and
/// checks over `VALUE`. Columns take it with `.domain(amount)`.
///
/// ```swift
/// let amount = Domain("amount", .numeric(precision: 12, scale: 2), default: "0", notNull: true).check("VALUE >= 0")
/// // CREATE DOMAIN "amount" AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT "amount_check" CHECK (VALUE >= 0);
/// Column("total", .domain(amount))
/// ```
///
/// A changed default, `NOT NULL` or check is `ALTER DOMAIN`; a new check is validated against
/// every column of the domain's type.
public struct Domain: Sendable {
    var definition: DomainDefinition
    /// Checks without a name, named `<domain>_check`, `<domain>_check1`, ... when resolved.
    var unnamedChecks: [String] = []
    let location: SourceLocation

    public init(
        _ name: String, _ baseType: DataType, schema: String = QualifiedName.defaultSchema, collation: String? = nil, default defaultValue: String? = nil,
        notNull: Bool = false, comment: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = DomainDefinition(
            name: QualifiedName(name, schema: schema), baseType: baseType, collation: collation, defaultValue: defaultValue, isNotNull: notNull, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }

    /// `CONSTRAINT name CHECK (expression)`, the expression over `VALUE`; `notValid` leaves the
    /// values already stored unchecked.
    public func check(_ expression: String, name: String? = nil, notValid: Bool = false) -> Domain {
        var copy = self
        if let name {
            copy.definition.checks.append(CheckDefinition(name: name, expression: expression, notValid: notValid))
        } else {
            copy.unnamedChecks.append(expression)
        }
        return copy
    }

    var qualifiedName: QualifiedName { definition.name }
}

/// Declares a composite type, listed in the ``Schema``: a row of named, typed attributes that a
/// column, argument or result may take with `.composite(address)`.
///
/// ```swift
/// let address = CompositeType("address", ("street", .text), ("city", .text))
/// // CREATE TYPE "address" AS ("street" text, "city" text);
/// ```
///
/// Attributes added, dropped or retyped are `ALTER TYPE ... ADD | DROP | ALTER ATTRIBUTE`.
public struct CompositeType: Sendable {
    let definition: CompositeTypeDefinition
    let location: SourceLocation

    public init(
        _ name: String, _ attributes: (String, DataType)..., schema: String = QualifiedName.defaultSchema, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = CompositeTypeDefinition(
            name: QualifiedName(name, schema: schema), attributes: attributes.map { CompositeTypeDefinition.Attribute($0.0, $0.1) }, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }

    /// The same with attributes of their own collation: `[.init("code", .text, collation: "C")]`.
    public init(
        _ name: String, attributes: [CompositeTypeDefinition.Attribute], schema: String = QualifiedName.defaultSchema, comment: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        definition = CompositeTypeDefinition(name: QualifiedName(name, schema: schema), attributes: attributes, comment: comment)
        location = SourceLocation(file: file, line: line, column: column)
    }

    var qualifiedName: QualifiedName { definition.name }
}

extension DataType {
    /// A column, argument or attribute typed by a declared domain.
    public static func domain(_ domain: Domain) -> DataType { .custom(SQLIdentifier.quote(domain.qualifiedName)) }
    /// A column, argument or attribute typed by a declared composite type.
    public static func composite(_ type: CompositeType) -> DataType { .custom(SQLIdentifier.quote(type.qualifiedName)) }
}
