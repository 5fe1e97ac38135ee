import ArgumentParser
import Foundation
import SchemaGen
import SchemaGenPostgres
import SyntheticSchemas

/// `swift run -c release schemagen-bench`: measures generation, diff, introspection and DSL
/// compile time on synthetic schemas, prints each figure with its ratio to its target, and
/// writes them as JSON. See BENCHMARKS.md.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemagen-bench",
        abstract: "Benchmarks of schemagen on synthetic schemas of 100, 1,000 and 10,000 tables."
    )

    @Flag(help: "Only 100 and 1,000 tables, no compile benchmark: a smoke run.")
    var quick = false

    @Option(name: .customLong("database-url"), help: "A server where a throwaway database may be created for the introspection benchmark (default: $DATABASE_URL; skipped without one).")
    var databaseURL: String?

    @Flag(inversion: .prefixedNo, help: "Measure the Swift compile time of a 100- and a 1,000-table declaration (a few minutes).")
    var compile = true

    @Option(help: "Where the figures are written as JSON.")
    var results = ".build/benchmark-results.json"

    @Option(help: .hidden)
    var generationChild: Int?

    @Option(help: .hidden)
    var wholeGenerationChild: Int?

    @Option(help: .hidden)
    var output: String?

    @Option(help: "Only the generation benchmarks at this size, in-process and whole-process (for profiling by hand).")
    var generationOnly: Int?

    @Option(help: "Only the diff benchmark at this size (for profiling by hand).")
    var diffOnly: Int?

    @Flag(help: "Only the rows benchmark (RowBridge against hand-written PostgresNIO), on --database-url.")
    var rowsOnly = false

    @Option(help: "Print the DDL of the synthetic schema of this many tables and stop (for profiling by hand).")
    var printDDL: Int?

    func run() async throws {
        // As the `schemagen` command does: its figures are the command's.
        LargeAllocations.returnToTheSystemWhenFreed()
        if let size = printDDL {
            print(DDLRenderer().render(SyntheticSchema.declaration(tables: size).resolve().definition), terminator: "")
            return
        }
        if let size = diffOnly {
            for figure in DiffBenchmark.run(size: size) { print(figure.line) }
            return
        }
        if rowsOnly {
            let text = try databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"] ?? { throw BenchmarkError("--rows-only needs --database-url") }()
            for figure in try await RowsBenchmark.run(server: try DatabaseURL(text)) { print(figure.line) }
            return
        }
        if let size = wholeGenerationChild, let output {
            try WholeGenerationBenchmark.generate(size: size, output: URL(filePath: output, directoryHint: .isDirectory))
            return
        }
        if let size = generationOnly {
            for figure in try generationInChild(size: size) + WholeGenerationBenchmark.run(size: size) { print(figure.line) }
            return
        }
        if let size = generationChild {
            // One size in a process of its own: its peak memory is its own.
            let figures = try GenerationBenchmark.run(size: size)
            print(String(decoding: try JSONEncoder().encode(figures), as: UTF8.self))
            return
        }
        #if DEBUG
        print("warning: a debug build; run `swift run -c release schemagen-bench` for real figures\n")
        #endif
        let sizes = quick ? [100, 1_000] : [100, 1_000, 10_000]
        var figures: [Figure] = []
        func report(_ new: [Figure]) {
            for figure in new { print(figure.line) }
            figures += new
        }
        for size in sizes { report(try generationInChild(size: size)) }
        report(try WholeGenerationBenchmark.run(size: sizes.last!))
        report(DiffBenchmark.run(size: sizes.last!))
        if let text = databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"] {
            report(try await IntrospectionBenchmark.run(size: 1_000, server: try DatabaseURL(text)))
            report(try await RowsBenchmark.run(server: try DatabaseURL(text)))
        } else {
            print("introspection skipped: pass --database-url or set DATABASE_URL")
        }
        if compile, !quick {
            report(try CompileBenchmark.run(sizes: [100, 1_000], repository: URL(filePath: FileManager.default.currentDirectoryPath)))
        }
        let missed = figures.filter { ($0.ratio ?? 0) >= 1 }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let document = Results(machine: Machine.current, figures: figures)
        let url = URL(filePath: results)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(document).write(to: url)
        print("\n\(figures.count) figures written to \(results); \(missed.isEmpty ? "every target met" : "\(missed.count) target(s) missed").")
    }

    private func generationInChild(size: Int) throws -> [Figure] {
        let process = Process()
        process.executableURL = URL(filePath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        process.arguments = ["--generation-child", String(size)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkError("the \(size)-table generation benchmark failed") }
        return try JSONDecoder().decode([Figure].self, from: data)
    }
}

struct Results: Codable {
    var machine: Machine
    var figures: [Figure]
}

/// Where the figures come from.
struct Machine: Codable {
    var cores: Int
    var memoryGiB: Double
    var system: String
    var date: String

    static var current: Machine {
        Machine(
            cores: ProcessInfo.processInfo.activeProcessorCount,
            memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824,
            system: ProcessInfo.processInfo.operatingSystemVersionString,
            date: Date().formatted(.iso8601))
    }
}
