import Foundation
import Testing

extension TmuxSession {
    /// The dashboard on a new store of the bundled gazette at its demo date, in a tmux pane; the
    /// store is `db` (default `t.sqlite` in the scratch directory), made when missing; the config
    /// file is `config.toml` in the scratch directory, so that a views list the keys reach never
    /// writes the user's own. `environment` adds to (or, with an empty LANG, removes from) a UTF-8
    /// xterm setting.
    static func dashboard(
        _ cli: CLIRunner, width: Int = 120, height: Int = 40, arguments: [String] = [],
        environment extra: [String: String] = [:], db path: String? = nil
    ) throws -> TmuxSession {
        let db = path ?? cli.path("t.sqlite")
        if !FileManager.default.fileExists(atPath: db) {
            #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        }
        var environment = ["HOME": cli.directory.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "DUBAN_CONFIG": cli.path("config.toml")]
        for (key, value) in extra { environment[key] = value }
        if extra["LANG"] == "" { environment.removeValue(forKey: "LANG") }
        let command = ([CLIRunner.binary.path, "--db", db, "--today", "2020-07-01"] + arguments).joined(separator: " ")
        return try TmuxSession(width: width, height: height, command: command, environment: environment)
    }
}

extension TmuxSession {
    /// The last line with something on it: the dashboard's status line, or the shell's last output.
    static func statusLine(_ screen: [String]) -> String {
        screen.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    /// The screen with the clock at the end of the title row blanked: two starts a minute apart
    /// show the same dashboard.
    static func withoutClock(_ screen: [String]) -> [String] {
        guard let title = screen.first else { return screen }
        return [title.replacing(/[0-2][0-9]:[0-5][0-9](\s*)$/) { "--:--" + $0.output.1 }] + screen.dropFirst()
    }

    /// Waits for a whole dashboard frame (a capture can land mid-redraw): the title on the first
    /// line, the status line with its count of `total` tasks, and whatever `also` asks for.
    @discardableResult
    func waitForFrame(total: Int, timeout: Double = 10, _ also: @escaping ([String]) -> Bool = { _ in true }) throws -> [String] {
        try waitFor(timeout: timeout) { screen in
            screen.first?.contains("督办看板") == true && Self.statusLine(screen).contains("/\(total)") && also(screen)
        }
    }

    /// Records on E11-1, the first row of 全部 in the bundled gazette, as a user does: `5`, `u`,
    /// the status one step on, then the progress and the note when given, and Enter. Returns the
    /// screen asking for confirmation; nothing is written before the answer.
    @discardableResult
    func askToRecordFirstTask(progress: String? = nil, note: String? = nil) throws -> [String] {
        try send("5")
        try waitForFrame(total: 352) { $0.contains { $0.contains("▶ 逾期   E11-1 ") } }
        try send("u")
        try waitFor { $0.contains { $0.contains("更新进展 · E11-1") } }
        try send("Right", "Tab")
        if let progress {
            try send("BSpace")
            try type(progress)
        }
        try send("Tab")
        if let note { try type(note) }
        try send("Enter")
        return try waitFor { $0.contains { $0.contains("确认记录以上内容？") } }
    }

    /// Waits for the pane's shell to report the dashboard's end (`EXITED n`, then `stty -a`) and
    /// returns that screen.
    func waitForExit(timeout: Double = 10) throws -> [String] {
        try waitFor(timeout: timeout) { $0.contains { $0.hasPrefix("EXITED") } && $0.contains { $0.contains("icanon") } }
    }

    /// Whether a screen from `waitForExit` shows the terminal restored: canonical mode and echo
    /// on, and the alternate screen off.
    func restored(_ screen: [String]) -> Bool {
        let shell = screen.joined(separator: " ")
        return shell.contains(" icanon ") && shell.contains(" echo ") && !alternateScreenOn
    }
}
