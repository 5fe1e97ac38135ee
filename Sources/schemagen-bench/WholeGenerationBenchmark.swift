import Foundation
import SchemaGen
import SyntheticSchemas

/// What a user waits for: `generate` of one schema of `size` tables as a process of its own,
/// from its start to its exit: declaring the schema, resolving, validating, planning the first
/// migration, rendering every file and writing them, all or nothing, into an empty folder; then
/// again over that folder, when nothing has changed.
enum WholeGenerationBenchmark {
    static func run(size: Int) throws -> [Figure] {
        // A new folder for each run from scratch, all removed at the end: files deleted just
        // before would slow the next run's file creation (ext4 skips recently freed inodes when it
        // allocates), which a user's first generate does not meet.
        let base = FileManager.default.temporaryDirectory.appending(path: "schemagen-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        var memory = 0.0
        var folder = base
        var run = 0
        let fromScratch = try Measure.milliseconds(repetitions: 3) {
            run += 1
            folder = base.appending(path: "run-\(run)")
            memory = try child(size: size, output: folder)
        }
        let unchanged = try Measure.milliseconds(repetitions: 3) { _ = try child(size: size, output: folder) }
        let label = "\(size.formatted()) tables"
        return [
            Figure(name: "\(label): whole-process generate from scratch", value: fromScratch, unit: "ms", target: size == 10_000 ? 2_000 : nil),
            Figure(name: "\(label): whole-process generate, nothing changed", value: unchanged, unit: "ms"),
            Figure(name: "\(label): whole-process generate, peak memory", value: memory, unit: "MiB", target: size == 10_000 ? 250 : nil),
        ]
    }

    /// The child's side: generates into `output` and prints its peak memory.
    static func generate(size: Int, output: URL) throws {
        let validated = ValidatedSchema(SyntheticSchema.declaration(tables: size))
        let staging = FileWriter(root: output).staging()
        let generation = try validated.generation(in: output) { file in try staging.add(file) }
        try staging.commit(removing: generation.stale)
        print(Measure.peakMemory)
    }

    private static func child(size: Int, output: URL) throws -> Double {
        let process = Process()
        process.executableURL = URL(filePath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        process.arguments = ["--whole-generation-child", String(size), "--output", output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let memory = Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchmarkError("the \(size)-table whole-process generation failed")
        }
        return memory
    }
}
