import Foundation
import ModelImport
import Testing

/// Hostile data on a real terminal (a pseudo-terminal, read byte for byte): nothing from the
/// store may reach the terminal raw, in the dashboard or from a command.
@Suite(.serialized) struct HostileTerminalTests {
    @Test func theDashboardNeverPassesTheDataControlsToTheTerminal() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let store = try HostileStore(cli)
        // Every view, the detail of a task with a 10,000-character word, one with the hostile
        // text, the saved views, a filter, the help, a resize to tiny and back, then quit.
        let keys = [
            "5", "\r", "n", "n", "\u{1B}", "2", "\t", "\r", "\u{1B}", "3", "j", "\t", "4", "6", "1", "v", "j", "\r",
            "/", "金积", "\r", "?", "\u{1B}", "5", "u", "\u{1B}", "c", "\u{1B}", "q"
        ]
        let result = try PseudoTerminal.run(cli, store.storeArguments, environment: ["DUBAN_CONFIG": store.config], keys: keys)
        #expect(!result.timedOut && result.status == 0)
        let problems = TerminalByteScan.problems(result.output)
        print("hostile dashboard: \(result.output.count) bytes from the terminal, \(problems.count) raw control sequences from the data")
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(String(decoding: result.output, as: UTF8.self).contains("\\u{1B}"), "the controls are shown escaped")
    }

    @Test func theScanFindsEveryPayloadAndPassesNcursesOwnOutput() {
        for payload in HostileStore.payloads {
            #expect(!TerminalByteScan.problems(Array(payload.utf8)).isEmpty, "\(payload.debugDescription)")
        }
        let ncurses = "\u{1B}[?1049h\u{1B}[22;0;0t\u{1B}[1;40r\u{1B}(B\u{1B}[m\u{1B}[4l\u{1B}[?7h\u{1B}[H\u{1B}[2J\u{1B}[39;49m\u{1B}[?1l\u{1B}>督办"
        #expect(TerminalByteScan.problems(Array(ncurses.utf8)).isEmpty)
    }

    @Test(arguments: [
        ["list"], ["list", "--format", "json"], ["show", "H0-3"], ["show", "H2-2"], ["history"], ["rounds"],
        ["export", "--format", "csv"], ["export", "--format", "json"]
    ])
    func aCommandOnATerminalShowsTheControlsEscaped(command: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let store = try HostileStore(cli)
        let result = try PseudoTerminal.run(cli, command + store.storeArguments, width: 100)
        #expect(!result.timedOut && result.status == 0, "\(String(decoding: result.output, as: UTF8.self))")
        let problems = TerminalByteScan.problems(result.output) + Self.rawEscapes(result.output)
        #expect(problems.isEmpty, "\(command): \(problems.prefix(5))")
        #expect(String(decoding: result.output, as: UTF8.self).contains(#"u{1B}"#) || command.contains("json"))
    }

    @Test func importOnATerminalShowsTheDocumentNamesEscaped() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let store = try HostileStore(cli)
        let result = try PseudoTerminal.run(cli, ["import", store.json, "--db", cli.path("other.sqlite")])
        #expect(result.status == 0)
        #expect((TerminalByteScan.problems(result.output) + Self.rawEscapes(result.output)).isEmpty)
    }

    /// To a pipe or a file the data stays verbatim: JSON with escapes, CSV with formula cells
    /// made inert, and both import back to the same tasks.
    @Test func exportsToAFileKeepTheDataAndImportBackTheSame() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let store = try HostileStore(cli)
        let json = try cli.run(["export", "--db", store.db]).stdoutData
        #expect(try TaskJSON.decode(json, file: "x").contains { $0.text == HostileStore.hostile })
        #expect(try cli.run(["export", "--db", store.db, "--format", "csv", "--output", cli.path("out.csv")]).status == 0)
        let csv = try String(contentsOfFile: cli.path("out.csv"), encoding: .utf8)
        #expect(csv.contains("'=HYPERLINK") && csv.contains("'@SUM") && !csv.contains(",=") && !csv.contains(",@"))
        #expect(try cli.run(["import", cli.path("out.csv"), "--db", cli.path("again.sqlite")]).status == 0)
        #expect(try cli.run(["export", "--db", cli.path("again.sqlite")]).stdoutData == json)
    }

    /// ESC bytes outside what a command writes on its own (commands write no escapes at all).
    private static func rawEscapes(_ bytes: [UInt8]) -> [String] {
        bytes.contains(0x1B) ? ["a raw ESC in the output"] : []
    }
}
