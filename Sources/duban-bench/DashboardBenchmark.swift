import ArgumentParser
import DashboardUI
import Foundation
import ModelCore
import ModelRead
import ModelStore

/// `duban-bench dashboard --db PATH`: what the dashboard computes, measured inside one process on an
/// existing store — the load (store → snapshot, in sequence and as the dashboard overlaps it → first
/// state → first frame), one filter keystroke
/// (reduce + render of the real `AppState` in the 全部 view at 120x40) for text, `leader:`, `unit:`
/// and a combined filter, and one `j` there (CPU time). Drawing through ncurses is not included:
/// `scripts/bench` measures that from outside, through a pty.
struct DashboardBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Time load, filter keystrokes and j on a store, in process."
    )

    @Option(help: "The store to measure (e.g. written by `duban gen --output FILE.sqlite`).")
    var db: String

    @Option(help: "Measured runs of each kind.")
    var runs = 10

    @Option(help: "The date overdue is measured against.")
    var today = "2020-07-01"

    @Flag(help: "Print the figures as one JSON object (milliseconds) instead of lines.")
    var json = false

    /// Writing the store's snapshot image as a cold start does (in the background), then the load
    /// from it that every later start makes, to the first frame (written at low priority, so the write
    /// is slower than it need be); none below `SnapshotImage.minimumTasks`.
    private func imageFigures(_ store: SQLiteStore, day: Today) throws -> [(String, Figures)] {
        let clock = ContinuousClock()
        let (snapshot, cursor, _) = try store.loadSnapshot(useImage: false)
        var writes: [Duration] = [], loads: [Duration] = [], totals: [Duration] = []
        for _ in 0..<runs {
            // An image as recent as this snapshot would be kept rather than written again.
            try? FileManager.default.removeItem(atPath: SnapshotImage.path(forStore: store.path))
            var writer: SnapshotImageWriter?
            writes.append(
                clock.measure {
                    writer = SnapshotImageWriter.start(for: store, snapshot: snapshot, cursor: cursor, source: .rows)
                    writer?.wait()
                })
            guard let writer else { return [] }
            if let failure = writer.failure { throw ValidationError("the snapshot image was not written: \(failure)") }
        }
        for _ in 0..<runs {
            var loaded: (snapshot: Snapshot, cursor: ChangeCursor, source: SnapshotSource)?
            let load = try clock.measure { loaded = try store.loadSnapshot() }
            guard case .image = loaded!.source else { throw ValidationError("the load did not read the snapshot image") }
            let start = clock.now
            _ = render(AppState(snapshot: loaded!.snapshot, today: day, width: 120, height: 40))
            loads.append(load)
            totals.append(load + (clock.now - start))
        }
        return [("image.write", Figures(writes)), ("load.image", Figures(loads)), ("load.imageTotal", Figures(totals))]
    }

    /// The filters typed, each measured at its last keystroke.
    static let filters: [(name: String, text: String)] = [
        ("text", "乡村振兴"), ("leader", "leader:赵丽亭"), ("unit", "unit:金积镇"),
        ("combined", "leader:马长军 unit:发改局 !status:done 改造"), ("pinyin", "mcj")
    ]

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be positive") }
        guard Day(today) != nil else { throw ValidationError("--today must be YYYY-MM-DD") }
    }

    func run() throws {
        let store = try SQLiteStore(path: db)
        defer { try? store.close() }
        let day = Today(day: Day(today)!, source: .option)
        let clock = ContinuousClock()
        var figures: [(String, Figures)] = []

        // The two halves of a load one after the other, then as the dashboard loads: the rows
        // indexed on a second thread while they are read (`loadSnapshot`).
        var loads: [Duration] = [], builds: [Duration] = [], pipelined: [Duration] = []
        var states: [Duration] = [], frames: [Duration] = []
        var state: AppState?
        for _ in 0..<runs {
            var contents: StoreContents?
            loads.append(try clock.measure { contents = try store.loadAll() })
            builds.append(clock.measure { _ = Snapshot(contents!) })
            contents = nil
            state = nil  // the previous run's state is let go here, not inside a measured step
            var snapshot: Snapshot?
            pipelined.append(try clock.measure { snapshot = try store.loadSnapshot(useImage: false).snapshot })
            states.append(clock.measure { state = AppState(snapshot: snapshot!, today: day, width: 120, height: 40) })
            frames.append(clock.measure { _ = render(state!) })
        }
        let total = (0..<runs).map { pipelined[$0] + states[$0] + frames[$0] }
        figures += [
            ("load.loadAll", Figures(loads)), ("load.snapshot", Figures(builds)),
            ("load.pipelined", Figures(pipelined)), ("load.state", Figures(states)),
            ("load.firstFrame", Figures(frames)), ("load.total", Figures(total))
        ]
        figures += try imageFigures(store, day: day)

        var base = state!
        _ = reduce(&base, .switchView(.allTasks))
        let shown = base.taskRows(.allTasks).count
        for (name, text) in Self.filters {
            var typed = base
            press(.character("/"), on: &typed)
            for character in text.dropLast() { press(.character(character), on: &typed) }
            var totals: [Duration] = [], renders: [Duration] = []
            var matched = 0
            for _ in 0..<runs {
                var copy = typed
                let start = clock.now
                press(.character(text.last!), on: &copy)
                let reduced = clock.now
                _ = render(copy)
                let end = clock.now
                totals.append(end - start)
                renders.append(end - reduced)
                matched = copy.taskRows(.allTasks).count
            }
            figures += [("filter.\(name)", Figures(totals)), ("filter.\(name).render", Figures(renders))]
            if !json { print("filter \(name) “\(text)”: \(matched) of \(shown) shown tasks match") }
        }

        var moving = base
        var cpu: [Duration] = [], wall: [Duration] = []
        for _ in 0..<runs {
            let start = clock.now, startCPU = Timing.processCPU()
            press(.character("j"), on: &moving)
            _ = render(moving)
            cpu.append(Timing.processCPU() - startCPU)
            wall.append(clock.now - start)
        }
        figures += [("j.cpu", Figures(cpu)), ("j.wall", Figures(wall))]

        if json {
            var object: [String: Any] = ["tasks": state!.snapshot.tasks.count, "runs": runs]
            for (name, value) in figures { object[name] = value.json }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("duban-bench dashboard: \(state!.snapshot.tasks.count) tasks, \(runs) runs, 120x40, view 全部")
            for (name, value) in figures {
                print(name.padding(toLength: 24, withPad: " ", startingAt: 0) + Timing.summary(value))
            }
        }
    }

    /// Presses a key as the dashboard's loop does: key → action → reduce (effects are not run).
    private func press(_ key: Key, on state: inout AppState) {
        if let action = action(for: key, in: state) { _ = reduce(&state, action) }
    }
}
