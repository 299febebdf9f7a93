import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 6, part 6: SIGHUP (the SSH link drops), SIGTERM and SIGINT end the dashboard within a second
/// with the terminal restored and the store closed, leaving no process behind, and exit with
/// 128 + the signal's number as shells report it (129, 143, 130); `q` exits 0. Ctrl-Z gives the
/// shell a sane terminal, and `fg` brings the dashboard back fully drawn.
@Suite(.serialized) struct ProcessLifeTests {
    @Test(arguments: [SIGHUP, SIGTERM, SIGINT])
    func aSignalEndsTheDashboardCleanly(signal: Int32) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        let tmux = try TmuxSession.dashboard(cli)
        try tmux.waitFor { $0.joined().contains("督办看板") }
        let running = ProcessTable.dubans(with: db)
        try #require(running.count == 1, "one dashboard on \(db): \(running)")
        let sent = Date()
        kill(running[0], signal)
        let ended = ProcessTable.waitUntil(timeout: 1) { ProcessTable.dubans(with: db).isEmpty }
        let elapsed = Int(Date().timeIntervalSince(sent) * 1000)
        let name = [SIGHUP: "SIGHUP", SIGTERM: "SIGTERM", SIGINT: "SIGINT"][signal] ?? "signal \(signal)"
        #expect(ended, "\(name) ends the dashboard within a second")
        let after = try tmux.waitFor { $0.contains { $0.hasPrefix("EXITED") } && $0.contains { $0.contains("icanon") } }
        let status = after.first { $0.hasPrefix("EXITED") } ?? "no EXITED line"
        print("process life \(name): dashboard gone after \(elapsed) ms, \(status)")
        #expect(status == "EXITED \(128 + signal)", "\(name) exits with 128 + \(signal), as shells report a signal")
        let shell = after.joined(separator: " ")
        #expect(shell.contains(" icanon ") && shell.contains(" echo ") && !tmux.alternateScreenOn, "the terminal is restored")
        #expect(ProcessTable.holders(of: db).isEmpty, "no process keeps the store open")
        #expect(try StoreProbe.integrity(db) == "ok")
    }

    @Test func ctrlZGivesTheShellBackAndFgRedrawsTheDashboard() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        let tmux = try TmuxSession(
            width: 100, height: 30, command: "bash --norc --noprofile -i",
            environment: [
                "HOME": cli.directory.path, "TERM": "xterm-256color", "LANG": "C.UTF-8",
                "PS1": "shell> "
            ])
        try tmux.waitFor { $0.contains { $0.hasPrefix("shell>") } }
        try tmux.type("\(CLIRunner.binary.path) --db \(db) --today 2020-07-01")
        try tmux.send("Enter")
        try tmux.waitFor { $0.joined().contains("督办看板") }
        try tmux.send("5")
        try tmux.waitFor { $0.contains { $0.contains("N8-1 ") } }

        try tmux.send("C-z")
        let stopped = try tmux.waitFor { $0.contains { $0.contains("Stopped") } && $0.last(where: { !$0.isEmpty })?.hasPrefix("shell>") == true }
        #expect(stopped.contains { $0.contains("Stopped") }, "the shell reports the job stopped\n\(stopped.joined(separator: "\n"))")
        #expect(!tmux.alternateScreenOn, "the shell is back on the main screen")
        try tmux.type("stty -a | tr ' ;' '\\n\\n' | grep -c -x -e icanon -e echo")
        try tmux.send("Enter")
        let sane = try tmux.waitFor { $0.contains { $0 == "2" } }
        #expect(sane.contains("2"), "icanon and echo are on while the dashboard is stopped\n\(sane.joined(separator: "\n"))")

        try tmux.type("fg")
        try tmux.send("Enter")
        let back = try tmux.waitFor { screen in
            // The whole frame, down to the status line: a capture can land while it is redrawn.
            screen.joined().contains("督办看板") && screen.contains { $0.contains("N8-1 ") } && !screen.joined().contains("Stopped")
                && screen.contains { $0.contains("q退出") } && screen.last(where: { !$0.isEmpty })?.contains("352/352") == true
        }
        let text = back.joined(separator: "\n")
        #expect(text.contains("督办看板") && back.contains { $0.contains("N8-1 ") }, "fg redraws the dashboard\n\(text)")
        #expect(!text.contains("Stopped") && !text.contains("shell>"), "nothing of the shell is left on screen\n\(text)")
        #expect(
            back.contains { $0.contains("q退出") } && back.last(where: { !$0.isEmpty })?.contains("352/352") == true,
            "the hint bar and the status line are drawn\n\(text)")
        try tmux.send("j")
        try tmux.send("q")
        let exited = try tmux.waitFor { $0.last(where: { !$0.isEmpty })?.hasPrefix("shell>") == true && !tmux.alternateScreenOn }
        #expect(exited.last(where: { !$0.isEmpty })?.hasPrefix("shell>") == true, "q after fg returns to the shell")
        try tmux.type("echo \"q gave $?\"")
        try tmux.send("Enter")
        let status = try tmux.waitFor { $0.contains { $0.hasPrefix("q gave ") } }
        #expect(status.contains("q gave 0"), "q exits 0\n\(status.joined(separator: "\n"))")
        #expect(ProcessTable.dubans(with: db).isEmpty)
    }
}
