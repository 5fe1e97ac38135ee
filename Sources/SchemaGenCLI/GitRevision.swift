import ArgumentParser
import Foundation

/// Files of one git revision, read with `git ls-tree` and `git show`, paths relative to `folder`.
struct GitRevision {
    let revision: String
    let folder: URL

    /// Name → text of every file directly in `folder`; empty when the revision has no such folder.
    func files(in folder: String) throws -> [String: String] {
        let names = try git(["ls-tree", "--name-only", "-z", revision, "--", "./\(folder)/"])
        var files: [String: String] = [:]
        for path in names.split(separator: "\0").map(String.init) where !path.isEmpty {
            let name = String(path.split(separator: "/").last ?? "")
            files[name] = try file("\(folder)/\(name)")
        }
        return files
    }

    /// The text of `path` at the revision; nil when it has no such file.
    func file(_ path: String) throws -> String? {
        do {
            return try git(["show", "\(revision):./\(path)"])
        } catch let error as Failure where error.status == 128 {
            return nil
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let message: String
        var description: String { message }
    }

    private func git(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw ValidationError("cannot run git (\(error.localizedDescription)): pass --main-folder with the main branch's Generated folder")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 128, arguments.first == "show" { throw Failure(status: 128, message: message) }
            throw ValidationError("git \(arguments.joined(separator: " ")) failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
