import Foundation
import Testing

/// A change to the store's directory reaches an open dashboard as any write does: a unit renamed
/// in another process shows under its new name, with its tasks, within a second or two.
@Suite struct TmuxUnitsLiveTests {
    @Test func aUnitRenamedElsewhereShowsUnderItsNewNameInTheOpenDashboard() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let session = try TmuxSession.dashboard(cli)
        try session.waitForFrame(total: 352)
        try session.send("3")
        try session.waitForFrame(total: 352) { $0.contains { $0.contains(" 区财政局 ") } }

        let started = Date()
        let renamed = try cli.run(["units", "rename", "区财政局", "区财政和国资局", "--db", cli.path("t.sqlite")])
        #expect(renamed.status == 0 && renamed.stdout.contains(" tasks moved: 区财政局 → 区财政和国资局"))
        let screen = try session.waitForFrame(total: 352, timeout: 5) { screen in
            screen.contains { $0.contains(" 区财政和国资局 ") } && !screen.contains { $0.contains(" 区财政局 ") }
        }
        let elapsed = Date().timeIntervalSince(started)
        print("units rename: shown in the open dashboard \(String(format: "%.2f", elapsed)) s after the command started")
        #expect(elapsed < 3, "the command and the live update together")
        #expect(screen.contains { $0.contains(" 区财政和国资局 ") && $0.contains("116/116") }, "its tasks came with it")
    }
}
