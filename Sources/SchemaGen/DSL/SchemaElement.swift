/// One item of a ``Schema`` body: what ``SchemaBuilder`` collects.
public enum SchemaElement: Sendable {
    case table(Table)
    case enumType(Enum)
    case `extension`(Extension)
    case namespace(Namespace)
    case sequence(SequenceGenerator)
    case function(Function)
    case view(View)
    case domain(Domain)
    case compositeType(CompositeType)
    case allow(Allow)
    case settings(MigrationSettings)
}
