/// A statement on one line for messages: `ALTER TABLE "users" ADD COLUMN "age" integer;`, cut
/// at 120 characters.
public enum SQLExcerpt {
    public static func of(_ statement: String) -> String {
        let line = statement.split(whereSeparator: \.isNewline).map { $0.drop { $0 == " " } }.joined(separator: " ")
        return line.count > 120 ? String(line.prefix(117)) + "..." : line
    }
}
