import SchemaGen

/// The five reference systems of `shared/seeds`, declared in the DSL.
public enum ReferenceSystems {
    public static let all: [Schema] = [
        DirectoryTemplate.schema,
        SaasStarter.schema,
        Concordia.schema,
        TanStackBlog.schema,
        MultitenantSaas.schema,
    ]
}
