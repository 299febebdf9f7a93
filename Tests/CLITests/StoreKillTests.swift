import Foundation
import ModelCore
import ModelDemo
import ModelImport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 6, part 5, the last fault: a process killed in the middle of a write leaves the store
/// with exactly what was committed before, or the whole write; never part of it.
@Suite(.serialized) struct StoreKillTests {
    @Test func killingAnImportOrAnUpdateMidwayLeavesTheLastCommittedState() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        let before = try cli.filledStore(at: db)
        let big = cli.path("big.json")
        let batch = try BigBatch.write(copies: 10, to: big)
        // The other committed state the kill may leave: the whole import, run to its end on a copy
        // (the store is closed and checkpointed, so its main file holds everything).
        let whole = cli.path("whole.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: whole)
        #expect(try cli.run(["import", big, "--db", whole]).status == 0)
        let wholeExport = try cli.export(whole)
        #expect(wholeExport != before)

        // The import is killed once its write has begun: the WAL file grows.
        let walBefore = fileSize(db + "-wal")
        let importer = try cli.start(["import", big, "--db", db])
        let deadline = Date().addingTimeInterval(60)
        while fileSize(db + "-wal") <= walBefore, importer.isRunning, Date() < deadline { usleep(1000) }
        let midway = importer.isRunning
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        #expect(midway, "the import was still writing when killed")
        ledger.killed("kill -9 during import (\(batch) tasks)")
        let count = try StoreProbe.taskCount(db)
        let afterKill = try cli.export(db)
        let exportIs =
            afterKill == before
            ? "the export before the import, byte for byte"
            : afterKill == wholeExport ? "the export of the whole import, byte for byte" : "neither committed state's export"
        print("store fault kill -9 during import: \(count) tasks afterwards (before 352, batch \(batch)), \(exportIs)")
        #expect(afterKill == before || afterKill == wholeExport, "the store is one committed state: \(exportIs)")
        ledger.stored("kill -9 import", before: 352, batch: batch, count: count, integrity: try StoreProbe.integrity(db))

        // Updates killed after seeded delays: each either committed whole or not at all, and a
        // version once committed is never lost.
        // The delays span one whole update, measured here, so some kills land before, some
        // during and some after its transaction.
        let timed = Date()
        #expect(try cli.run(["update", "P2-1", "--progress", "1", "--db", db]).status == 0)
        let span = UInt32(Date().timeIntervalSince(timed) * 1_000_000)
        var generator = SplitMix64(seed: 6)
        var committed = try StoreProbe.version(db, of: "P2-1")
        var committedExport = try cli.export(db)
        var finishedCount = 0
        var sameExports = 0, landedExports = 0
        for round in 0..<12 {
            let update = try cli.start(["update", "P2-1", "--progress", "\(round % 100)", "--note", "round \(round)", "--db", db])
            usleep(UInt32.random(in: span / 3...span * 11 / 10, using: &generator))
            kill(update.processIdentifier, SIGKILL)
            update.waitUntilExit()
            let finished = update.terminationReason == .exit && update.terminationStatus == 0
            let version = try StoreProbe.version(db, of: "P2-1")
            #expect(version == committed || version == committed + 1, "round \(round): version \(version) after \(committed)")
            #expect(!finished || version == committed + 1, "round \(round): a finished update is kept")
            ledger.killed("kill -9 during update \(round) (\(finished ? "had finished" : "killed"), version \(version))")
            ledger.stored("kill -9 update \(round)", before: 352, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
            #expect(
                try StoreProbe.historyCount(db, of: "P2-1", note: "round \(round)") == version - committed,
                "round \(round): the note is in the history exactly when the version moved")
            // The export is the last committed state's, byte for byte; or, when this update
            // landed, that state with P2-1's progress and time (and nothing else) changed.
            let afterKill = try cli.export(db)
            if version == committed {
                #expect(afterKill == committedExport, "round \(round): not committed, so the export is unchanged")
                sameExports += 1
            } else {
                let expected = try landed(committedExport, afterKill, id: "P2-1", progress: round % 100)
                #expect(afterKill == expected, "round \(round): committed, so the export is the last one with P2-1's update only")
                landedExports += 1
            }
            committedExport = afterKill
            committed = version
            if finished { finishedCount += 1 }
        }
        print(
            "store fault kill -9 during update: 12 rounds over \(span / 1000) ms (seed 6), \(finishedCount) had finished, "
                + "\(12 - finishedCount) killed, no committed version lost; exports: \(sameExports) byte-identical to the last "
                + "committed state, \(landedExports) that state plus the landed update only")
        ledger.printSummary()
    }

    /// What the export after an update of `id` to `progress` must be: the export before it with that
    /// task's progress and time changed (the time is the store's: it is the update's own instant).
    private func landed(_ before: String, _ after: String, id: String, progress: Int) throws -> String {
        let previous = try TaskJSON.decode(Data(before.utf8), file: "before")
        #expect(String(decoding: TaskJSON.encode(previous), as: UTF8.self) == before, "the export reads back to the same bytes")
        let stored = try TaskJSON.decode(Data(after.utf8), file: "after").first { $0.id == id }
        let expected = previous.map { task -> Task in
            guard task.id == id, let stored else { return task }
            var task = task
            task.progress = progress
            #expect(stored.updatedAt.map { $0 >= (task.updatedAt ?? .distantPast) } == true, "the update's time follows the last")
            task.updatedAt = stored.updatedAt
            return task
        }
        return String(decoding: TaskJSON.encode(expected), as: UTF8.self)
    }

    private func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
