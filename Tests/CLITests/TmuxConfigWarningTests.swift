import Foundation
import Testing

/// A key the config file does not know is said once in the dashboard's status line (and on stderr
/// before it starts), and the dashboard runs.
@Suite struct TmuxConfigWarningTests {
    @Test func theStatusLineSaysTheWarningOnceThenTheDashboardGoesOn() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let config = cli.path("my.toml")
        try Data("colour = \"red\"\nshape = \"round\"\n".utf8).write(to: URL(fileURLWithPath: config))
        let tmux = try TmuxSession.dashboard(cli, environment: ["DUBAN_CONFIG": config])
        let first = try tmux.waitForFrame(total: 352) {
            TmuxSession.statusLine($0).contains("my.toml:1: 警告：unknown key “colour”, ignored（另有 1 条，见 stderr）")
        }
        #expect(first[0].contains("督办看板"))
        try tmux.send("j")
        let next = try tmux.waitForFrame(total: 352) { !TmuxSession.statusLine($0).contains("警告") }
        #expect(!next.joined().contains("my.toml"))
        try tmux.send("q")
        #expect(tmux.restored(try tmux.waitForExit()))
    }
}
