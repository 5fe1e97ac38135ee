extension Differ {
    /// New, dropped and changed domains: default, `NOT NULL` and checks altered in place; a
    /// new base type or collation drops the domain and creates it again (which PostgreSQL
    /// refuses while a column uses it).
    func diffDomains(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        let before = Dictionary(old.domains.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(to.domains.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for domain in to.domains {
            let name = domain.name
            guard let previous = before[name], previous.baseType.canonical == domain.baseType.canonical, previous.collation == domain.collation else {
                diff.changes.append(before[name].map { .recreateDomain(from: $0, to: domain) } ?? .createDomain(domain))
                if let comment = domain.comment { diff.changes.append(.commentOn(.domain(name), comment)) }
                continue
            }
            if previous.defaultValue != domain.defaultValue { diff.changes.append(.alterDomainDefault(name, domain.defaultValue)) }
            if previous.isNotNull != domain.isNotNull { diff.changes.append(.alterDomainNotNull(name, domain.isNotNull)) }
            let oldChecks = Dictionary(previous.checks.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for check in domain.checks {
                guard let was = oldChecks[check.name] else {
                    diff.changes.append(.addDomainCheck(name, check))
                    continue
                }
                if was.expression != check.expression || was.notValid == nil && check.notValid == true {
                    diff.changes += [.dropDomainCheck(name, was), .addDomainCheck(name, check)]
                } else if was.notValid == true, check.notValid == nil {
                    diff.changes.append(.validateDomainCheck(name, check.name))
                }
            }
            for check in previous.checks where !domain.checks.contains(where: { $0.name == check.name }) {
                diff.changes.append(.dropDomainCheck(name, check))
            }
            if previous.comment != domain.comment { diff.changes.append(.commentOn(.domain(name), domain.comment)) }
        }
        for domain in old.domains where after[domain.name] == nil { diff.changes.append(.dropDomain(domain)) }
    }

    /// New, dropped and changed composite types: attributes added at the end, dropped or
    /// retyped in place; attributes put in another order make the type again.
    func diffCompositeTypes(_ old: SchemaDefinition, into diff: inout SchemaDiff) {
        let before = Dictionary(old.compositeTypes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(to.compositeTypes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for type in to.compositeTypes {
            let name = type.name
            let previous = before[name]
            let kept = previous?.attributes.filter { attribute in type.attributes.contains { $0.name == attribute.name } }.map(\.name) ?? []
            let keepsOrder = type.attributes.map(\.name).prefix(kept.count).elementsEqual(kept)
            guard let previous, keepsOrder else {
                diff.changes.append(previous.map { .recreateCompositeType(from: $0, to: type) } ?? .createCompositeType(type))
                if let comment = type.comment { diff.changes.append(.commentOn(.compositeType(name), comment)) }
                continue
            }
            for attribute in previous.attributes where !kept.contains(attribute.name) { diff.changes.append(.dropAttribute(name, attribute)) }
            for attribute in type.attributes {
                guard let was = previous.attributes.first(where: { $0.name == attribute.name }) else {
                    diff.changes.append(.addAttribute(name, attribute))
                    continue
                }
                if was.type.canonical != attribute.type.canonical || was.collation != attribute.collation {
                    diff.changes.append(.alterAttribute(name, attribute))
                }
            }
            if previous.comment != type.comment { diff.changes.append(.commentOn(.compositeType(name), type.comment)) }
        }
        for type in old.compositeTypes where after[type.name] == nil { diff.changes.append(.dropCompositeType(type)) }
    }
}
