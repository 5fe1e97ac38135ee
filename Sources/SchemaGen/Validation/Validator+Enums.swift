extension Validator {
    func checkEnums(into diagnostics: inout [Diagnostic]) {
        for type in schema.enums {
            if type.values.isEmpty {
                diagnostics.append(diagnostic(
                    .emptyEnum, object: type.name.description, at: .enumType(type.name), "enum has no values"))
            }
            for value in type.values.repeated {
                diagnostics.append(diagnostic(
                    .duplicateEnumValue, object: type.name.description, at: .enumType(type.name),
                    "enum lists the value \"\(value)\" more than once"))
            }
            if type.values.contains("") {
                diagnostics.append(diagnostic(
                    .emptyEnumValue, object: type.name.description, at: .enumType(type.name),
                    "enum has an empty value; PostgreSQL refuses empty labels"))
            }
        }
    }
}
