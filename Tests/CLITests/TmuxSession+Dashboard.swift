import Foundation
import Testing

extension TmuxSession {
    /// The dashboard on a new store of the bundled gazette at its demo date, in a tmux pane.
    /// `environment` adds to (or, with an empty LANG, removes from) a UTF-8 xterm setting.
    static func dashboard(_ cli: CLIRunner, width: Int = 120, height: Int = 40, arguments: [String] = [],
                          environment extra: [String: String] = [:]) throws -> TmuxSession {
        let db = cli.path("t.sqlite")
        if !FileManager.default.fileExists(atPath: db) {
            #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        }
        var environment = ["HOME": cli.directory.path, "TERM": "xterm-256color", "LANG": "C.UTF-8"]
        for (key, value) in extra { environment[key] = value }
        if extra["LANG"] == "" { environment.removeValue(forKey: "LANG") }
        let command = ([CLIRunner.binary.path, "--db", db, "--today", "2020-07-01"] + arguments).joined(separator: " ")
        return try TmuxSession(width: width, height: height, command: command, environment: environment)
    }
}
