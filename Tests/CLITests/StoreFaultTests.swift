import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 6, part 5: the store's file missing, a directory, unreadable, read-only, not a
/// database, damaged, locked longer than the busy timeout, on a full disk (a process killed in
/// the middle of a write: StoreKillTests). Each refusal is one clear line and exit 1; afterwards the store passes
/// `PRAGMA integrity_check` and holds exactly what was committed before (never part of an import).
@Suite(.serialized) struct StoreFaultTests {
    @Test func aStoreThatCannotBeOpenedIsRefusedInOneLine() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let good = cli.path("good.sqlite")
        _ = try cli.filledStore(at: good)

        let blocker = cli.path("blocker")
        try Data("a file, not a directory".utf8).write(to: URL(fileURLWithPath: blocker))
        let missing = blocker + "/duban.sqlite"
        ledger.refused(
            "missing (its directory cannot be made)", try cli.run(["import", CLIRunner.gazette, "--db", missing]),
            saying: [missing, "cannot create its directory"])
        ledger.refused("missing (list)", try cli.run(["list", "--db", missing]), saying: [missing, "no store at", "(from --db)"])

        let directory = cli.path("a-directory.sqlite")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for command in [["list"], ["update", "P2-1", "--progress", "5"], []] {
            ledger.refused(
                "a directory (\(command.first ?? "dashboard"))", try cli.run(command + ["--db", directory]),
                saying: [directory, "it is a directory"])
        }

        let text = cli.path("notes.sqlite")
        try Data(String(repeating: "这不是数据库 not a database\n", count: 300).utf8).write(to: URL(fileURLWithPath: text))
        for command in [["list"], ["import", CLIRunner.gazette], []] {
            ledger.refused(
                "not a database (\(command.first ?? "dashboard"))", try cli.run(command + ["--db", text]),
                saying: [text, "the file is not a database"])
        }

        let damaged = cli.path("damaged.sqlite")
        try FileManager.default.copyItem(atPath: good, toPath: damaged)
        try damage(damaged)
        for command in [["list"], ["update", "P2-1", "--progress", "5"], []] {
            ledger.refused(
                "damaged page (\(command.first ?? "dashboard"))", try cli.run(command + ["--db", damaged]),
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
        let before = try cli.filledStore(at: db)
        let asNobody = { (arguments: [String]) in
            try CLIRunner.execute(
                URL(fileURLWithPath: "/usr/sbin/runuser"), ["-u", "nobody", "--", CLIRunner.binary.path] + arguments,
                environment: ["HOME": cli.directory.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"],
                directory: cli.directory.path)
        }
        for file in [db, db + "-wal", db + "-shm"] { #expect(chmod(file, 0o644) == 0) }
        ledger.refused(
            "read-only (update)", try asNobody(["update", "P2-1", "--progress", "5", "--db", db]),
            saying: ["read-only", db, "not writable by nobody"])
        ledger.refused(
            "read-only (import)", try asNobody(["import", CLIRunner.gazette, "--db", db]),
            saying: ["read-only", db, "not writable by nobody"])
        for file in [db, db + "-wal", db + "-shm"] { #expect(chmod(file, 0o600) == 0) }
        ledger.refused("unreadable (list)", try asNobody(["list", "--db", db]), saying: [db, "cannot be read by nobody"])
        ledger.refused("unreadable (dashboard)", try asNobody(["--db", db]), saying: [db, "cannot be read by nobody"])
        #expect(try cli.export(db) == before)
        ledger.stored("read-only and unreadable", before: 352, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
        ledger.printSummary()
    }

    @Test func aWriteLockHeldLongerThanTheBusyTimeoutIsRefusedClearly() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        let before = try cli.filledStore(at: db)
        let big = cli.path("big.json")
        let batch = try BigBatch.write(copies: 1, to: big)
        let lock = try WriteLockHolder(path: db)
        var started = Date()
        let update = try cli.run(["update", "P2-1", "--progress", "5", "--db", db])
        let waited = Date().timeIntervalSince(started)
        started = Date()
        let imported = try cli.run(["import", big, "--db", db])
        let importWaited = Date().timeIntervalSince(started)
        #expect(try cli.export(db) == before, "reads go through while the lock is held, and nothing was written")
        try lock.release()
        print(
            "store fault locked: update gave up after \(String(format: "%.1f", waited)) s, "
                + "import of \(batch) tasks after \(String(format: "%.1f", importWaited)) s")
        #expect(waited >= 4.5 && waited < 9, "waits the busy timeout (5 s), then gives up: \(waited) s")
        #expect(importWaited >= 4.5 && importWaited < 12, "the import waits the busy timeout too, then gives up: \(importWaited) s")
        ledger.refused("locked by a long write (update)", update, saying: [db, "another process", "try again"])
        ledger.refused("locked by a long write (import)", imported, saying: [db, "another process", "nothing was changed"])
        #expect(try cli.export(db) == before)
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
        let before = try cli.filledStore(at: db)
        let big = cli.path("big.json")
        let batch = try BigBatch.write(copies: 4, to: big)
        disk.fill()
        let imported = try cli.run(["import", big, "--db", db])
        ledger.refused("disk full (import)", imported, saying: [db, "disk", "full"])
        let updated = try cli.run(["update", "P2-1", "--progress", "5", "--note", String(repeating: "进展", count: 4000), "--db", db])
        ledger.refused("disk full (update)", updated, saying: [db, "disk", "full"])
        try FileManager.default.removeItem(atPath: disk.path + "/filler")
        #expect(try cli.export(db) == before, "nothing of either write is in the store")
        ledger.stored("disk full", before: 352, batch: batch, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
        ledger.printSummary()
    }

    @Test func theDashboardStartsOnAStoreLockedByALongWriteAndSaysWhyAWriteFailed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        let before = try cli.filledStore(at: db)
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
            ledger.metByDashboard(
                "locked (dashboard start)",
                coped: said.count == 1 && said[0].hasPrefix("duban: ")
                    && first.contains("EXITED 1") && tmux.restored(first), shown: "refused: \(said)")
            ledger.printSummary()
            return
        }
        ledger.metByDashboard(
            "locked (dashboard start)", coped: true,
            shown: "started, status line “\(TmuxSession.statusLine(first).trimmingCharacters(in: .whitespaces))”")

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
        #expect(
            redrawnWhileWaiting(resized) && Date().timeIntervalSince(pressed) < 4.5,
            "redrawn at 160 columns while the write still waited: \(resized.joined(separator: "\n"))")
        let failed = try tmux.waitForFrame(total: 352, timeout: 20) { TmuxSession.statusLine($0).contains("未能记录") }
        let waited = Date().timeIntervalSince(pressed)
        let status = TmuxSession.statusLine(failed)
        let text = failed.joined(separator: "\n")
        ledger.metByDashboard(
            "locked (u from the dashboard, after \(String(format: "%.1f", waited)) s)",
            coped: status.contains("未能记录：另一程序正在写入")
                && text.contains("更新进展 · E11-1") && text.contains("未作任何改动；请稍后再试"),
            shown: "status line “\(status.trimmingCharacters(in: .whitespaces))”")
        #expect(waited >= 4.5, "the write waited the busy timeout: \(waited) s")
        #expect(try cli.export(db) == before, "nothing was written")
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
        let before = try cli.filledStore(at: db)
        disk.fill()
        let tmux = try TmuxSession.dashboard(cli, db: db)
        defer {
            // Before the unmount: a dashboard left running would keep the disk busy.
            _ = try? tmux.tmux(["kill-server"])
            _ = ProcessTable.waitUntil(timeout: 2) { ProcessTable.dubans(with: db).isEmpty }
        }
        let first = try tmux.waitForFrame(total: 352)
        ledger.metByDashboard(
            "disk full (dashboard start)", coped: TmuxSession.statusLine(first).contains("/352"),
            shown: "started, status line “\(TmuxSession.statusLine(first).trimmingCharacters(in: .whitespaces))”")

        try tmux.askToRecordFirstTask(progress: "35", note: "已召开领导小组会议")
        try tmux.send("y")
        let failed = try tmux.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("未能记录") }
        let status = TmuxSession.statusLine(failed)
        let text = failed.joined(separator: "\n")
        ledger.metByDashboard(
            "disk full (u from the dashboard)",
            coped: status.contains("未能记录：t.sqlite: the disk is full, so nothing was written")
                && text.contains("更新进展 · E11-1") && text.contains("已召开领导小组会议"),
            shown: "status line “\(status.trimmingCharacters(in: .whitespaces))”, the form kept with its note")
        ledger.refused(
            "disk full (update, short)", try cli.run(["update", "E11-1", "--progress", "40", "--db", db]),
            saying: [db, "the disk is full"])
        #expect(try cli.export(db) == before, "nothing of either write is in the store")
        ledger.stored("disk full (dashboard)", before: 352, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))

        // Space freed: the form, still open with the user's input, records it; nothing was lost.
        try FileManager.default.removeItem(atPath: disk.path + "/filler")
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains { $0.contains("确认记录以上内容？") } }
        try tmux.send("y")
        let saved = try tmux.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("已记录 E11-1（第1版）") }
        #expect(TmuxSession.statusLine(saved).contains("已记录 E11-1（第1版）"), "\(saved.joined(separator: "\n"))")
        let shown = try cli.run(["show", "E11-1", "--db", db], environment: ["DUBAN_LANG": "zh"]).stdout
        #expect(shown.contains("未启动→推进中  0%→35%  “已召开领导小组会议”"), "\(shown)")
        try tmux.send("q")
        let after = try tmux.waitForExit()
        #expect(after.contains("EXITED 0") && tmux.restored(after), "q exits 0 with the terminal restored")
        #expect(try StoreProbe.integrity(db) == "ok")
        ledger.printSummary()
    }
}
