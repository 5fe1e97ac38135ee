/// Where in Swift source a declaration was written, captured by default arguments.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

extension SourceLocation: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            try members.write("column", column)
            try members.write("file", file)
            try members.write("line", line)
        }
    }
}
