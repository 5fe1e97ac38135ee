import BillingModels
import Foundation
import SchemaGenPostgres
import SchemaGenRuntime

// The service's own code: rows of the generated types, written and read through RowBridge.
let url = try DatabaseURL(ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "")
try await LiveDatabase.withConnection(to: url) { database in
    let rows = RowBridge(connection: database.connection)
    let customer = try await rows.upsert(Customer.Draft(email: "ada@example.com"), onConflict: [Customer.Columns.email])
    _ = try await rows.insert([Invoice.Draft(customerId: customer.id, total: 12.5), Invoice.Draft(customerId: customer.id)])
    let invoices = try await rows.load(Customer.Relations.invoices, for: [customer])[0]
    let large = try await rows.select(Invoice.self, where: Invoice.Columns.total > 10)
    print("\(customer.email): \(invoices.count) invoices, totals \(invoices.map { "\($0.total)" }.joined(separator: ", ")); over 10: \(large.count)")
}
