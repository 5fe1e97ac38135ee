extension SchemaDefinition {
    /// The schema as a database's catalog can express it, for comparing a declaration with an
    /// introspected database: Swift-only settings (names, app defaults, JSON types, relation
    /// names, logical references, junction marks) dropped, types in the form PostgreSQL stores
    /// (`char` is `char(1)`, `.custom("int4")` is `integer`), identity options at their defaults left out, literal defaults read as the catalog reader reads them, and
    /// serial and identity columns NOT NULL.
    public var catalogForm: SchemaDefinition {
        var schema = self
        schema.tables = tables.map { table in
            var table = table
            table.logicalReferences = []
            table.isJunction = nil
            table.swiftName = nil
            table.foreignKeys = table.foreignKeys.map(\.constraint)
            table.columns = table.columns.map { column in
                var stored = column
                stored.type = column.type.canonical
                stored.isNullable = column.isNullable && column.identity == nil && !column.type.isSerial
                stored.defaultValue = column.defaultValue.map { $0.normalized(for: column.type) }
                stored.identity = column.identity?.normalized(for: column.type)
                (stored.swiftName, stored.appDefault, stored.appOnUpdate, stored.jsonSwiftType) = (nil, nil, nil, nil)
                return stored
            }
            if table.rowSecurity == RowSecurity(isEnabled: false) { table.rowSecurity = nil }
            if table.triggers?.isEmpty == true { table.triggers = nil }
            if table.policies?.isEmpty == true { table.policies = nil }
            return table
        }
        schema.sequences = sequences.map(\.normalized)
        schema.domains = domains.map { domain in
            var domain = domain
            domain.baseType = domain.baseType.canonical
            return domain
        }
        schema.compositeTypes = compositeTypes.map { type in
            var type = type
            type.attributes = type.attributes.map { attribute in
                var attribute = attribute
                attribute.type = attribute.type.canonical
                return attribute
            }
            return type
        }
        schema.functions = functions.map(\.catalogForm)
        schema.views = views.map { view in
            var view = view
            view.swiftName = nil
            view.columns = view.columns?.map { column in
                var stored = column
                stored.type = column.type.canonical
                (stored.swiftName, stored.appDefault, stored.appOnUpdate, stored.jsonSwiftType) = (nil, nil, nil, nil)
                return stored
            }
            return view
        }
        return schema
    }
}

extension FunctionDefinition {
    /// Types as PostgreSQL names them, the language folded to lower case, list settings
    /// (`search_path`) written as PostgreSQL stores them: `public, "My Schema"`.
    var catalogForm: FunctionDefinition {
        var function = self
        function.arguments = arguments.map { argument in
            var argument = argument
            argument.type = argument.type.canonical
            return argument
        }
        function.returns = returns?.canonical
        function.language = language.lowercased()
        function.settings = Dictionary(uniqueKeysWithValues: settings.map { name, value in
            let name = name.lowercased()
            guard DDLStatement.listSettings.contains(name) else { return (name, value) }
            return (name, DDLStatement.settingElements(value).map(SQLIdentifier.quote).joined(separator: ", "))
        })
        return function
    }
}
