import Foundation

/// How values travel as JSON between Swift and PostgreSQL's `to_jsonb` and
/// `jsonb_populate_record`: the columns whose encoding is `.json` (`json`, `jsonb`, arrays of
/// enums and the like) and the values of filters. Dates are ISO 8601 in UTC with microseconds
/// (PostgreSQL's precision; a `timestamp` without zone reads its value as UTC), as `RowBridge`
/// also writes them as text, and `bytea` is `\x` hex.
public enum RowCoding {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(format(date))
        }
        encoder.dataEncodingStrategy = .custom { data, encoder in
            var container = encoder.singleValueContainer()
            try container.encode("\\x" + data.map { String(format: "%02x", $0) }.joined())
        }
        return encoder
    }

    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
            }
            return date
        }
        decoder.dataDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            var bytes: [UInt8] = []
            var index = text.index(text.startIndex, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex
            while index < text.endIndex, let next = text.index(index, offsetBy: 2, limitedBy: text.endIndex) {
                guard let byte = UInt8(text[index..<next], radix: 16) else { break }
                bytes.append(byte)
                index = next
            }
            return Data(bytes)
        }
        return decoder
    }

    /// `2024-01-02T03:04:05.123456Z`, computed without a `Calendar`: formatting and parsing
    /// dates is most of the cost of a row, so both are arithmetic on the proleptic Gregorian
    /// calendar PostgreSQL uses.
    static func format(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = Int(interval.rounded(.down))
        var micros = Int(((interval - Double(seconds)) * 1_000_000).rounded())
        if micros == 1_000_000 { (seconds, micros) = (seconds + 1, 0) }
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let second = seconds - days * 86_400
        let (year, month, day) = civil(days: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(27)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, 4); bytes.append(UInt8(ascii: "-")); digits(month, 2); bytes.append(UInt8(ascii: "-")); digits(day, 2)
        bytes.append(UInt8(ascii: "T")); digits(second / 3600, 2); bytes.append(UInt8(ascii: ":")); digits(second / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":")); digits(second % 60, 2); bytes.append(UInt8(ascii: ".")); digits(micros, 6); bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `2024-01-02`, `2024-01-02T03:04:05`, `2024-01-02T03:04:05.5+02:00` as PostgreSQL writes them.
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8(parse)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = Double(days(year: year, month: month, day: day) * 86_400)
        if bytes.count > 10 {
            guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return nil }
            seconds += Double(hour * 3600 + minute * 60 + second)
            var index = 19
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                var fraction = 0
                var scale = 1
                while index < bytes.count, let digit = number(index..<(index + 1)) {
                    if scale < 1_000_000_000 { (fraction, scale) = (fraction * 10 + digit, scale * 10) }
                    index += 1
                }
                seconds += Double(fraction) / Double(scale)
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                let hours = number((index + 1)..<(index + 3)) ?? 0
                let minutes = index + 5 < bytes.count ? number((index + 4)..<(index + 6)) ?? 0 : 0
                seconds -= Double(sign * (hours * 3600 + minutes * 60))
            }
        }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days since 1970-01-01 of a date (Howard Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
