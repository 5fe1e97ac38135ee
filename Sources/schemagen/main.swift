import SchemaGenCLI
import ReferenceSchemas

await SchemaGenCommand.main(schemas: ReferenceSystems.all)
