import Foundation
import Testing

@testable import ModelCore
@testable import ModelDemo

/// `Simulator`: synthetic progress by simulated actors, through the normal update path.
@Suite struct SimulatorTests {
    private static let at = StoreSample.instant("2020-06-28T10:12:00Z")

    private func tasks() -> [Task] {
        var tasks = (1...6).map { StoreSample.task($0) }
        tasks[1].leaders = ["马长军", "邵锋"]
        tasks[2].status = .done
        tasks[2].progress = 100
        tasks[3].status = .inProgress
        tasks[3].progress = 90
        return tasks
    }

    @Test func writesOneEntryPerStepAllBySimulatedActors() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette(tasks()))
            let before = try store.tasks()
            var simulator = try Simulator(store: store, seed: 42)
            for _ in 0..<40 {
                guard try simulator.step(at: Self.at) else { break }
            }
            let history = try store.history(since: nil, actor: nil, limit: nil)
            #expect(history.count == simulator.tally.writes)
            #expect(simulator.tally.conflicts == 0)
            #expect(simulator.tally.updates > 0 && simulator.tally.notes > 0 && simulator.tally.instructions > 0)
            #expect(history.allSatisfy { $0.actor.hasPrefix(SimulatedChange.actorPrefix) })
            #expect(history.compactMap(\.note).allSatisfy { $0.hasPrefix(SimulatedChange.notePrefix) })
            for entry in history where entry.kind == .instruction {
                let task = try #require(before.first { $0.id == entry.taskID })
                #expect(task.leaders.map { SimulatedChange.actorPrefix + $0 }.contains(entry.actor))
            }
            #expect(!history.contains { $0.taskID == "P2-3" }, "a done task is left alone")
            for entry in history where entry.kind == .update {
                #expect(entry.newProgress! > entry.oldProgress!, "progress only rises")
            }
            // Only status, progress, updatedAt and version change.
            for (old, new) in zip(before, try store.tasks()) {
                var kept = new
                kept.status = old.status
                kept.progress = old.progress
                kept.updatedAt = old.updatedAt
                kept.version = old.version
                #expect(kept == old)
                #expect(new.version - old.version == history.filter { $0.taskID == old.id }.count)
            }
        }
    }

    @Test func theSameSeedWritesTheSameChanges() throws {
        func run() throws -> [ProgressEntry] {
            try withTemporaryStore { store, _ in
                _ = try store.apply(StoreSample.gazette(tasks()))
                var simulator = try Simulator(store: store, seed: 7)
                for _ in 0..<15 { _ = try simulator.step(at: Self.at) }
                return try store.history(since: nil, actor: nil, limit: nil)
            }
        }
        #expect(try run() == run())
    }

    @Test func stopsWhenEveryTaskIsDone() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1, status: .inProgress, progress: 99)]))
            var simulator = try Simulator(store: store, seed: 1)
            var steps = 0
            while try simulator.step(at: Self.at) { steps += 1 }
            #expect(try store.task(id: "P2-1")?.status == .done)
            #expect(steps == simulator.tally.writes)
            #expect(try !simulator.step(at: Self.at))
        }
    }
}
