import Foundation
import ModelCore
import Testing

/// Fields that behave like fields, through the real binary: `60` typed on a task at 40 % gives
/// 60 %; a 领导批示 names its leader; a long note wraps over several rows of the form.
@Suite struct TmuxFieldTests {
    @Test(arguments: [(80, 24), (160, 50)])
    func typingSixtyOnATaskAtFortyGivesSixty(width: Int, height: Int) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        #expect(try cli.run(["update", "E11-1", "--progress", "40", "--db", db]).status == 0)
        let session = try TmuxSession.dashboard(cli, width: width, height: height, db: db)
        try session.waitForFrame(total: 352)
        try session.send("5")
        try session.waitForFrame(total: 352) { $0.contains { $0.contains("▶ 逾期   E11-1 ") } }
        try session.send("u")
        try session.waitFor { $0.contains { $0.contains("更新进展 · E11-1") } }
        try session.send("Tab")
        try session.type("60")
        let typed = try session.waitFor { $0.contains { $0.contains("40% → 60%") } }
        #expect(!typed.contains { $0.contains("406") })
        try session.send("Enter")
        try session.waitFor { $0.contains { $0.contains("确认记录以上内容？") } }
        try session.send("y")
        try session.waitFor { $0.contains { $0.contains("已记录 E11-1") } }
        #expect(try cli.run(["show", "E11-1", "--db", db]).stdout.contains("40%→60%"))
        try session.send("q")
    }

    @Test(arguments: [(80, 24), (160, 50)])
    func anInstructionNamesTheChosenLeaderAndALongNoteWraps(width: Int, height: Int) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let session = try TmuxSession.dashboard(cli, width: width, height: height)
        try session.waitForFrame(total: 352)
        // P2-10 names six leaders, 赵彦林 first and 卓恺浩 second.
        try session.send("5")
        try session.type("/P2-10")
        try session.send("Enter")
        try session.waitForFrame(total: 352) { $0.contains { $0.contains("▶ 逾期   P2-10 ") || $0.contains("▶ 未启动 P2-10 ") } }
        try session.send("c")
        try session.waitFor { $0.contains { $0.contains("领导  赵彦林") } }
        try session.send("Tab", "Right", "Tab")
        try session.waitFor { $0.contains { $0.contains("领导  卓恺浩") } }
        let sentence = "请区发展和改革局会同区财政局抓紧研究制定具体实施方案，于本月底前报区政府常务会议审议，"
        try session.type(sentence + sentence + "确保按期完成。")
        let form = try session.waitFor { $0.contains { $0.contains("确保按期完成。") } }
        let noteRows = form.filter { $0.contains("请区发展") || $0.contains("确保按期完成") || $0.contains("常务会议") }
        #expect(noteRows.count >= 3, "the note wraps: \(noteRows)")
        try session.send("Enter")
        try session.waitFor { $0.contains { $0.contains("确认记录以上内容？") } }
        try session.send("y")
        try session.waitFor { $0.contains { $0.contains("已记录 P2-10") } }
        let shown = try cli.run(["show", "P2-10", "--db", cli.path("t.sqlite"), "--lang", "zh"]).stdout
        #expect(shown.contains("\(Actor.current())  领导批示（卓恺浩）  “请区发展"), "\(shown)")
        try session.send("q")
    }
}
