import ArgumentParser
import Foundation
import ModelCore
import ModelDemo
import ModelRead
import ModelStore

/// `duban-bench`: what following another process's write costs a dashboard on a large store —
/// a full load into a new `Snapshot` against `changes(since:)` and `Snapshot.apply(_:)`.
/// Prints figures; it asserts nothing but that both ways end at the same snapshot.
struct ReloadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Time a full reload against an incremental one (build with -c release)."
    )

    @Option(help: "Tasks in the store: the bundled gazette's tasks cloned under new ids.")
    var tasks = 100_000

    @Option(help: "History entries written before measuring.")
    var history = 1_000

    @Option(help: "Measured runs of each kind.")
    var runs = 10

    func validate() throws {
        guard tasks > 0, history >= 0, runs > 0 else { throw ValidationError("--tasks and --runs must be positive") }
    }

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duban-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        let writer = try SQLiteStore(path: path)
        let reader = try SQLiteStore(path: path)
        defer {
            try? reader.close()
            try? writer.close()
        }

        let clock = ContinuousClock()
        let setup = try clock.measure {
            let batch = try Self.clonedGazette(count: tasks)
            _ = try writer.apply(batch)
            for i in 0..<history {
                _ = try writer.update(
                    id: batch.tasks[i * 7_919 % batch.tasks.count].id, status: nil, progress: nil,
                    note: "进展 \(i)", kind: .note, actor: "bench", at: Date(), ifVersion: nil)
            }
        }
        let ids = try reader.tasks().map(\.id)
        print("duban-bench: \(ids.count) tasks, \(history) history entries, \(runs) runs; setup \(Timing.text(setup))")

        var full: [Duration] = []
        var contents = try reader.loadAll()
        for _ in 0..<runs {
            full.append(try clock.measure { contents = try reader.loadAll() })
        }
        var snapshot = Snapshot(contents)
        var build: [Duration] = []
        for _ in 0..<runs {
            build.append(clock.measure { snapshot = Snapshot(contents) })
        }
        var total: [Duration] = []
        for (load, index) in zip(full, build) { total.append(load + index) }

        var cursor = contents.cursor
        var read: [Duration] = [], shared: [Duration] = [], inPlace: [Duration] = []
        var incrementalShared: [Duration] = [], incrementalInPlace: [Duration] = []
        for run in 0..<(2 * runs) {
            _ = try writer.update(
                id: ids[(run * 104_729) % ids.count], status: .inProgress, progress: run % 101,
                note: "第\(run)次", actor: "bench", at: Date(), ifVersion: nil)
            let start = clock.now
            let changes = try reader.changes(since: cursor)
            let fetched = clock.now
            if run < runs {
                // As `let newer = { var s = old; s.apply(c); return s }()` while `old` is kept.
                var shared = snapshot
                shared.apply(changes)
                snapshot = shared
            } else {
                snapshot.apply(changes)
            }
            let applied = clock.now
            guard changes.tasks.count == 1, changes.history.count == 1, changes.reload == nil else {
                throw ValidationError("expected one task and one entry, got \(changes.tasks.count) and \(changes.history.count)")
            }
            cursor = changes.cursor
            read.append(fetched - start)
            if run < runs {
                shared.append(applied - fetched)
                incrementalShared.append(applied - start)
            } else {
                inPlace.append(applied - fetched)
                incrementalInPlace.append(applied - start)
            }
        }

        let reloaded = Snapshot(try reader.loadAll())
        guard reloaded.tasks == snapshot.tasks, reloaded.history == snapshot.history,
            reloaded.tasksByLeader == snapshot.tasksByLeader, reloaded.assignmentsByUnit == snapshot.assignmentsByUnit
        else {
            throw ValidationError("the incrementally applied snapshot differs from a full load")
        }

        print("full reload, loadAll():                   \(Timing.summary(full))")
        print("full reload, Snapshot(contents):          \(Timing.summary(build))")
        print("full reload, total:                       \(Timing.summary(total))")
        print("after one update, changes(since:):        \(Timing.summary(read))")
        print("after one update, apply in place:         \(Timing.summary(inPlace))")
        print("after one update, apply to a shared copy: \(Timing.summary(shared))")
        print("incremental, changes + apply in place:    \(Timing.summary(incrementalInPlace))")
        print("incremental, changes + apply shared copy: \(Timing.summary(incrementalShared))")
        print("check: the incremental snapshot equals a full load")
    }

    /// The bundled gazette's tasks, cloned with ids `P2-8`, `P2-8.1`, `P2-8.2` … until there are `count`.
    static func clonedGazette(count: Int) throws -> ImportBatch {
        var batch = try SampleData.gazette().batch
        let sample = batch.tasks
        batch.tasks = (0..<count).map { i in
            var task = sample[i % sample.count]
            let copy = i / sample.count
            if copy > 0 { task.id += ".\(copy)" }
            return task
        }
        return batch
    }
}
