#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Dashboard
import Foundation
import Model

/// `duban-speed`: the dashboard's own work on a large store, without a terminal — loading it,
/// the first frame, and what one key costs (reducer plus render), in CPU time of this thread.
/// Prints medians; asserts nothing. Build with `-c release` and give it a store (`duban gen`).
@main
struct SpeedBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duban-speed",
        abstract: "Time load, first frame and per-key work of the dashboard on a store (build with -c release)."
    )

    @Option(help: "The store to read (it is not written).")
    var db: String

    @Option(help: "Measured runs of each kind.")
    var runs = 5

    func run() throws {
        let store = try SQLiteStore(path: db)
        defer { try? store.close() }
        let today = Today(day: Day(year: 2020, month: 7, day: 1)!, source: .option)
        var contents = try store.loadAll()
        var load: [Duration] = [], build: [Duration] = [], first: [Duration] = []
        for _ in 0..<runs {
            load.append(try CPUClock.measure { contents = try store.loadAll() })
            var snapshot: Snapshot?
            build.append(CPUClock.measure { snapshot = Snapshot(contents) })
            first.append(CPUClock.measure {
                var state = AppState(snapshot: snapshot!, today: today, width: 120, height: 40)
                _ = reduce(&state, .resize(width: 120, height: 40))
                _ = render(state)
            })
        }
        print("duban-speed: \(contents.tasks.count) tasks, \(runs) runs, CPU time of one thread (median)")
        print("\(Self.median(load))   loadAll()")
        print("\(Self.median(build))   Snapshot(contents)")
        print("\(Self.median(first))   state + first frame (overview)")
        print("\(Self.median(zip(zip(load, build), first).map { $0.0 + $0.1 + $1 }))   start, total")

        var state = AppState(snapshot: Snapshot(contents), today: today, width: 120, height: 40)
        _ = reduce(&state, .resize(width: 120, height: 40))
        for (name, setup) in [("j, 全部任务", [Action.switchView(.allTasks)]),
                              ("j, 按领导 tasks", [.switchView(.byLeader), .focusNext]),
                              ("j, 按单位 tasks", [.switchView(.byUnit), .focusNext]),
                              ("j, 按领导 groups", [.switchView(.byLeader), .focusPrevious])] {
            for action in setup { _ = reduce(&state, action) }
            _ = render(state)
            let times = (0..<max(runs, 10)).map { _ in Self.step(&state, .move(1)) }
            print("\(Self.median(times))   \(name)")
        }
        _ = reduce(&state, .switchView(.allTasks))
        _ = reduce(&state, .openFilter)
        var keys: [Duration] = []
        for _ in 0..<runs {
            for character in "统计局" { keys.append(Self.step(&state, .promptKey(.character(character)))) }
            for _ in 0..<3 { keys.append(Self.step(&state, .promptKey(.backspace))) }
        }
        print("\(Self.median(keys))   filter keystroke, 全部任务")
        _ = reduce(&state, .promptKey(.escape))
        _ = reduce(&state, .switchView(.overview))
        let overview = (0..<runs).map { _ in Self.step(&state, .redraw) }
        print("\(Self.median(overview))   overview, a frame")
    }

    /// One action and the frame after it.
    static func step(_ state: inout AppState, _ action: Action) -> Duration {
        CPUClock.measure {
            _ = reduce(&state, action)
            _ = render(state)
        }
    }

    static func median(_ durations: [Duration]) -> String {
        let sorted = durations.sorted()
        let median = (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
        let milliseconds = Double(median.components.seconds) * 1_000 + Double(median.components.attoseconds) / 1e15
        return String(format: "%9.2f ms", milliseconds)
    }
}

/// CPU time of the calling thread, which the other builders on the machine do not inflate.
enum CPUClock {
    static func measure(_ body: () throws -> Void) rethrows -> Duration {
        let start = now()
        try body()
        return now() - start
    }

    private static func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
