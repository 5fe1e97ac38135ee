import Foundation
import SchemaGenPostgres
import SyntheticSchemas
import Testing

/// The URL parser on hostile input: seeded random strings and mutations of real URLs. Nothing
/// traps, every failure is a ``DatabaseURLError``, a parsed port is in range, and the password is
/// never in a message.
@Suite struct DatabaseURLFuzzTests {
    static let seeds = [
        "postgres://app:Pa55word@db.internal:6543/billing?sslmode=require",
        "postgresql://postgres@/app?host=/var/run/postgresql&port=5433",
        "postgres://app:Pa55word@[::1]:5433/app?application_name=x",
        "postgresql://%2Fvar%2Frun%2Fpostgresql/app",
    ]
    static let alphabet = Array("postgresql:/@?&=#%[]:.,0123456789 abcXYZ\u{0}é🙂-_+;'\"\\\n")

    @Test func randomAndMutatedInputsNeverTrap() {
        var random = SeededGenerator(seed: 20261201)
        var parsed = 0
        for round in 0..<20_000 {
            var text: String
            if round % 2 == 0 {
                var characters = Array(random.pick(Self.seeds))
                for _ in 0...Int.random(in: 0...4, using: &random) {
                    let position = Int.random(in: 0...characters.count, using: &random)
                    switch Int.random(in: 0...2, using: &random) {
                    case 0: characters.insert(random.pick(Self.alphabet), at: position)
                    case 1: if position < characters.count { characters.remove(at: position) }
                    default: if position < characters.count { characters[position] = random.pick(Self.alphabet) }
                    }
                }
                text = String(characters)
            } else {
                text = "postgres://" + String((0..<Int.random(in: 0...40, using: &random)).map { _ in random.pick(Self.alphabet) })
            }
            do {
                let url = try DatabaseURL(text)
                parsed += 1
                switch url.endpoint {
                case .tcp(_, let port), .socket(_, let port): #expect((1...65535).contains(port), "\(text)")
                }
                if let password = url.password {
                    #expect(url.description.contains(":***@") && !url.description.contains(":\(password)@"), "\(text)")
                }
            } catch let error as DatabaseURLError {
                #expect(!error.description.contains("Pa55word"), "\(text): \(error)")
            } catch {
                Issue.record("\(text): \(error) is not a DatabaseURLError")
            }
        }
        #expect(parsed > 1_000, "the mutations should leave many URLs readable")
    }

    @Test(arguments: [
        ("postgres://u:pw@127.0.0.1/db?=", "a query parameter has no name"),
        ("postgres://u:pw@h/db?port=99999", "the port must be a number from 1 to 65535"),
        ("postgres://u:pw@h:0/db", "the port must be a number from 1 to 65535"),
        ("postgres://u:pw@h:-1/db", "the port must be a number from 1 to 65535"),
        ("postgres://u:pw@h:99999999999999999999999/db", "the port must be a number from 1 to 65535"),
        ("postgres://u:pw@[::1/db", "an IPv6 address in [ ] has no closing ]"),
        ("postgres://u:pw@[::1]x/db", "only :port may follow an IPv6 address"),
        ("postgres://u:p%zz@h/db", "the password has a malformed %-escape"),
        ("postgres://a,b/db", "several hosts are not supported: name one"),
        ("postgres://u@h/d%00b", "a NUL character cannot be sent to PostgreSQL"),
        ("http://u:pw@h/db", "a database URL starts with postgres:// or postgresql://"),
    ])
    func malformedURLsAreNamedErrors(_ text: String, _ message: String) {
        #expect {
            try DatabaseURL(text)
        } throws: { error in
            "\(error)" == "invalid database URL: \(message)"
        }
    }

    @Test func schemeLetterCaseAndIPv6PortsAreRead() throws {
        let url = try DatabaseURL("Postgres://u:pw@[::1]:6543/db")
        #expect(url.endpoint == .tcp(host: "::1", port: 6543))
    }

    @Test(arguments: [
        ("no schema named 'postgres://deployer:S3cr3t@db.example.com/app'", "no schema named 'postgres://deployer:***@db.example.com/app'"),
        ("--from Postgres://u:Secret@h/db: not empty", "--from Postgres://u:***@h/db: not empty"),
        ("POSTGRESQL://u:a:b@c@h:5/db and x://k:v@y", "POSTGRESQL://u:***@h:5/db and x://k:***@y"),
        ("postgresql://u@h/db?password=hunter2&sslmode=require", "postgresql://u@h/db?password=***&sslmode=require"),
        ("host=h PASSWORD=hunter2 user=u", "host=h PASSWORD=*** user=u"),
        ("nothing to hide: postgres://u@h/db", "nothing to hide: postgres://u@h/db"),
    ])
    func passwordsAreRedactedInAnyText(_ text: String, _ redacted: String) {
        #expect(PasswordRedaction.apply(to: text) == redacted)
    }
}
