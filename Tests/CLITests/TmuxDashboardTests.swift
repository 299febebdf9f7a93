import Foundation
import ModelCore
import Testing

/// The real binary in tmux, driven by keys, read from the screen.
@Suite(.serialized) struct TmuxDashboardTests {
    private func start(_ cli: CLIRunner, width: Int = 120, height: Int = 40, environment extra: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession.dashboard(cli, width: width, height: height, environment: extra)
    }

    /// Every captured line is as wide as the pane, measured by display width.
    private func expectFullWidth(_ screen: [String], width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in screen.dropLast() where !line.isEmpty {
            #expect(DisplayWidth.of(line) <= width, "\(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func aLeaderStepsThroughHisTasksAndTheTerminalIsRestored() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let tmux = try start(cli)
        try tmux.waitFor { $0.joined().contains("督办看板") }
        try tmux.send("2")
        try tmux.type("/doc:P2")
        try tmux.send("Enter")
        try tmux.waitFor { $0.joined().contains("doc:P2") }
        var his: [String] = []
        for _ in 0..<8 {
            his = try tmux.waitFor(timeout: 2) { $0.contains { $0.contains("马长军 · 待办 27/27") } }
            if his.contains(where: { $0.contains("马长军 · 待办 27/27") }) { break }
            try tmux.send("j")
        }
        #expect(his.contains { $0.contains("马长军 · 待办 27/27") }, "\(his.joined(separator: "\n"))")
        try tmux.send("Enter")
        try tmux.send("Enter")
        var ids: [String] = []
        // The id on the title line `马长军 · N/27  P2-…`. A capture can land while ncurses is
        // half-way through that line, so wait for an id not seen yet; a real repeat still ends
        // the wait (after its timeout) with a repeated id, and the count below fails.
        func titleID(_ screen: [String], step: Int) -> String? {
            screen.first { $0.contains("\(step + 1)/27") }
                .flatMap { line in line.range(of: #"P2-\d+"#, options: .regularExpression).map { String(line[$0]) } }
        }
        for step in 0..<27 {
            let screen = try tmux.waitFor(timeout: 5) { titleID($0, step: step).map { !ids.contains($0) } ?? false }
            if let id = titleID(screen, step: step) { ids.append(id) }
            try tmux.send("n")
        }
        #expect(Set(ids).count == 27)
        try tmux.send("Escape")
        try tmux.waitFor { $0.contains { $0.contains("j/k") } }
        try tmux.send("5")
        try tmux.type("/status:not_started")
        let filtered = try tmux.waitFor { $0.last(where: { !$0.isEmpty })?.contains("status:not_started") == true }
        expectFullWidth(filtered, width: 120)
        try tmux.send("Enter")
        try tmux.resize(width: 80, height: 24)
        let small = try tmux.waitFor { $0.count >= 24 && $0.joined().contains("全部") }
        expectFullWidth(small, width: 80)
        try tmux.resize(width: 200, height: 60)
        let large = try tmux.waitFor { $0.contains { $0.contains("牵头单位") } }
        expectFullWidth(large, width: 200)
        try tmux.send("q")
        let after = try tmux.waitFor { $0.contains { $0.hasPrefix("EXITED") } && $0.contains { $0.contains("icanon") } }
        #expect(after.contains("EXITED 0"))
        #expect(after.joined(separator: " ").contains(" icanon ") && after.joined(separator: " ").contains(" echo "))
        #expect(!tmux.alternateScreenOn)
    }

    @Test(arguments: ["C.UTF-8", ""])
    func chineseColumnsAlignWithAndWithoutALocale(lang: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for (width, height) in [(80, 24), (160, 50)] {
            let tmux = try start(cli, width: width, height: height, environment: ["LANG": lang])
            let screen = try tmux.waitFor { $0.joined().contains("督办看板") }
            try tmux.send("5")
            func taskRows(_ screen: [String]) -> [String] {
                screen.filter { $0.range(of: #"^[ ▶] (逾期|未启动) +[A-Z]\d+-\d+ +2020-"#, options: .regularExpression) != nil }
            }
            // Waits for the whole list: a capture can land while the frame is still being drawn.
            let table = try tmux.waitFor { $0.contains { $0.contains("N8-1 ") } && taskRows($0).count >= 10 }
            #expect(table.joined().contains("关于继续加大老旧小区改造力度的议案"), "Chinese is drawn with LANG=\(lang)")
            expectFullWidth(screen, width: width)
            // The deadline column starts at the same display column on every task row.
            let rows = taskRows(table)
            #expect(rows.count >= 10)
            let columns = rows.map { line -> Int in
                DisplayWidth.of(String(line[..<line.range(of: "2020-")!.lowerBound]))
            }
            #expect(Set(columns).count == 1, "\(columns)")
            try tmux.send("q")
            try tmux.waitFor { $0.contains { $0.hasPrefix("EXITED") } }
        }
    }

    @Test func anUpdateFromAnotherProcessShowsWithinASecond() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let tmux = try start(cli)
        try tmux.waitFor { $0.joined().contains("督办看板") }
        try tmux.send("5")
        try tmux.waitFor { $0.contains { $0.contains("未启动 N8-1 ") } }
        #expect(try cli.run(["update", "N8-1", "--db", cli.path("t.sqlite"), "--status", "in_progress", "--progress", "40"]).status == 0)
        let committed = Date()
        let screen = try tmux.waitFor(timeout: 1) { $0.contains { $0.contains("推进中 N8-1 ") } }
        let elapsed = Date().timeIntervalSince(committed)
        print("update → visible in another dashboard: \(Int(elapsed * 1000)) ms")
        #expect(screen.contains { $0.contains("推进中 N8-1 ") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("推进中1") })
        #expect(screen.contains { $0.contains("*推进中 N8-1 ") }, "the changed row is marked")
        #expect(screen[0].contains("● 实时") && screen[0].contains(Actor.current()), "the header names who changed it")

        try tmux.send("Space")
        try tmux.waitFor { $0[0].contains("暂停") }
        #expect(try cli.run(["update", "N8-2", "--db", cli.path("t.sqlite"), "--status", "behind"]).status == 0)
        let paused = try tmux.waitFor(timeout: 1.5) { $0[0].contains("暂停 1") }
        #expect(paused[0].contains("暂停 1"), "the change is counted while paused")
        #expect(paused.contains { $0.contains("未启动 N8-2 ") }, "and not applied")
        try tmux.send("Space")
        let resumed = try tmux.waitFor { $0.contains { $0.contains("滞后   N8-2 ") } }
        #expect(resumed.contains { $0.contains("滞后   N8-2 ") }, "applied on resume")
        try tmux.send("q")
    }
}
