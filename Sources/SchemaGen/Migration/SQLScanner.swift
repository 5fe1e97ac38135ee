/// Finds where SQL statements end, the way `psql` does: a `;` ends a statement only outside
/// string constants (`'...'` with `''`, `E'...'` with backslash escapes), quoted identifiers
/// (`"..."`), dollar-quoted strings (`$$...$$`, `$tag$...$tag$`), line comments (`-- ...`),
/// block comments (`/* ... */`, which nest) and parentheses (a rule's `DO ALSO (...; ...)`),
/// and outside the `BEGIN ATOMIC ... END` body of a `CREATE [OR REPLACE] FUNCTION` or
/// `PROCEDURE`, whose statements end with `;` too.
///
/// ```swift
/// var scanner = SQLScanner()
/// scanner.feed("INSERT INTO t VALUES ('a;")   // []: still inside the string
/// scanner.feed("b');")                         // the offset of the `;` that ends the statement
/// ```
///
/// Text is fed a line at a time, so a reader can tell lines between statements (where
/// `migrate`'s markers live) from lines inside one (where a marker is only text).
public struct SQLScanner {
    private enum State: Equatable {
        case code
        case string(backslashEscapes: Bool)
        case identifier
        case dollar(tag: String)
        case blockComment(depth: Int)
    }

    private var state = State.code
    /// Open parentheses: a `;` inside them ends nothing.
    private var parentheses = 0
    /// Open `BEGIN` and `CASE` of a routine's body, which end with `END`.
    private var blocks = 0
    /// The words of the statement so far, and the first letters of its first four where they are
    /// `CREATE`, `OR`, `REPLACE`, `FUNCTION` or `PROCEDURE` (a space for any other word): a body
    /// is tracked only in a statement that starts `cf`, `cp`, `corf` or `corp`, as in `psql`.
    private var words = 0
    private var leadingLetters: [Character] = []

    /// Whether the text fed so far ends inside a constant, identifier or block comment.
    var isInsideToken: Bool { state != .code }

    /// Scans one line (without its newline) and returns the offsets, in `Character`s, just past
    /// each `;` that ends a statement on it.
    mutating func feed(_ line: String) -> [Int] {
        let characters = Array(line)
        var ends: [Int] = []
        var index = 0
        func at(_ offset: Int) -> Character? { index + offset < characters.count ? characters[index + offset] : nil }
        while index < characters.count {
            let character = characters[index]
            switch state {
            case .code:
                if character == "-", at(1) == "-" {
                    return ends // A line comment runs to the end of the line.
                } else if character == "/", at(1) == "*" {
                    state = .blockComment(depth: 1)
                    index += 1
                } else if character == "'" {
                    let previous = index > 0 ? characters[index - 1] : " "
                    let beforePrevious = index > 1 ? characters[index - 2] : " "
                    let escapes = (previous == "E" || previous == "e") && !Self.continuesIdentifier(beforePrevious)
                    state = .string(backslashEscapes: escapes)
                } else if character == "\"" {
                    state = .identifier
                } else if character == "$", index == 0 || !Self.continuesIdentifier(characters[index - 1]),
                          let tag = Self.dollarTag(in: characters, at: index) {
                    state = .dollar(tag: tag)
                    index += tag.count
                } else if Self.startsWord(character), index == 0 || !Self.continuesIdentifier(characters[index - 1]) {
                    var end = index + 1
                    while end < characters.count, Self.continuesIdentifier(characters[end]) { end += 1 }
                    read(word: String(characters[index..<end]).lowercased())
                    index = end - 1
                } else if character == "(" {
                    parentheses += 1
                } else if character == ")" {
                    parentheses = max(0, parentheses - 1)
                } else if character == ";", parentheses == 0, blocks == 0 {
                    ends.append(index + 1)
                    words = 0
                    leadingLetters = []
                }
            case .string(let escapes):
                if escapes, character == "\\" {
                    index += 1
                } else if character == "'" {
                    if at(1) == "'" { index += 1 } else { state = .code }
                }
            case .identifier:
                if character == "\"" {
                    if at(1) == "\"" { index += 1 } else { state = .code }
                }
            case .dollar(let tag):
                if character == "$", Self.dollarTag(in: characters, at: index) == tag {
                    state = .code
                    index += tag.count
                }
            case .blockComment(let depth):
                if character == "*", at(1) == "/" {
                    state = depth == 1 ? .code : .blockComment(depth: depth - 1)
                    index += 1
                } else if character == "/", at(1) == "*" {
                    state = .blockComment(depth: depth + 1)
                    index += 1
                }
            }
            index += 1
        }
        return ends
    }

    /// The statements of a SQL text, each with its `;`, in order: a final statement without
    /// one is kept, a remainder of only comments and blanks is not.
    ///
    /// ```swift
    /// SQLScanner.statements(in: "INSERT INTO t VALUES ('a;b'); DELETE FROM t")
    /// // ["INSERT INTO t VALUES ('a;b');", "DELETE FROM t"]
    /// ```
    public static func statements(in text: String) -> [String] {
        var scanner = SQLScanner()
        var statements: [String] = []
        var pending = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            var rest = line[...]
            var consumed = 0
            for end in scanner.feed(line) {
                pending += rest.prefix(end - consumed)
                rest = rest.dropFirst(end - consumed)
                consumed = end
                statements.append(pending.trimmingWhitespace)
                pending = ""
            }
            pending += rest + "\n"
        }
        let remainder = pending.split(separator: "\n").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty && !$0.hasPrefix("--") }
        if !remainder.isEmpty { statements.append(pending.trimmingWhitespace) }
        return statements
    }

    /// Counts `word` of the statement, and the `BEGIN`, `CASE` and `END` of a routine's body
    /// outside parentheses: `CASE` only within a `BEGIN`, since only there does its `END` count.
    private mutating func read(word: String) {
        if words < 4 {
            let tracked = ["create", "or", "replace", "function", "procedure"].contains(word)
            leadingLetters.append(tracked ? word.first! : " ")
        }
        words += 1
        guard parentheses == 0, ["cf", "cp", "corf", "corp"].contains(where: { String(leadingLetters).hasPrefix($0) }) else { return }
        switch word {
        case "begin": blocks += 1
        case "case" where blocks > 0: blocks += 1
        case "end" where blocks > 0: blocks -= 1
        default: break
        }
    }

    /// `$tag$` at `index`, returned as `$tag` without the closing `$`; nil when none starts there.
    private static func dollarTag(in characters: [Character], at index: Int) -> String? {
        var end = index + 1
        while end < characters.count, characters[end] != "$" {
            let character = characters[end]
            guard continuesIdentifier(character), character != "$", !(end == index + 1 && character.isNumber) else { return nil }
            end += 1
        }
        guard end < characters.count else { return nil }
        return String(characters[index..<end])
    }

    /// A letter, `_` or any non-ASCII character: what an unquoted name or keyword starts with.
    private static func startsWord(_ character: Character) -> Bool {
        character == "_" || character.isLetter || !character.isASCII
    }

    private static func continuesIdentifier(_ character: Character) -> Bool {
        character == "_" || character == "$" || character.isLetter || character.isNumber || !character.isASCII
    }
}
