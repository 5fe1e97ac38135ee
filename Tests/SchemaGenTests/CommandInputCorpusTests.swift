import Foundation
import Testing

/// Bad command-line and database inputs, run through the `schemagen` executable: none traps,
/// none prints a password, each says what is wrong.
@Suite struct CommandInputCorpusTests {
    struct Input: Sendable, CustomStringConvertible {
        let arguments: [String]
        var environment: [String: String] = [:]
        /// Text the output or error must hold.
        let says: String
        var description: String { arguments.joined(separator: " ") + (environment.isEmpty ? "" : " \(environment)") }
    }

    static let secret = "S3cr3tPw"
    static let url = "postgres://deployer:\(secret)@127.0.0.1:1/app"

    static let inputs: [Input] = [
        // Malformed URLs, wherever a URL is read.
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)@127.0.0.1/db?="], says: "a query parameter has no name"),
        Input(arguments: ["status", "saas_starter"], environment: ["DATABASE_URL": "postgres://u:\(secret)@127.0.0.1/db?="], says: "a query parameter has no name"),
        Input(arguments: ["diff", "--from", "postgres://u:\(secret)@h/db?=", "--to", "empty"], says: "a query parameter has no name"),
        Input(arguments: ["diff", "--from", "empty", "--to", "postgresql://u:\(secret)@h/db?&&="], says: "a query parameter has no name"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)@h:99999/db"], says: "the port must be a number from 1 to 65535"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)@h/db?port=0"], says: "the port must be a number from 1 to 65535"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)@h/db?port=-1"], says: "the port must be a number from 1 to 65535"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)@h:abc/db"], says: "the port must be a number from 1 to 65535"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)@[::1/db"], says: "has no closing ]"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)%zz@h/db"], says: "malformed %-escape"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)@h/db?sslmode=sometimes"], says: "sslmode must be one of"),
        Input(arguments: ["status", "saas_starter", "--database-url", "mysql://u:\(secret)@h/db"], says: "starts with postgres://"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u@h/db?password=\(secret)&sslmode=bad"], says: "sslmode must be one of"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://a,b/db"], says: "several hosts are not supported"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u@h/d%00b"], says: "a NUL character"),
        Input(arguments: ["status", "saas_starter", "--database-url", "postgres://u:\(secret)@h/db#frag?="], says: "cannot connect"),
        Input(arguments: ["check", "--database-url", "postgres://u:\(secret)@h/db?="], says: "a query parameter has no name"),
        Input(arguments: ["pull", "--name", "x", "--database-url", "postgres://u:\(secret)@h/db?port=65536"], says: "the port must be a number from 1 to 65535"),
        Input(arguments: ["generate", "--verify", "postgres://u:\(secret)@h/db?="], says: "a query parameter has no name"),
        Input(arguments: ["diff", "--from", "empty", "--to", "saas_starter", "--scratch-database-url", "postgres://u:\(secret)@h/db?="], says: "a query parameter has no name"),
        // A URL where something else belongs, in any letter case.
        Input(arguments: ["migrate", url], says: "no schema named 'postgres://deployer:***@127.0.0.1:1/app'"),
        Input(arguments: ["status", "Postgres://u:\(secret)@h/db"], says: "no schema named"),
        Input(arguments: ["diff", "--from", "POSTGRESQL://u:\(secret)@h:1/db", "--to", "empty"], says: "cannot connect to postgres://u:***@h:1/db"),
        Input(arguments: ["diff", "--from", "ftp://u:\(secret)@h/db", "--to", "empty"], says: "ftp://u:***@h/db"),
        Input(arguments: ["status", "saas_starter", url], says: "Unexpected argument 'postgres://deployer:***@127.0.0.1:1/app'"),
        Input(arguments: ["generate", "--bogus", url], says: "Unknown option '--bogus'"),
        Input(arguments: ["check", "--format", url], says: "The value 'postgres://deployer:***@127.0.0.1:1/app' is invalid"),
        Input(arguments: ["sql", url], says: "no schema named"),
        // Unreachable servers: the error names the redacted URL.
        Input(arguments: ["status", "saas_starter", "--database-url", url], says: "cannot connect to postgres://deployer:***@127.0.0.1:1/app"),
        Input(arguments: ["migrate", "saas_starter", "--database-url", url], says: "cannot connect to postgres://deployer:***@127.0.0.1:1/app"),
        Input(arguments: ["check", "saas_starter", "--database-url", url], says: "cannot connect to postgres://deployer:***@127.0.0.1:1/app"),
        // Names, folders and numbers.
        Input(arguments: ["migrate", "../../etc"], says: "no schema named '../../etc'"),
        Input(arguments: ["migrate", ""], says: "no schema named ''"),
        Input(arguments: ["migrate", "saas_starter", "-o", "Generatd", "--database-url", url], says: "no migrations folder at Generatd/saas_starter/migrations"),
        Input(arguments: ["status", "saas_starter", "-o", "/nonexistent/folder", "--database-url", url], says: "no migrations folder"),
        Input(arguments: ["down", "saas_starter", "-o", "Generatd", "--database-url", url], says: "no migrations folder"),
        Input(arguments: ["migrate", "saas_starter", "--lock-timeout=-5"], says: "--lock-timeout must be a positive number of seconds, not -5"),
        Input(arguments: ["migrate", "saas_starter", "--lock-timeout", "0"], says: "--lock-timeout must be a positive number of seconds, not 0"),
        Input(arguments: ["down", "saas_starter", "--lock-timeout=-1"], says: "--lock-timeout must be a positive number of seconds"),
        Input(arguments: ["migrate", "saas_starter", "--lock-timeout", "99999999999999999999"], says: "lock-timeout"),
        Input(arguments: ["migrate", "saas_starter", "--baseline", "x"], says: "baseline"),
        Input(arguments: ["generate", "--forbid-hazard", "everything"], says: "everything"),
        Input(arguments: ["diff", "--from", "nowhere", "--to", "empty"], says: "not `empty`, a postgres:// URL, a declared schema"),
        Input(arguments: ["diff", "--from", "empty"], says: "--to"),
        Input(arguments: ["generate", "no_such_schema"], says: "no schema named 'no_such_schema'"),
        Input(arguments: ["validate", "saas_startr"], says: "no schema named 'saas_startr'"),
    ]

    @Test func theCorpusCoversEnough() {
        #expect(Self.inputs.count >= 40)
    }

    @Test(arguments: inputs)
    func badInputIsNamedWithoutATrapOrAPassword(_ input: Input) throws {
        let result = try Shell.run(SchemaGenBinary.url.path, input.arguments, environment: input.environment, check: false)
        let text = result.output + result.error
        #expect([1, 2, 64].contains(result.status), "\(input): exit \(result.status)\n\(text)")
        #expect(!text.contains(Self.secret), "\(input) printed the password:\n\(text)")
        #expect(text.contains(input.says), "\(input):\n\(text)")
    }
}
