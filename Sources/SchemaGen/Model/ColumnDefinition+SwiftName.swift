extension ColumnDefinition {
    /// The Swift property name: the declared one, else the camelCase of the SQL name
    /// (`created_at` → `createdAt`, `userId` stays `userId`).
    public var propertyName: String {
        swiftName ?? name.camelCased
    }
}

extension String {
    /// `snake_case` and `kebab-case` to `lowerCamelCase`; names already in camelCase keep their humps.
    var camelCased: String {
        if let first = utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
           !utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") }) {
            return String(self)
        }
        let words = split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " })
        guard let first = words.first else { return self }
        let head = first.prefix(1).lowercased() + first.dropFirst()
        return head + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
