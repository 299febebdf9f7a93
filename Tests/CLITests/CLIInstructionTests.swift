import Foundation
import ModelCore
import Testing

/// `duban update --note … --instruction-by LEADER` records a 领导批示 given by one of the task's
/// leaders; anyone else, or an instruction that would also change the status, is refused with one
/// line and writes nothing.
@Suite struct CLIInstructionTests {
    @Test func anInstructionIsRecordedWithItsLeaderAndAStrangerIsRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", cli.path("t.sqlite")]
        try cli.run(["import", CLIRunner.gazette] + db)
        let recorded = try cli.run(["update", "p2-10", "--note", "月底前报方案", "--instruction-by", "卓恺浩"] + db)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let shown = try cli.run(["show", "P2-10", "--lang", "zh"] + db).stdout
        #expect(shown.contains("\(Actor.current())  领导批示（卓恺浩）  “月底前报方案”"), "\(shown)")

        let before = try cli.run(["export", "--format", "json"] + db).stdout
        let stranger = try cli.run(["update", "P2-10", "--note", "x", "--instruction-by", "张三"] + db)
        #expect(stranger.status == 1)
        #expect(stranger.stderr.hasPrefix("duban: task P2-10: 张三 is not one of its leaders (赵彦林、卓恺浩"), "\(stranger.stderr)")
        #expect(stranger.stderr.filter { $0 == "\n" }.count == 1)
        let withStatus = try cli.run(["update", "P2-10", "--note", "x", "--status", "behind", "--instruction-by", "卓恺浩"] + db)
        #expect(withStatus.status != 0 && withStatus.stderr.contains("--instruction-by"))
        #expect(try cli.run(["export", "--format", "json"] + db).stdout == before, "nothing was written")
        let history = try cli.run(["history"] + db).stdout.split(separator: "\n")
        #expect(history.count == 1 && history[0].hasPrefix("P2-10 "), "one entry, the instruction: \(history)")
    }
}
