extension Validator {
    /// Names the generated Swift module cannot take: two columns of a table that become one
    /// property, a name with nothing Swift can use, a declared `swiftName` that is not an
    /// identifier or that collides with another generated type.
    func checkSwiftNames(into diagnostics: inout [Diagnostic]) {
        for (table, message) in SwiftTypeNames(schema).problems {
            diagnostics.append(diagnostic(.swiftNameClash, table: table, at: .table(table), message))
        }
    }

    /// The names of one table's Swift type and properties.
    func checkSwiftNames(of table: TableDefinition, into diagnostics: inout [Diagnostic]) {
        if let name = table.swiftName, !Self.isSwiftIdentifier(name) {
            diagnostics.append(diagnostic(.swiftNameInvalid, table: table.name, at: .table(table.name),
                                          "swiftName \(Self.shown(name)) is not a Swift type name; use letters, digits and _"))
        }
        var owners: [String: String] = [:]
        for column in table.columns {
            let path = SourcePath.column(table.name, column.name)
            if let name = column.swiftName, !Self.isSwiftIdentifier(name) {
                diagnostics.append(diagnostic(.swiftNameInvalid, table: table.name, column: column.name, at: path,
                                              "swiftName \(Self.shown(name)) is not a Swift identifier; use letters, digits and _"))
                continue
            }
            let property = SwiftNaming.memberName(column.propertyName).trimmingCharacters(in: "`")
            if property == "_" || property.isEmpty {
                diagnostics.append(diagnostic(.swiftNameInvalid, table: table.name, column: column.name, at: path,
                                              "the column's name has no letter or digit to make a Swift property of; add .swiftName(\"...\")"))
            } else if let other = owners[property], other != column.name {
                diagnostics.append(diagnostic(.swiftNameClash, table: table.name, column: column.name, at: path,
                                              "columns \"\(other)\" and \"\(column.name)\" both become the Swift property \(property); add .swiftName(\"...\") to one of them"))
            } else if owners[property] == nil {
                owners[property] = column.name
            }
        }
    }

    /// Letters, digits and `_`, not starting with a digit, and not a Swift keyword.
    static func isSwiftIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue } && !SwiftNaming.keywords.contains(name)
    }
}
