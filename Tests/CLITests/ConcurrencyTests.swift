import Foundation
import ModelStore
import Testing

/// Issue 4's concurrency acceptance: 8 processes write with `duban update` for 30 s while two
/// dashboards watch the same store. Every write is in the history, every task ends in the state
/// of its last recorded write, nothing crashes, and nobody is ever shown "database is locked".
@Suite(.serialized) struct ConcurrencyTests {
    /// One `duban update` process a writer ran, and how it ended.
    struct Write {
        var task: String
        var status: String
        var progress: Int
        var note: String
        var ifVersion: Int?
        var result: CLIRunner.Result
        var seconds: Double
    }

    /// Collects writes from several threads.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [Write] = []
        func append(_ write: Write) { lock.withLock { entries.append(write) } }
        var all: [Write] { lock.withLock { entries } }
    }

    static let writers = 8
    static let seconds = 30.0
    static let statuses = ["not_started", "in_progress", "done", "behind", "blocked"]
    /// Words that must never reach a user.
    static let lockWords = ["locked", "busy", "SQLITE"]

    @Test func eightWritersAndTwoDashboardsLoseNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        let ids = try #require(try JSONSerialization.jsonObject(with: cli.run(["export", "--db", db]).stdoutData) as? [[String: Any]])
            .compactMap { $0["id"] as? String }
        let environment = ["HOME": cli.directory.path, "TERM": "xterm-256color", "LANG": "C.UTF-8"]
        let dashboards = try (0..<2).map { _ in
            try TmuxSession(
                width: 120, height: 40, command: "\(CLIRunner.binary.path) --db \(db) --today 2020-07-01",
                environment: environment)
        }
        for dashboard in dashboards { try dashboard.waitFor { $0.joined().contains("督办看板") } }
        try dashboards[0].send("5")

        let log = Log()
        let deadline = Date().addingTimeInterval(Self.seconds)
        var badScreens: [String] = []  // showing a lock word, or a dashboard that exited
        let done = DispatchGroup()
        for writer in 0..<Self.writers {
            done.enter()
            Thread {
                defer { done.leave() }
                Self.write(writer: writer, ids: ids, db: db, until: deadline, cli: cli, log: log)
            }.start()
        }
        var screens = 0
        while done.wait(timeout: .now() + 0.5) == .timedOut {
            for dashboard in dashboards {
                let screen = try dashboard.capture().joined(separator: "\n")
                screens += 1
                if Self.lockWords.contains(where: screen.contains) || screen.contains("EXITED") { badScreens.append(screen) }
            }
        }
        let writes = log.all
        #expect(badScreens.isEmpty, "\(badScreens.first ?? "")")

        // Every process ended well, or was refused by a version check and said so.
        let refused = writes.filter { $0.result.status != 0 }
        for write in refused {
            #expect(
                write.ifVersion != nil && write.result.stderr.hasPrefix("duban: task \(write.task) was changed meanwhile"),
                "\(write.task): \(write.result.stderr)")
        }
        for write in writes { #expect(!Self.lockWords.contains(where: write.result.stderr.contains), "\(write.result.stderr)") }

        // Every successful write is in the history once, as written; no refused one is.
        let store = try SQLiteStore(path: db)
        defer { try? store.close() }
        let history = try store.history(since: nil, actor: nil, limit: nil)
        let accepted = writes.filter { $0.result.status == 0 }
        #expect(history.count == accepted.count)
        let byNote = Dictionary(grouping: history) { $0.note ?? "" }
        for write in accepted {
            let entries = byNote[write.note] ?? []
            #expect(entries.count == 1, "\(write.note)")
            if let entry = entries.first {
                #expect(entry.taskID == write.task && entry.newStatus?.rawValue == write.status && entry.newProgress == write.progress)
            }
        }
        for write in refused { #expect(byNote[write.note] == nil, "refused \(write.note) is not recorded") }

        // Every task's final state is its last recorded write.
        for id in Set(accepted.map(\.task)) {
            let task = try #require(try store.task(id: id))
            let last = try #require(try store.history(taskID: id).first)
            #expect(task.status == last.newStatus && task.progress == last.newProgress, "\(id)")
            #expect(task.version == (try store.history(taskID: id)).count, "\(id)")
        }

        // Both dashboards are alive and still follow the store.
        try cli.run(["update", "N8-1", "--db", db, "--status", "blocked", "--progress", "1"])
        for dashboard in dashboards {
            try dashboard.send("5")
            try dashboard.type("/N8-1")
            try dashboard.send("Enter")
            let screen = try dashboard.waitFor(timeout: 5) { $0.contains { $0.range(of: #"受阻\s+N8-1 "#, options: .regularExpression) != nil } }
            #expect(screen.contains { $0.range(of: #"受阻\s+N8-1 "#, options: .regularExpression) != nil }, "\(screen.joined(separator: "\n"))")
            try dashboard.send("q")
            #expect(try dashboard.waitFor { $0.contains { $0.hasPrefix("EXITED") } }.contains("EXITED 0"))
        }

        let latencies = writes.map(\.seconds).sorted()
        let p50 = latencies.isEmpty ? 0 : latencies[latencies.count / 2]
        print(
            String(
                format: "concurrency: %d update processes by %d writers in %.0f s (%.1f/s), %d accepted, %d refused by --if-version, "
                    + "latency p50 %.0f ms, max %.0f ms; %d dashboard screens checked",
                writes.count, Self.writers, Self.seconds, Double(writes.count) / Self.seconds, accepted.count, refused.count,
                p50 * 1000, (latencies.last ?? 0) * 1000, screens))
        #expect(accepted.count > Self.writers * 10, "the writers made progress")
    }

    /// One writer: `duban update` to random tasks until the deadline. Writers 6 and 7 first read
    /// the task's version with `duban show` and write with `--if-version`, so some are refused.
    private static func write(writer: Int, ids: [String], db: String, until deadline: Date, cli: CLIRunner, log: Log) {
        var generator = SystemRandomNumberGenerator()
        var count = 0
        while Date() < deadline {
            let task = ids.randomElement(using: &generator)!
            let status = statuses.randomElement(using: &generator)!
            let progress = Int.random(in: 0...100, using: &generator)
            let note = "w\(writer)-\(count)"
            count += 1
            var arguments = ["update", task, "--db", db, "--status", status, "--progress", "\(progress)", "--note", note]
            var ifVersion: Int?
            if writer >= 6, let shown = try? cli.run(["show", task, "--db", db]).stdout,
                let range = shown.range(of: #"version \d+"#, options: .regularExpression)
            {
                ifVersion = Int(shown[range].dropFirst(8))
                arguments += ["--if-version", "\(ifVersion!)"]
            }
            let start = Date()
            let result: CLIRunner.Result
            do {
                result = try cli.run(arguments)
            } catch {
                result = CLIRunner.Result(status: -1, stdout: "", stderr: "cannot start duban: \(error)", stdoutData: Data())
            }
            log.append(
                Write(
                    task: task, status: status, progress: progress, note: note, ifVersion: ifVersion,
                    result: result, seconds: Date().timeIntervalSince(start)))
        }
    }
}
