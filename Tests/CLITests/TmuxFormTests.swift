import Foundation
import ModelCore
import Testing

/// Recording from the dashboard, as a user does it: the real binary in tmux, another process
/// writing meanwhile, and a read-only seat.
@Suite(.serialized) struct TmuxFormTests {
    /// `show` in the dashboard's language, Chinese.
    private func history(_ cli: CLIRunner, _ id: String) throws -> String {
        try cli.run(["show", id, "--db", cli.path("t.sqlite")], environment: ["DUBAN_LANG": "zh"]).stdout
    }

    @Test func uRecordsStatusProgressAndANoteAfterConfirmation() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let tmux = try TmuxSession.dashboard(cli)
        let asked = try tmux.askToRecordFirstTask(progress: "35", note: "已召开领导小组会议")
        #expect(asked.contains { $0.contains("未启动 → 推进中") } && asked.contains { $0.contains("0% → 35%") })
        #expect(!(try history(cli, "E11-1")).contains("已召开"), "nothing is written before the answer")
        try tmux.send("y")
        let saved = try tmux.waitFor { $0.contains { $0.contains("已记录 E11-1（第1版）") } }
        #expect(saved.contains { $0.contains("已记录 E11-1（第1版）") }, "\(saved.joined(separator: "\n"))")
        let shown = try history(cli, "E11-1")
        #expect(shown.contains("\(Actor.current())  未启动→推进中  0%→35%  “已召开领导小组会议”"), "\(shown)")
        try tmux.send("q")
    }

    @Test func aStaleFormIsRefusedWithWhoChangedItAndNoWriteIsLost() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let tmux = try TmuxSession.dashboard(cli)
        try tmux.waitFor { $0.joined().contains("督办看板") }
        try tmux.send("5")
        try tmux.waitFor { $0.contains { $0.contains("▶ 逾期   E11-1 ") } }
        try tmux.send("c", "Tab")
        try tmux.type("请加快进度")
        try tmux.waitFor { $0.contains { $0.contains("请加快进度") } }
        let other = try cli.run(["update", "E11-1", "--db", cli.path("t.sqlite"), "--status", "behind", "--note", "经费未到位"])
        #expect(other.status == 0)
        try tmux.waitFor { $0.contains { $0.contains("此任务刚被他人更新") } }
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains { $0.contains("确认记录以上内容？") } }
        try tmux.send("y")
        let refused = try tmux.waitFor { $0.contains { $0.contains("已被他人改过") } }
        let text = refused.joined(separator: "\n")
        #expect(text.contains("E11-1 已被他人改过（现为第1版）"), "\(text)")
        #expect(text.contains("未启动→滞后"), "the refusal shows what the other person changed")
        #expect(text.contains("请加快进度"), "the form stays open with the user's text")
        #expect(!(try history(cli, "E11-1")).contains("请加快进度"))
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains { $0.contains("确认记录以上内容？") } }
        try tmux.send("y")
        try tmux.waitFor { $0.contains { $0.contains("已记录 E11-1（第2版）") } }
        let shown = try history(cli, "E11-1")
        #expect(shown.contains("领导批示  “请加快进度”") && shown.contains("未启动→滞后  “经费未到位”"), "\(shown)")
        #expect(shown.contains("滞后 (behind)"), "the other person's status stands")
        try tmux.send("q")
    }

    @Test func aReadOnlySeatRefusesUAndCAndWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let tmux = try TmuxSession.dashboard(cli, arguments: ["--read-only"])
        let first = try tmux.waitFor { $0.contains { $0.contains("只读：--read-only；") } }
        #expect(first[0].contains("[只读]"), "\(first[0])")
        #expect(!first.contains { $0.contains("u更新") }, "the hint bar leaves out what the seat cannot do")
        try tmux.send("5")
        try tmux.waitFor { $0.contains { $0.contains("▶ 逾期   E11-1 ") } }
        for key in ["u", "c"] {
            try tmux.send("Escape", key)
            let refused = try tmux.waitFor { $0.contains { $0.contains("只读，不能记录：--read-only") } }
            #expect(refused.contains { $0.contains("只读，不能记录：--read-only") })
            #expect(!refused.contains { $0.contains("更新进展") || $0.contains("批示 / 进展 ·") }, "no form opens")
        }
        try tmux.send("?")
        let help = try tmux.waitFor { $0.contains { $0.contains("（只读不可用）") } }
        #expect(help.filter { $0.contains("（只读不可用）") }.count == 2)
        try tmux.send("Escape", "q")
        try tmux.waitFor { $0.contains { $0.hasPrefix("EXITED") } }
        #expect(try history(cli, "E11-1").contains("历史  —"), "the store is as it was")
    }
}
