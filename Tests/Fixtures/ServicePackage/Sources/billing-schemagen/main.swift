import BillingSchemas
import SchemaGenCLI

await SchemaGenCommand.main(schemas: [Billing.schema, Broken.schema], seeds: BillingCatalog.seeds)
