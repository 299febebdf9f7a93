import Foundation
import Testing

/// An outsider's dashboard: 只读 in the header, the reason in the status line, and still live.
@Suite(.serialized, .enabled(if: UnixAccounts.available, UnixAccounts.skipReason))
struct SharedStoreReadOnlyDashboardTests {
    @Test func anOutsidersDashboardShowsReadOnlyAndWhy() throws {
        let shared = try SharedStoreFixture()
        defer { shared.cleanUp() }
        let tmux = try shared.dashboard(as: "carol")
        let reason = "not writable by \(shared.accounts.name("carol"))"
        // The header and the status line, as one frame may be captured half drawn.
        let screen = try tmux.waitFor { $0[0].contains("只读") && $0.contains { $0.contains(reason) } }
        #expect(screen[0].contains("只读"), "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains(reason) }, "\(screen.joined(separator: "\n"))")
        // Still a live dashboard: a member's change shows.
        try tmux.send("5")
        try tmux.waitFor { $0.contains { $0.contains("未启动 N8-1 ") } }
        #expect(try shared.run("alice", ["update", "N8-1", "--status", "behind"]).status == 0)
        let live = try tmux.waitFor(timeout: 3) { $0.contains { $0.contains("滞后   N8-1 ") } }
        #expect(live.contains { $0.contains("滞后   N8-1 ") }, "\(live.joined(separator: "\n"))")
        try tmux.send("q")
        let after = try tmux.waitFor { $0.contains { $0.hasPrefix("EXITED") } }
        #expect(after.contains("EXITED 0"))
    }
}
