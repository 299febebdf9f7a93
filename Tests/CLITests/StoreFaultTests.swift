import Foundation
import Model
import ModelImport
import ModelCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 6, part 5: the store's file missing, a directory, unreadable, read-only, not a
/// database, damaged, locked longer than the busy timeout, on a full disk, and a process killed
/// in the middle of a write. Each refusal is one clear line and exit 1; afterwards the store passes
/// `PRAGMA integrity_check` and holds exactly what was committed before (never part of an import).
@Suite(.serialized) struct StoreFaultTests {
    /// A store filled with the bundled gazette, and its JSON export.
    private func filledStore(_ cli: CLIRunner, at path: String) throws -> String {
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", path]).status == 0)
        return try export(cli, path)
    }

    private func export(_ cli: CLIRunner, _ path: String) throws -> String {
        try cli.run(["export", "--db", path, "--format", "json"]).stdout
    }

    @Test func aStoreThatCannotBeOpenedIsRefusedInOneLine() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let good = cli.path("good.sqlite")
        _ = try filledStore(cli, at: good)

        let blocker = cli.path("blocker")
        try Data("a file, not a directory".utf8).write(to: URL(fileURLWithPath: blocker))
        let missing = blocker + "/duban.sqlite"
        ledger.refused("missing (its directory cannot be made)", try cli.run(["list", "--db", missing]),
                       saying: [missing, "cannot create its directory"])

        let directory = cli.path("a-directory.sqlite")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for command in [["list"], ["update", "P2-1", "--progress", "5"], []] {
            ledger.refused("a directory (\(command.first ?? "dashboard"))", try cli.run(command + ["--db", directory]),
                           saying: [directory, "it is a directory"])
        }

        let text = cli.path("notes.sqlite")
        try Data(String(repeating: "这不是数据库 not a database\n", count: 300).utf8).write(to: URL(fileURLWithPath: text))
        for command in [["list"], ["import", CLIRunner.gazette], []] {
            ledger.refused("not a database (\(command.first ?? "dashboard"))", try cli.run(command + ["--db", text]),
                           saying: [text, "the file is not a database"])
        }

        let damaged = cli.path("damaged.sqlite")
        try FileManager.default.copyItem(atPath: good, toPath: damaged)
        try damage(damaged)
        for command in [["list"], ["update", "P2-1", "--progress", "5"], []] {
            ledger.refused("damaged page (\(command.first ?? "dashboard"))", try cli.run(command + ["--db", damaged]),
                           saying: [damaged, "damaged"])
        }
        #expect(try StoreProbe.integrity(good) == "ok", "the original is untouched")
        ledger.printSummary()
    }

    /// Overwrites the middle page of a closed store with bytes no page can start with.
    private func damage(_ path: String) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        let pageSize: UInt64 = 4096
        let pages = size / pageSize
        #expect(pages > 8, "a store with pages to damage")
        for page in [pages / 2, pages / 2 + 1, pages - 2] {
            try handle.seek(toOffset: page * pageSize)
            handle.write(Data(repeating: 0xA5, count: Int(pageSize)))
        }
        // The WAL and shared-memory files left by the last writer must not hide the damage.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test(.enabled(if: UnixAccounts.available, UnixAccounts.skipReason))
    func aStoreThisUserCannotReadOrWriteIsRefusedInOneLine() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(chmod(cli.directory.path, 0o755) == 0)
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        let before = try filledStore(cli, at: db)
        let asNobody = { (arguments: [String]) in
            try CLIRunner.execute(URL(fileURLWithPath: "/usr/sbin/runuser"), ["-u", "nobody", "--", CLIRunner.binary.path] + arguments,
                                  environment: ["HOME": cli.directory.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"],
                                  directory: cli.directory.path)
        }
        for file in [db, db + "-wal", db + "-shm"] { #expect(chmod(file, 0o644) == 0) }
        ledger.refused("read-only (update)", try asNobody(["update", "P2-1", "--progress", "5", "--db", db]),
                       saying: ["read-only", db, "not writable by nobody"])
        ledger.refused("read-only (import)", try asNobody(["import", CLIRunner.gazette, "--db", db]),
                       saying: ["read-only", db, "not writable by nobody"])
        for file in [db, db + "-wal", db + "-shm"] { #expect(chmod(file, 0o600) == 0) }
        ledger.refused("unreadable (list)", try asNobody(["list", "--db", db]), saying: [db, "cannot be read by nobody"])
        ledger.refused("unreadable (dashboard)", try asNobody(["--db", db]), saying: [db, "cannot be read by nobody"])
        #expect(try export(cli, db) == before)
        ledger.stored("read-only and unreadable", before: 352, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
        ledger.printSummary()
    }

    @Test func aWriteLockHeldLongerThanTheBusyTimeoutIsRefusedClearly() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        let before = try filledStore(cli, at: db)
        let big = cli.path("big.json")
        let batch = try BigBatch.write(copies: 1, to: big)
        let lock = try WriteLockHolder(path: db)
        var started = Date()
        let update = try cli.run(["update", "P2-1", "--progress", "5", "--db", db])
        let waited = Date().timeIntervalSince(started)
        started = Date()
        let imported = try cli.run(["import", big, "--db", db])
        let importWaited = Date().timeIntervalSince(started)
        #expect(try export(cli, db) == before, "reads go through while the lock is held, and nothing was written")
        try lock.release()
        print("store fault locked: update gave up after \(String(format: "%.1f", waited)) s, "
              + "import of \(batch) tasks after \(String(format: "%.1f", importWaited)) s")
        #expect(waited >= 4.5 && waited < 9, "waits the busy timeout (5 s), then gives up: \(waited) s")
        #expect(importWaited >= 4.5 && importWaited < 12, "the import waits the busy timeout too, then gives up: \(importWaited) s")
        ledger.refused("locked by a long write (update)", update, saying: [db, "another process", "try again"])
        ledger.refused("locked by a long write (import)", imported, saying: [db, "another process", "nothing was changed"])
        #expect(try export(cli, db) == before)
        ledger.stored("locked", before: 352, batch: batch, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
        #expect(try StoreProbe.taskCount(db) == 352, "none of the import")
        #expect(try cli.run(["update", "P2-1", "--progress", "5", "--db", db]).status == 0, "works once the lock is gone")
        ledger.printSummary()
    }

    @Test(.enabled(if: Tmpfs.available, Tmpfs.skipReason))
    func aFullDiskRefusesImportAndUpdateAndKeepsTheStore() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let disk = try Tmpfs(kilobytes: 4096)
        defer { disk.unmount() }
        let db = disk.path + "/t.sqlite"
        let before = try filledStore(cli, at: db)
        let big = cli.path("big.json")
        let batch = try BigBatch.write(copies: 4, to: big)
        disk.fill()
        let imported = try cli.run(["import", big, "--db", db])
        ledger.refused("disk full (import)", imported, saying: [db, "disk", "full"])
        let updated = try cli.run(["update", "P2-1", "--progress", "5", "--note", String(repeating: "进展", count: 4000), "--db", db])
        ledger.refused("disk full (update)", updated, saying: [db, "disk", "full"])
        try FileManager.default.removeItem(atPath: disk.path + "/filler")
        #expect(try export(cli, db) == before, "nothing of either write is in the store")
        ledger.stored("disk full", before: 352, batch: batch, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
        ledger.printSummary()
    }

    @Test func theDashboardStartsOnAStoreLockedByALongWriteAndSaysWhyAWriteFailed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        let before = try filledStore(cli, at: db)
        let lock = try WriteLockHolder(path: db)
        var locked = true
        defer { if locked { try? lock.release() } }
        let tmux = try TmuxSession.dashboard(cli, width: 140)
        defer { _ = try? tmux.tmux(["kill-server"]) }
        // It may start (WAL lets reads through a write) or refuse in one line; it must not hang.
        let first = try tmux.waitFor { screen in
            (screen.first?.contains("督办看板") == true && TmuxSession.statusLine(screen).contains("/352"))
                || (screen.contains { $0.hasPrefix("EXITED") } && screen.contains { $0.contains("icanon") })
        }
        if first.contains(where: { $0.hasPrefix("EXITED") }) {
            let said = first.prefix { !$0.hasPrefix("EXITED") }.filter { !$0.isEmpty }
            ledger.metByDashboard("locked (dashboard start)", coped: said.count == 1 && said[0].hasPrefix("duban: ")
                                  && first.contains("EXITED 1") && tmux.restored(first), shown: "refused: \(said)")
            ledger.printSummary()
            return
        }
        ledger.metByDashboard("locked (dashboard start)", coped: true, shown: "started, status line “\(TmuxSession.statusLine(first).trimmingCharacters(in: .whitespaces))”")

        // A write from the dashboard waits the busy timeout, then the form and the status line say why.
        try tmux.askToRecordFirstTask()
        let pressed = Date()
        try tmux.send("y")
        let waiting = try tmux.waitFor { $0.contains { $0.contains("正在记录…") } }
        #expect(waiting.contains { $0.contains("正在记录…（另有写入时最多等 5 秒）") }, "the form says the write is waiting")
        // The write waits on a thread of its own: the dashboard still answers a resize meanwhile.
        // Wider, not narrower: tmux cuts a pane's lines itself, but only a redraw fills new columns.
        try tmux.resize(width: 160, height: 40)
        let redrawnWhileWaiting = { (screen: [String]) in
            screen.contains { $0.contains("正在记录…") } && screen.contains { $0.hasPrefix(String(repeating: "─", count: 160)) }
        }
        let resized = try tmux.waitFor(timeout: 3, redrawnWhileWaiting)
        #expect(redrawnWhileWaiting(resized) && Date().timeIntervalSince(pressed) < 4.5,
                "redrawn at 160 columns while the write still waited: \(resized.joined(separator: "\n"))")
        let failed = try tmux.waitForFrame(total: 352, timeout: 20) { TmuxSession.statusLine($0).contains("未能记录") }
        let waited = Date().timeIntervalSince(pressed)
        let status = TmuxSession.statusLine(failed)
        let text = failed.joined(separator: "\n")
        ledger.metByDashboard("locked (u from the dashboard, after \(String(format: "%.1f", waited)) s)",
                              coped: status.contains("未能记录：另一程序正在写入")
                                  && text.contains("更新进展 · E11-1") && text.contains("未作任何改动；请稍后再试"),
                              shown: "status line “\(status.trimmingCharacters(in: .whitespaces))”")
        #expect(waited >= 4.5, "the write waited the busy timeout: \(waited) s")
        #expect(try export(cli, db) == before, "nothing was written")
        ledger.stored("locked (dashboard)", before: 352, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))

        // Once the lock is gone, the same form records, and the dashboard ends as usual.
        try lock.release()
        locked = false
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains { $0.contains("确认记录以上内容？") } }
        try tmux.send("y")
        let saved = try tmux.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("已记录 E11-1（第1版）") }
        #expect(TmuxSession.statusLine(saved).contains("已记录 E11-1（第1版）"), "\(saved.joined(separator: "\n"))")
        #expect(try StoreProbe.version(db, of: "E11-1") == 1)
        try tmux.send("q")
        let after = try tmux.waitForExit()
        #expect(after.contains("EXITED 0") && tmux.restored(after), "q exits 0 with the terminal restored")
        #expect(ProcessTable.holders(of: db).isEmpty, "no process keeps the store open")
        ledger.printSummary()
    }

    @Test(.enabled(if: Tmpfs.available, Tmpfs.skipReason))
    func theDashboardOnAFullDiskStartsAndSaysPlainlyThatAWriteFailed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let disk = try Tmpfs(kilobytes: 4096)
        defer { disk.unmount() }
        let db = disk.path + "/t.sqlite"
        let before = try filledStore(cli, at: db)
        disk.fill()
        let tmux = try TmuxSession.dashboard(cli, db: db)
        defer {
            // Before the unmount: a dashboard left running would keep the disk busy.
            _ = try? tmux.tmux(["kill-server"])
            _ = ProcessTable.waitUntil(timeout: 2) { ProcessTable.dubans(with: db).isEmpty }
        }
        let first = try tmux.waitForFrame(total: 352)
        ledger.metByDashboard("disk full (dashboard start)", coped: TmuxSession.statusLine(first).contains("/352"),
                              shown: "started, status line “\(TmuxSession.statusLine(first).trimmingCharacters(in: .whitespaces))”")

        try tmux.askToRecordFirstTask(progress: "35", note: "已召开领导小组会议")
        try tmux.send("y")
        let failed = try tmux.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("未能记录") }
        let status = TmuxSession.statusLine(failed)
        let text = failed.joined(separator: "\n")
        ledger.metByDashboard("disk full (u from the dashboard)",
                              coped: status.contains("未能记录：t.sqlite: the disk is full, so nothing was written")
                                  && text.contains("更新进展 · E11-1") && text.contains("已召开领导小组会议"),
                              shown: "status line “\(status.trimmingCharacters(in: .whitespaces))”, the form kept with its note")
        ledger.refused("disk full (update, short)", try cli.run(["update", "E11-1", "--progress", "40", "--db", db]),
                       saying: [db, "the disk is full"])
        #expect(try export(cli, db) == before, "nothing of either write is in the store")
        ledger.stored("disk full (dashboard)", before: 352, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))

        // Space freed: the form, still open with the user's input, records it; nothing was lost.
        try FileManager.default.removeItem(atPath: disk.path + "/filler")
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains { $0.contains("确认记录以上内容？") } }
        try tmux.send("y")
        let saved = try tmux.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("已记录 E11-1（第1版）") }
        #expect(TmuxSession.statusLine(saved).contains("已记录 E11-1（第1版）"), "\(saved.joined(separator: "\n"))")
        let shown = try cli.run(["show", "E11-1", "--db", db]).stdout
        #expect(shown.contains("未启动→推进中  0%→35%  “已召开领导小组会议”"), "\(shown)")
        try tmux.send("q")
        let after = try tmux.waitForExit()
        #expect(after.contains("EXITED 0") && tmux.restored(after), "q exits 0 with the terminal restored")
        #expect(try StoreProbe.integrity(db) == "ok")
        ledger.printSummary()
    }

    @Test func killingAnImportOrAnUpdateMidwayLeavesTheLastCommittedState() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        let before = try filledStore(cli, at: db)
        let big = cli.path("big.json")
        let batch = try BigBatch.write(copies: 10, to: big)
        // The other committed state the kill may leave: the whole import, run to its end on a copy
        // (the store is closed and checkpointed, so its main file holds everything).
        let whole = cli.path("whole.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: whole)
        #expect(try cli.run(["import", big, "--db", whole]).status == 0)
        let wholeExport = try export(cli, whole)
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
        let afterKill = try export(cli, db)
        let exportIs = afterKill == before ? "the export before the import, byte for byte"
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
        var committedExport = try export(cli, db)
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
            #expect(try StoreProbe.historyCount(db, of: "P2-1", note: "round \(round)") == version - committed,
                    "round \(round): the note is in the history exactly when the version moved")
            // The export is the last committed state's, byte for byte; or, when this update
            // landed, that state with P2-1's progress and time (and nothing else) changed.
            let afterKill = try export(cli, db)
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
        print("store fault kill -9 during update: 12 rounds over \(span / 1000) ms (seed 6), \(finishedCount) had finished, "
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

extension CLIRunner {
    /// Starts duban with `arguments` and returns at once; its output is discarded.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
