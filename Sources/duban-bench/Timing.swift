import Foundation

/// Summaries of measured durations, as every benchmark of duban-bench prints them.
enum Timing {
    /// `min … median … max` in milliseconds.
    static func summary(_ durations: [Duration]) -> String {
        summary(Figures(durations))
    }

    static func summary(_ figures: Figures) -> String {
        "min \(text(figures.min))  median \(text(figures.median))  max \(text(figures.max))"
    }

    static func text(_ duration: Duration) -> String {
        String(format: "%9.2f ms", milliseconds(duration))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    /// The CPU time this process has used so far (all threads).
    static func processCPU() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}

/// The minimum, median and maximum of some measured durations.
struct Figures {
    var min: Duration
    var median: Duration
    var max: Duration

    init(_ durations: [Duration]) {
        let sorted = durations.sorted()
        min = sorted[0]
        median = (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
        max = sorted[sorted.count - 1]
    }

    /// The figures in milliseconds, for `--json`.
    var json: [String: Double] {
        ["min": Timing.milliseconds(min), "median": Timing.milliseconds(median), "max": Timing.milliseconds(max)]
    }
}
