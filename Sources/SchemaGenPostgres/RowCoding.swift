import Foundation

/// How rows travel as JSON between generated structs and PostgreSQL's `to_jsonb` and
/// `jsonb_populate_record`: dates as ISO 8601 in UTC with microseconds (PostgreSQL's
/// precision; a `timestamp` without zone reads its value as UTC), `bytea` as `\x` hex.
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

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `2024-01-02T03:04:05.123456Z`
    static func format(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let micros = Int(((date.timeIntervalSince1970 - seconds) * 1_000_000).rounded())
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!, micros)
    }

    /// `2024-01-02`, `2024-01-02T03:04:05`, `2024-01-02T03:04:05.5+02:00` as PostgreSQL writes them.
    static func parse(_ text: String) -> Date? {
        let scalars = Array(text)
        func number(_ range: Range<Int>) -> Int? {
            range.upperBound <= scalars.count ? Int(String(scalars[range])) : nil
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var fraction = 0.0
        var offset = 0
        if scalars.count > 10 {
            guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return nil }
            (components.hour, components.minute, components.second) = (hour, minute, second)
            var index = 19
            if index < scalars.count, scalars[index] == "." {
                var digits = "0."
                index += 1
                while index < scalars.count, scalars[index].isNumber { digits.append(scalars[index]); index += 1 }
                fraction = Double(digits) ?? 0
            }
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
                let sign = scalars[index] == "-" ? -1 : 1
                let hours = number((index + 1)..<(index + 3)) ?? 0
                let minutes = index + 5 < scalars.count ? number((index + 4)..<(index + 6)) ?? 0 : 0
                offset = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard let date = calendar.date(from: components) else { return nil }
        return Date(timeIntervalSince1970: date.timeIntervalSince1970 + fraction - Double(offset))
    }
}
