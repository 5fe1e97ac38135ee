/// `CONSTRAINT name CHECK (expression)`.
public struct CheckDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var expression: String

    public init(name: String, expression: String) {
        self.name = name
        self.expression = expression
    }
}
