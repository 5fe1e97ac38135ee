extension Validator {
    func checkEnums(into diagnostics: inout [Diagnostic]) {
        for type in schema.enums {
            if type.values.isEmpty {
                diagnostics.append(diagnostic(
                    "empty-enum", object: type.name.description, at: .enumType(type.name), "enum has no values"))
            }
            for value in type.values.repeated {
                diagnostics.append(diagnostic(
                    "duplicate-enum-value", object: type.name.description, at: .enumType(type.name),
                    "enum lists the value \"\(value)\" more than once"))
            }
            if type.values.contains("") {
                diagnostics.append(diagnostic(
                    "empty-enum-value", object: type.name.description, at: .enumType(type.name),
                    "enum has an empty value; PostgreSQL refuses empty labels"))
            }
        }
    }
}
