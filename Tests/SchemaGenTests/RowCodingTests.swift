import EveryTypeModels
import Foundation
@testable import SchemaGenPostgres
import SchemaGenRuntime
import SyntheticSchemas
import Testing

/// Dates travel as text between the generated structs and PostgreSQL: written and read by
/// arithmetic on the Gregorian calendar, checked here against Foundation's calendar.
@Suite struct RowCodingTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    @Test(arguments: [1, 2, 3])
    func datesFormatAsFoundationsCalendarSays(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<2_000 {
            // From 1600 to 2400, leap days and days before 1970 included. A Date is a Double of
            // seconds since 2001: far from it, the last digit of the microseconds may round.
            let seconds = Int64.random(in: -11_676_096_000...13_569_465_600, using: &random)
            let micro = Int64.random(in: 1...999_998, using: &random)
            let date = Date(timeIntervalSince1970: Double(seconds) + Double(micro) / 1_000_000)
            let parts = Self.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(seconds)))
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
            let text = RowCoding.format(date)
            #expect(text.hasPrefix(expected) && text.hasSuffix("Z"), "\(text) for \(expected)")
            #expect(Int64(text.dropFirst(20).prefix(6)).map { abs($0 - micro) <= 1 } == true, "\(text): \(micro) µs")
            let parsed = RowCoding.parse(text)
            #expect(parsed.map { abs($0.timeIntervalSince(date)) < 0.000_002 } == true, "\(text)")
        }
    }

    @Test func parsesWhatPostgreSQLWrites() {
        let noon = Date(timeIntervalSince1970: 1_704_196_800)  // 2024-01-02T12:00:00Z
        #expect(RowCoding.parse("2024-01-02") == Date(timeIntervalSince1970: 1_704_153_600))
        #expect(RowCoding.parse("2024-01-02T12:00:00") == noon)
        #expect(RowCoding.parse("2024-01-02T14:00:00+02:00") == noon)
        #expect(RowCoding.parse("2024-01-02T07:30:00-04:30") == noon)
        #expect(RowCoding.parse("2024-01-02T14:00:00+02") == noon)
        #expect(RowCoding.parse("2024-01-02T12:00:00.5+00:00") == noon + 0.5)
        #expect(RowCoding.parse("1969-12-31T23:59:59.999999+00:00").map { abs($0.timeIntervalSince1970 + 0.000_001) < 1e-7 } == true)
        for text in ["", "infinity", "2024-13-01", "2024-01-02T1x:00:00", "20240102"] {
            #expect(RowCoding.parse(text) == nil, "\(text)")
        }
        #expect(RowCoding.format(Date(timeIntervalSince1970: 0.999_999_6)) == "1970-01-01T00:00:01.000000Z", "a microsecond rounded up carries")
    }

    /// The columns a draft writes are the keys its JSON has, each bound in the form its Swift
    /// type and its column take: binary, untyped text, or `jsonb` through the table's row type.
    @Test func boundColumnsAreTheJSONKeys() throws {
        let draft = Sample.Draft(small: 3, label: "x", day: Date(timeIntervalSince1970: 0), settings: .string("s"), feeling: .sad, feelings: [.happy])
        let binder = ColumnBinder(statement: BoundStatement(), for: Sample.self)
        let written = try binder.bind(draft)
        #expect(written.map(\.column) == ["small", "label", "day", "settings", "feeling", "feelings"])
        #expect(written.map(\.value) == [
            "$1", "$2", "$3", #"(jsonb_populate_record(NULL::"public"."samples", $4::jsonb))."settings""#, "$5",
            #"(jsonb_populate_record(NULL::"public"."samples", $6::jsonb))."feelings""#,
        ])
        #expect(binder.take().binds.count == 6)
        let json = try JSONSerialization.jsonObject(with: RowCoding.encoder.encode(draft)) as? [String: Any]
        #expect(json?.keys.sorted() == written.map(\.column).sorted())
    }
}
