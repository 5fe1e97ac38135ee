import BillingSchemas
import SchemaGenCLI

await SchemaGenCommand.main(schemas: [Billing.schema, Broken.schema], seeds: [
    .sql("house_customer", schema: "billing", "INSERT INTO billing.customers (email) VALUES ('house@example.com') ON CONFLICT (email) DO NOTHING;"),
])
