import Foundation
import Synchronization
import Testing

/// Many writers at once: the dashboard reads the store's news at most once a frame interval
/// (`NewsSchedule`, 50 ms), so a burst of commits costs a frame an interval, not a frame each.
@Suite struct LiveBurstTests {
    @Test func aBurstOfCommitsCostsAtMostAFrameAFrameInterval() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        // A fast link that answers: every frame is followed by one status question.
        let terminal = try SlowLinkTerminal(cli, ["--db", db, "--today", "2020-07-01"], bytesPerSecond: 10_000_000, answers: true)
        terminal.settle(quiet: 1)
        let before = terminal.received.count
        let started = Date()
        let done = DispatchGroup()
        let outputs = Mutex<[String]>([])
        for seed in 1...4 {
            done.enter()
            Thread {
                defer { done.leave() }
                let run = try? cli.run(["simulate", "--db", db, "--rate", "60", "--duration", "2", "--seed", "\(seed)"])
                outputs.withLock { $0.append(run?.stdout ?? "") }
            }.start()
        }
        while done.wait(timeout: .now()) == .timedOut { terminal.pump(for: 0.05) }
        let seconds = Date().timeIntervalSince(started)
        terminal.settle(quiet: 1)
        // Each prints `simulated N writes in …`.
        let writes = outputs.withLock { $0 }.compactMap { Int($0.split(separator: " ").dropFirst().first ?? "") }.reduce(0, +)
        let frames = Self.questions(in: Array(terminal.received[before...]))
        print("\(writes) commits by 4 writers in \(String(format: "%.1f", seconds)) s: \(frames) frames")
        #expect(writes > 200, "the writers wrote")
        #expect(frames > 5, "the dashboard showed them")
        #expect(Double(frames) <= seconds / 0.05 + 5)
    }

    private static func questions(in bytes: [UInt8]) -> Int {
        let question: [UInt8] = [0x1B, 0x5B, 0x35, 0x6E]
        return (0...(bytes.count - question.count)).count { Array(bytes[$0..<($0 + question.count)]) == question }
    }
}
