import Foundation
import Model
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
        ledger.stored("read-only and unreadable", before: 308, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
        ledger.printSummary()
    }

    @Test func aWriteLockHeldLongerThanTheBusyTimeoutIsRefusedClearly() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        let before = try filledStore(cli, at: db)
        let lock = try WriteLockHolder(path: db)
        let started = Date()
        let update = try cli.run(["update", "P2-1", "--progress", "5", "--db", db])
        let waited = Date().timeIntervalSince(started)
        try lock.release()
        print("store fault locked: update gave up after \(String(format: "%.1f", waited)) s")
        #expect(waited >= 4.5 && waited < 9, "waits the busy timeout (5 s), then gives up: \(waited) s")
        ledger.refused("locked by a long write (update)", update, saying: [db, "another process", "try again"])
        #expect(try export(cli, db) == before)
        ledger.stored("locked", before: 308, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
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
        ledger.stored("disk full", before: 308, batch: batch, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
        ledger.printSummary()
    }

    @Test func killingAnImportOrAnUpdateMidwayLeavesTheLastCommittedState() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ledger = FaultLedger(area: "store")
        let db = cli.path("t.sqlite")
        _ = try filledStore(cli, at: db)
        let big = cli.path("big.json")
        let batch = try BigBatch.write(copies: 10, to: big)

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
        print("store fault kill -9 during import: \(count) tasks afterwards (before 308, batch \(batch))")
        ledger.stored("kill -9 import", before: 308, batch: batch, count: count, integrity: try StoreProbe.integrity(db))

        // Updates killed after seeded delays: each either committed whole or not at all, and a
        // version once committed is never lost.
        // The delays span one whole update, measured here, so some kills land before, some
        // during and some after its transaction.
        let timed = Date()
        #expect(try cli.run(["update", "P2-1", "--progress", "1", "--db", db]).status == 0)
        let span = UInt32(Date().timeIntervalSince(timed) * 1_000_000)
        var generator = SplitMix64(seed: 6)
        var committed = try StoreProbe.version(db, of: "P2-1")
        var finishedCount = 0
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
            ledger.stored("kill -9 update \(round)", before: 308, count: try StoreProbe.taskCount(db), integrity: try StoreProbe.integrity(db))
            committed = version
            if finished { finishedCount += 1 }
        }
        print("store fault kill -9 during update: 12 rounds over \(span / 1000) ms (seed 6), \(finishedCount) had finished, "
              + "\(12 - finishedCount) killed, no committed version lost")
        ledger.printSummary()
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
