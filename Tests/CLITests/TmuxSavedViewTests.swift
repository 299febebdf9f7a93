import Foundation
import Testing

/// The views list through the real binary: a filter saved under a Chinese name, seen in the list,
/// renamed and deleted, with the config file checked on disk after each step: its own lines
/// and comments stay as they were, and after the delete it is the file it was.
@Suite struct TmuxSavedViewTests {
    private static let config = """
        # 我的设置：周一例会用
        lang = "zh"   # 中文界面

        # 已有的视图
        [[view]]
        name = "发改局"
        filter = "unit:发改局"

        """

    @Test(arguments: [(80, 24), (160, 50)])
    func aFilterIsSavedRenamedAndDeletedInTheConfigFile(width: Int, height: Int) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.path("config.toml")
        try Self.config.write(toFile: path, atomically: false, encoding: .utf8)
        func file() throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
        let session = try TmuxSession.dashboard(cli, width: width, height: height)
        try session.waitForFrame(total: 352)
        try session.send("5", "/")
        try session.type("unit:教育局 overdue")
        try session.send("Enter")
        try session.waitForFrame(total: 352) { TmuxSession.statusLine($0).contains("筛选: unit:教育局 overdue") }

        try session.send("v")
        try session.waitFor { $0.contains { $0.contains("发改局") && $0.contains("unit:发改局") } }
        try session.send("s")
        try session.waitFor { $0.contains { $0.contains("新视图名称:") } }
        try session.type("教育局逾期")
        try session.send("Enter")
        var screen = try session.waitFor { TmuxSession.statusLine($0).contains("已存为视图“教育局逾期”") }
        #expect(screen.contains { $0.contains("教育局逾期") && $0.contains("unit:教育局 overdue") }, "\(screen.joined(separator: "\n"))")
        #expect(try file() == Self.config + "\n[[view]]\nname = \"教育局逾期\"\nfilter = \"unit:教育局 overdue\"\n")

        try session.send("r")
        try session.waitFor { $0.contains { $0.contains("改名为: 教育局逾期") } }
        try session.type("任务")
        try session.send("Enter")
        screen = try session.waitFor { TmuxSession.statusLine($0).contains("已改名为“教育局逾期任务”") }
        #expect(screen.contains { $0.contains("教育局逾期任务") && $0.contains("unit:教育局 overdue") }, "\(screen.joined(separator: "\n"))")
        #expect(try file() == Self.config + "\n[[view]]\nname = \"教育局逾期任务\"\nfilter = \"unit:教育局 overdue\"\n")

        try session.send("d")
        try session.waitFor { $0.contains { $0.contains("删除视图“教育局逾期任务”？") } }
        try session.send("y")
        screen = try session.waitFor { TmuxSession.statusLine($0).contains("已删除视图“教育局逾期任务”") }
        #expect(!screen.contains { $0.contains("教育局逾期任务 ") }, "\(screen.joined(separator: "\n"))")
        #expect(try file() == Self.config)

        try session.send("Escape", "q")
        #expect(session.restored(try session.waitForExit()))
    }
}
