import Foundation
import Testing

/// Searching as Chinese users search, through the real binary at the smallest and a large size:
/// pinyin initials, Chinese keys and status words, the nearest name for a typo, `:` and an id.
@Suite struct TmuxSearchTests {
    static let sizes = [(80, 24), (160, 50)]

    /// The ids of 马长军's tasks as `duban list` gives them.
    private func leaderTaskIDs(_ cli: CLIRunner) throws -> [String] {
        let result = try cli.run(["list", "--leader", "马长军", "--format", "json", "--db", cli.path("t.sqlite")])
        let tasks = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        return (tasks ?? []).compactMap { $0["id"] as? String }
    }

    /// The list's rows between the column header and the detail pane.
    private func rows(_ screen: [String]) -> [String] {
        Array(screen.drop { !$0.contains("编号") }.dropFirst().prefix { !$0.hasPrefix("───") })
    }

    /// Types a filter in 全部 and waits for the count it should leave.
    private func filter(_ text: String, shown: Int, in session: TmuxSession) throws -> [String] {
        try session.send("/", "C-u")
        try session.type(text)
        try session.send("Enter")
        return try session.waitForFrame(total: 352) {
            TmuxSession.statusLine($0).contains("筛选: \(text)") && TmuxSession.statusLine($0).contains("\(shown)/352")
        }
    }

    /// A dashboard on a new store of the sample with its first frame drawn, handed to `body`.
    private func onDashboard(_ width: Int, _ height: Int, _ body: (CLIRunner, TmuxSession) throws -> Void) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let session = try TmuxSession.dashboard(cli, width: width, height: height)
        try session.waitForFrame(total: 352)
        try body(cli, session)
    }

    @Test(arguments: sizes)
    func pinyinInitialsListALeadersTasks(width: Int, height: Int) throws {
        try onDashboard(width, height) { cli, session in
            let expected = try leaderTaskIDs(cli)
            #expect(!expected.isEmpty)
            try session.send("5")
            try session.waitForFrame(total: 352) { $0.contains { $0.contains("[5全部]") } }
            let byPinyin = try filter("mcj", shown: expected.count, in: session)
            let byName = try filter("leader:马长军", shown: expected.count, in: session)
            #expect(rows(byPinyin) == rows(byName))
            #expect(rows(byPinyin).contains { row in expected.contains { row.contains(" \($0) ") } })
        }
    }

    @Test(arguments: sizes)
    func chineseKeysAndStatusWordsGiveTheEnglishList(width: Int, height: Int) throws {
        try onDashboard(width, height) { cli, session in
            let behind = try leaderTaskIDs(cli).prefix(3)
            for id in behind {
                #expect(try cli.run(["update", id, "--status", "behind", "--db", cli.path("t.sqlite")]).status == 0)
            }
            try session.send("5")
            try session.waitForFrame(total: 352) { $0.contains { $0.contains("[5全部]") } && $0.contains { $0.contains("滞后3") } }
            let chinese = try filter("领导:马长军 状态:滞后", shown: behind.count, in: session)
            let english = try filter("leader:马长军 status:behind", shown: behind.count, in: session)
            #expect(rows(chinese) == rows(english))
            for id in behind { #expect(rows(chinese).contains { $0.contains(" \(id) ") }) }
        }
    }

    @Test(arguments: sizes)
    func aTypoOffersTheNearestName(width: Int, height: Int) throws {
        try onDashboard(width, height) { _, session in
            try session.send("5", "/")
            try session.type("马常军")
            try session.waitFor { TmuxSession.statusLine($0).contains("没有“马常军”，是否为 马长军？") }
            try session.send("Enter")
            let screen = try session.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("0/352") }
            #expect(TmuxSession.statusLine(screen).contains("没有“马常军”，是否为 马长军？"))
        }
    }

    @Test(arguments: sizes)
    func colonAndAnIdSelectTheTask(width: Int, height: Int) throws {
        try onDashboard(width, height) { _, session in
            try session.type(":")
            try session.waitFor { TmuxSession.statusLine($0).contains("跳到任务：") }
            try session.type("p2-8")
            try session.send("Enter")
            let screen = try session.waitForFrame(total: 352) { $0.contains { $0.contains("▶") && $0.contains(" P2-8 ") } }
            #expect(screen.contains { $0.contains("[5全部]") })
            try session.type("：ｐ２－９")
            try session.send("Enter")
            try session.waitForFrame(total: 352) { $0.contains { $0.contains("▶") && $0.contains(" P2-9 ") } }
        }
    }
}
