import Foundation
import Testing

/// Compares text with a reviewed snapshot file under `__Snapshots__/`. With `SNAPSHOT_RECORD=1`
/// in the environment a differing or missing snapshot is written instead, and the test fails so
/// that the change is looked at.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = snapshotFolder.appending(path: name)
    let recorded = try? String(contentsOf: url, encoding: .utf8)
    if recorded == text { return }
    if ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        Issue.record("recorded snapshot \(name); review it and run the tests again", sourceLocation: sourceLocation)
        return
    }
    guard let recorded else {
        Issue.record("no snapshot \(name); run with SNAPSHOT_RECORD=1 to record it", sourceLocation: sourceLocation)
        return
    }
    Issue.record("snapshot \(name) differs:\n\(lineDiff(recorded, text))", sourceLocation: sourceLocation)
}

/// The repository root, found from this file's path.
let packageRoot = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

private let snapshotFolder = packageRoot.appending(path: "Tests/SchemaGenTests/__Snapshots__")

/// The lines that differ, `-` recorded and `+` new, with their line numbers.
func lineDiff(_ old: String, _ new: String) -> String {
    let before = old.split(separator: "\n", omittingEmptySubsequences: false)
    let after = new.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for index in 0..<max(before.count, after.count) {
        let a = index < before.count ? String(before[index]) : nil
        let b = index < after.count ? String(after[index]) : nil
        if a != b {
            if let a { lines.append("\(index + 1) - \(a)") }
            if let b { lines.append("\(index + 1) + \(b)") }
        }
    }
    return lines.prefix(40).joined(separator: "\n")
}
