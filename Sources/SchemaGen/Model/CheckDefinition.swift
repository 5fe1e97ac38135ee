/// `CONSTRAINT name CHECK (expression) [NO INHERIT]`, added `NOT VALID` when declared so.
public struct CheckDefinition: Hashable, Sendable, Codable {
    public var name: String
    public var expression: String
    /// `NO INHERIT`: not passed on to tables that inherit from this one; nil is inherited.
    public var noInherit: Bool?
    /// `NOT VALID`: rows that were there when it was added are not checked; nil is validated.
    public var notValid: Bool?

    public init(name: String, expression: String, noInherit: Bool = false, notValid: Bool = false) {
        self.name = name
        self.expression = expression
        self.noInherit = noInherit ? true : nil
        self.notValid = notValid ? true : nil
    }
}

extension CheckDefinition: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("expression", expression)
            try members.write("name", name)
            try members.write("noInherit", noInherit)
            try members.write("notValid", notValid)
        }
    }
}
