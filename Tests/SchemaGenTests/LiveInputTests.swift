import SchemaGen
import SchemaGenPostgres
import Testing

/// Database URLs as users write them, and expressions as PostgreSQL prints them back.
@Suite struct LiveInputTests {
    @Test func tcpURLWithEverything() throws {
        let url = try DatabaseURL("postgres://app:p%40ss@db.internal:6543/billing?sslmode=require")
        #expect(url.endpoint == .tcp(host: "db.internal", port: 6543))
        #expect(url.user == "app" && url.password == "p@ss" && url.database == "billing" && url.sslMode == .require)
        #expect(url.description == "postgres://app:***@db.internal:6543/billing?sslmode=require")
    }

    @Test func unixSocketsInTheQueryOrPercentEncoded() throws {
        let query = try DatabaseURL("postgresql://postgres@/app?host=/var/run/postgresql&port=5433")
        #expect(query.endpoint == .socket(folder: "/var/run/postgresql", port: 5433))
        #expect(query.sslMode == .disable)
        let encoded = try DatabaseURL("postgresql://%2Fvar%2Frun%2Fpostgresql/app")
        #expect(encoded.endpoint == .socket(folder: "/var/run/postgresql", port: 5432))
        #expect(encoded.database == "app")
    }

    @Test func defaultsAndIPv6() throws {
        let url = try DatabaseURL("postgres://app@[::1]/")
        #expect(url.endpoint == .tcp(host: "::1", port: 5432))
        #expect(url.database == "app" && url.sslMode == .prefer && url.password == nil)
        #expect(url.description == "postgres://app@[::1]:5432/app?sslmode=prefer")
    }

    @Test func badURLsNeverEchoThePassword() {
        for text in ["mysql://u:secret@h/db", "postgres://u:secret@h:99999/db", "postgres://u:secret@h/db?sslmode=sometimes"] {
            #expect {
                try DatabaseURL(text)
            } throws: { error in
                "\(error)".hasPrefix("invalid database URL") && !"\(error)".contains("secret")
            }
        }
    }

    @Test(arguments: [
        ("Price  >  0", "price > 0"),
        ("lower( email )", "LOWER(email)"),
        ("a IN ( 1 , 2 )", "a in (1,2)"),
        ("x = $q$It's$q$", "X  =  $q$It's$q$"),
    ])
    func canonicalFormsIgnoreCaseAndSpacing(_ declared: String, _ printed: String) {
        #expect(SQLExpression.canonical(declared) == SQLExpression.canonical(printed))
    }

    @Test func differentExpressionsStayDifferent() {
        #expect(SQLExpression.canonical("price > 0") != SQLExpression.canonical("price >= 0"))
        #expect(SQLExpression.canonical("status = 'Draft'") != SQLExpression.canonical("status = 'draft'"))
        #expect(SQLExpression.canonical("(a OR b) AND c") != SQLExpression.canonical("a OR (b AND c)"))
        #expect(SQLExpression.canonical("d = '2020-01-01'::timestamp") != SQLExpression.canonical("d = '2020-01-01'"))
        #expect(SQLExpression.canonical("\"Name\" = 1") != SQLExpression.canonical("name = 1"))
        #expect(SQLExpression.canonical("x = $$A$$") != SQLExpression.canonical("x = $$a$$"))
        #expect(SQLExpression.canonical("a or b") != SQLExpression.canonical("aorb"))
        #expect(SQLExpression.unparenthesized("(a) + (b)") == "(a) + (b)")
        #expect(SQLExpression.unparenthesized("(lower(email))") == "lower(email)")
    }
}
