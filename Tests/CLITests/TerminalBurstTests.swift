import Foundation
import Testing

/// Keys that arrive together — a held key, or keys queued behind a slow link — cost the terminal
/// one frame, the last key's, not a frame each.
@Suite struct TerminalBurstTests {
    @Test func aBurstOfThirtyJCostsAboutOneFrame() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("t.sqlite")
        #expect(try cli.run(["import", CLIRunner.gazette, "--db", db]).status == 0)
        let terminal = try InteractivePty(cli, ["--db", db, "--today", "2020-07-01"])
        terminal.settle(quiet: 1)
        terminal.type("5")
        terminal.settle()
        var singles: [Int] = []
        for _ in 0..<5 {
            terminal.type("j")
            singles.append(terminal.settle())
        }
        let single = singles.sorted()[2]
        terminal.type(String(repeating: "j", count: 30))
        let burst = terminal.settle()
        print("burst: one j \(single) B, thirty j at once \(burst) B (\(String(format: "%.1f", Double(burst) / Double(single))) frames' bytes)")
        #expect(single > 100)
        // A frame per key would send some 30 frames' bytes; the one frame of a list moved 30 rows
        // repaints the list and the detail, about four single-j frames at 120x40.
        #expect(burst <= 6 * single)
        terminal.type("q")
    }
}
