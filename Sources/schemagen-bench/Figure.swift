import Foundation

/// One measured figure, with the target it must stay under when there is one.
struct Figure: Codable {
    var name: String
    var value: Double
    /// `ms`, `s`, `MiB`, `warnings`.
    var unit: String
    var target: Double?

    /// The figure divided by its target: under 1 meets it.
    var ratio: Double? { target.map { value / $0 } }

    var line: String {
        let shown = value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
        var text = name.padding(toLength: 58, withPad: " ", startingAt: 0) + " " + (shown + " " + unit).padding(toLength: 14, withPad: " ", startingAt: 0)
        if let target, let ratio {
            text += String(format: " target < %g %@  ratio %.2f %@", target, unit, ratio, ratio < 1 ? "ok" : "MISSED")
        }
        return text
    }
}

/// Timing and memory helpers.
enum Measure {
    /// The median wall time of `repetitions` runs of `body`, in milliseconds.
    static func milliseconds(repetitions: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            let start = clock.now
            try body()
            let elapsed = clock.now - start
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return times.sorted()[times.count / 2]
    }

    static func milliseconds(repetitions: Int, _ body: () async throws -> Void) async rethrows -> Double {
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            let start = clock.now
            try await body()
            let elapsed = clock.now - start
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return times.sorted()[times.count / 2]
    }

    /// The process's peak resident memory so far, in MiB.
    static var peakMemory: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
