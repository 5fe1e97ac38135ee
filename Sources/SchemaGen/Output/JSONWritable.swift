/// A value that writes its own JSON for ``JSONWriter``, members in their key order, instead of
/// going through `Codable`: the bytes are those its `Encodable` form gives, and the files'
/// hot types (the snapshot's tables and columns, `relations.json`'s relations) skip `Codable`'s
/// generic traversal, an encoder and a container box per value, which was most of the cost of
/// writing them.
///
/// ```swift
/// extension QualifiedName: JSONWritable {
///     package func write(to json: JSONWriter.Output) throws {
///         try json.object { members in
///             try members.write("name", name)       // {"name" : "users", "schema" : "public"}
///             try members.write("schema", schema)
///         }
///     }
/// }
/// ```
///
/// A member written out of key order is still put in order, as for `Codable`; writing them in
/// order spares that copy. `JSONWritableTests` holds each conforming type, every property set,
/// to the bytes of `JSONEncoder`, so a property its `write(to:)` forgets fails there.
package protocol JSONWritable: Encodable {
    func write(to json: JSONWriter.Output) throws
}

extension String: JSONWritable {
    package func write(to json: JSONWriter.Output) { json.sink.writeString(self) }
}

extension Int: JSONWritable {
    package func write(to json: JSONWriter.Output) { json.sink.writeInteger(self) }
}

extension Bool: JSONWritable {
    package func write(to json: JSONWriter.Output) { json.sink.writeLiteral(self ? "true" : "false") }
}

extension Array: JSONWritable where Element: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.array(self)
    }
}

/// `Encodable` writes a dictionary keyed by strings as an object; its keys are written sorted.
extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    package func write(to json: JSONWriter.Output) throws {
        try json.object { members in
            for key in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                try members.write(key, self[key]!)
            }
        }
    }
}

/// An enumeration encoded as its raw string (`"CASCADE"`, `"one-to-many"`).
extension JSONWritable where Self: RawRepresentable, RawValue == String {
    package func write(to json: JSONWriter.Output) { json.sink.writeString(rawValue) }
}

extension JSONWriter {
    /// Where a ``JSONWritable`` value writes itself: a place in the writer's buffer at a depth.
    package struct Output {
        let sink: Sink
        let depth: Int

        /// An object, its members written by `body`.
        package func object(_ body: (inout Members) throws -> Void) rethrows {
            var members = Members(output: self, node: sink.open(object: true, depth: depth))
            try body(&members)
            sink.close(members.node)
        }

        /// An array of `elements`, each written by itself.
        package func array<Elements: Sequence>(_ elements: Elements) throws where Elements.Element: JSONWritable {
            let node = sink.open(object: false, depth: depth)
            let inner = Output(sink: sink, depth: depth + 1)
            for element in elements {
                try sink.member(of: node, key: nil) { try element.write(to: inner) }
            }
            sink.close(node)
        }

        /// An array of `elements` written on every core at once, a slice at a time: each element
        /// into a buffer of its own, copied in in order. For the large arrays (a snapshot's
        /// tables, 40 MB at 10,000 tables), so that writing them is not a single core's work;
        /// slices keep the buffers waiting to be copied small.
        package func concurrentArray<Element: JSONWritable & Sendable>(_ elements: [Element]) throws {
            let (pretty, depth) = (sink.pretty, depth + 1)
            let node = sink.open(object: false, depth: self.depth)
            for start in stride(from: 0, to: elements.count, by: 512) {
                let pieces = Array(start..<min(start + 512, elements.count)).concurrentMap { index in
                    Result { () throws -> [UInt8] in
                        let own = Sink(pretty: pretty)
                        try elements[index].write(to: Output(sink: own, depth: depth))
                        return own.bytes
                    }
                }
                for piece in pieces {
                    try sink.member(of: node, key: nil) { sink.bytes.append(contentsOf: try piece.get()) }
                }
            }
            sink.close(node)
        }

        /// A value of a type that writes itself only through `Codable`.
        package func encode(_ value: some Encodable) throws {
            let encoder = ValueEncoder(sink: sink, depth: depth, parent: nil, key: nil)
            try encoder.writeSingle { try encoder.write(value, key: nil) }
            encoder.finish()
        }
    }

    /// The members of an object being written.
    package struct Members {
        let output: Output
        let node: Sink.Node

        /// `"key" : value`.
        package mutating func write(_ key: String, _ value: some JSONWritable) throws {
            try member(key) { try value.write(to: $0) }
        }

        /// `"key" : value`, or nothing when `value` is nil (as `encodeIfPresent` does).
        package mutating func write(_ key: String, _ value: (some JSONWritable)?) throws {
            guard let value else { return }
            try member(key) { try value.write(to: $0) }
        }

        /// `"key" : [elements]`, the elements written on every core at once
        /// (``Output/concurrentArray(_:)``).
        package mutating func writeConcurrently(_ key: String, _ elements: [some JSONWritable & Sendable]) throws {
            try member(key) { try $0.concurrentArray(elements) }
        }

        /// `"key" : value` through the value's `Encodable` form, nothing when it is nil.
        package mutating func encode(_ key: String, _ value: (some Encodable)?) throws {
            guard let value else { return }
            try member(key) { try $0.encode(value) }
        }

        private func member(_ key: String, _ write: (Output) throws -> Void) rethrows {
            try output.sink.member(of: node, key: key) { try write(Output(sink: output.sink, depth: output.depth + 1)) }
        }
    }
}
