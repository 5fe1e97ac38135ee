import Foundation

/// The UTF-8 bytes of one generated file, appended as they are rendered: no intermediate
/// strings joined or re-indented on the way.
///
/// Indentation is a counter. A line that is not empty starts with four spaces per level when its
/// first byte is written, so a nested block is written in place:
///
/// ```swift
/// var text = TextBuffer()
/// text.line("public struct Draft {")
/// text.indented { $0.line("public var id: Int?") }
/// text.line("}")
/// // public struct Draft {
/// //     public var id: Int?
/// // }
/// ```
package struct TextBuffer {
    package private(set) var bytes: [UInt8] = []
    private var level = 0
    private var atLineStart = true

    package init() {}

    /// The text written, as a `String`.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text`. A line break inside it starts a new line, indented like the others.
    package mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Appends `text` and ends the line.
    package mutating func line(_ text: String) {
        write(text)
        bytes.append(UInt8(ascii: "\n"))
        atLineStart = true
    }

    /// `count` spaces, which pad text into a column.
    package mutating func write(spaces count: Int) {
        guard count > 0 else { return }
        startLine()
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// An empty line, which has no indentation.
    package mutating func blankLine() {
        bytes.append(UInt8(ascii: "\n"))
        atLineStart = true
    }

    /// Writes `body` one level deeper.
    package mutating func indented(_ body: (inout TextBuffer) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    private mutating func write(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let last = utf8.last else { return }
        guard level > 0 else {
            bytes.append(contentsOf: utf8)
            atLineStart = last == UInt8(ascii: "\n")
            return
        }
        var start = 0
        while start < utf8.count {
            let rest = utf8.baseAddress! + start
            let end = memchr(rest, Int32(UInt8(ascii: "\n")), utf8.count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(utf8.baseAddress!) } ?? utf8.count
            if end > start {
                startLine()
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<end]))
            }
            guard end < utf8.count else { return }
            bytes.append(UInt8(ascii: "\n"))
            atLineStart = true
            start = end + 1
        }
    }

    /// The indentation, when the line has none yet.
    private mutating func startLine() {
        guard atLineStart else { return }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 4 * level))
        atLineStart = false
    }
}
