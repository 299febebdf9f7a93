import Foundation
import Testing

/// The input method's keys through the real binary: in Chinese mode a pinyin input method sends
/// `２`, `？`, `、` and `ｑ` for 2, ?, / and q, and they do what those keys do.
@Suite struct TmuxFullWidthKeyTests {
    @Test(arguments: [(80, 24), (160, 50)])
    func fullWidthKeysSwitchViewsOpenHelpAndTheFilterAndQuit(width: Int, height: Int) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let session = try TmuxSession.dashboard(cli, width: width, height: height)
        try session.waitForFrame(total: 352)
        try session.type("２")
        try session.waitForFrame(total: 352) { $0.contains { $0.contains("[2按领导]") } }
        try session.type("？")
        try session.waitFor { $0.contains { $0.contains("帮助") } }
        try session.send("Escape")
        try session.type("、")
        try session.waitFor { TmuxSession.statusLine($0).hasPrefix("/") || $0.contains { $0.hasPrefix("/") } }
        try session.type("２０")
        try session.waitFor { $0.contains { $0.contains("/２０") } }
        try session.send("Escape")
        try session.type("ｑ")
        let screen = try session.waitForExit()
        #expect(session.restored(screen))
    }
}
