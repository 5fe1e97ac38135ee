import SchemaGenCLI
import Schemas

await SchemaGenCommand.main(schemas: ReferenceSchemas.all)
