import Foundation
import Testing

/// The real binary in tmux: a click on a tab, a row, and the wheel, as an xterm sends them
/// (SGR mouse reports, `\e[<b;x;yM`, 1-based); `--no-mouse` asks the terminal for no reports; the
/// header's clock; the hint bar naming the view's groups.
@Suite struct TmuxMouseAndRoomTests {
    /// A press and its release of the first button at 0-based column `x`, row `y`.
    private func click(_ session: TmuxSession, x: Int, y: Int) throws {
        try session.type("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    @Test(arguments: [(80, 24), (160, 50)])
    func aClickSwitchesTheViewAndSelectsARowAndTheWheelScrolls(width: Int, height: Int) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let session = try TmuxSession.dashboard(cli, width: width, height: height)
        let first = try session.waitForFrame(total: 352)
        // The tab of 全部 is `5` at 80 columns, `5全部` at 160: its column on the second row.
        let tabColumn = try #require(first[1].firstIndex(of: "5")).utf16Offset(in: first[1])
        try click(session, x: tabColumn, y: 1)
        try session.waitForFrame(total: 352) { $0[1].contains("[5全部]") && $0.contains { $0.contains("▶ 逾期   E11-1 ") } }
        // The list's rows start two below its top (title, column header): the third task row.
        try click(session, x: 30, y: 3 + 2 + 2)
        try session.waitForFrame(total: 352) { $0.contains { $0.contains("▶ 逾期   E11-3 ") } }
        try session.type("\u{1B}[<65;30;8M")
        try session.waitForFrame(total: 352) { $0.contains { $0.contains("▶ 未启动 N8-2 ") } }
        try click(session, x: 30, y: 3 + 2 + 5)
        // A click on the selected row opens it.
        try session.waitForFrame(total: 352) { $0[0].contains("详情") && $0.contains { $0.contains("6/352  N8-2") } }
        try session.type("q")
        try session.type("q")
        #expect(session.restored(try session.waitForExit()))
    }

    /// The terminal's mouse modes as tmux keeps them for the pane: any reporting at all, SGR's.
    private func mouseModes(_ session: TmuxSession) throws -> String {
        try session.tmux(["display-message", "-p", "-t", "0", "#{mouse_any_flag}#{mouse_sgr_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theMouseIsAskedForOnlyWithoutNoMouseAndGivenBackAtTheEnd() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for (arguments, modes) in [([String](), "11"), (["--no-mouse"], "00")] {
            let session = try TmuxSession.dashboard(cli, width: 80, height: 24, arguments: arguments)
            try session.waitForFrame(total: 352)
            #expect(try mouseModes(session) == modes, "\(arguments)")
            try session.type("q")
            #expect(session.restored(try session.waitForExit()))
            #expect(try mouseModes(session) == "00", "the shell gets a terminal that reports no clicks")
        }
    }

    @Test(arguments: [(80, 24), (160, 50)])
    func theHeaderHasAClockAndTheHintBarNamesTheGroups(width: Int, height: Int) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let session = try TmuxSession.dashboard(cli, width: width, height: height)
        let screen = try session.waitForFrame(total: 352)
        let clock = String(screen[0].trimmingCharacters(in: .whitespaces).suffix(5))
        #expect(clock.wholeMatch(of: /[0-2][0-9]:[0-5][0-9]/) != nil, "the title row ends with HH:mm: \(screen[0])")
        for (key, hint) in [("3", "]/[换单位"), ("4", "]/[换乡镇"), ("6", "]/[换单位"), ("2", "]/[换领导")] {
            try session.type(key)
            try session.waitForFrame(total: 352) { $0[height - 2].contains(hint) }
        }
        try session.type("q")
        #expect(session.restored(try session.waitForExit()))
    }
}
