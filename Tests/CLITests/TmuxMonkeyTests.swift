import Foundation
import ModelDemo
import TestSupport
import Testing

/// Random keys and resizes (1x1 to 250x80) sent to the real binary under tmux: it must still be
/// running afterwards, quit with status 0 and give the terminal back. `q`, Ctrl-C and Ctrl-Z are
/// left out so that the run is not cut short (the reducer's monkey test presses `q` too).
/// 600 keys by default (a debug build draws a frame in 15–50 ms); `DUBAN_TMUX_MONKEY_KEYS=2000` for more.
@Suite(.serialized) struct TmuxMonkeyTests {
    private static let keys = [
        "j", "k", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "g", "G", "Tab", "BTab",
        "h", "l", "Enter", "Escape", "n", "p", "]", "[", "/", "v", "u", "c", "a", "s", "S", "Space", "C-l",
        "?", "F1", "1", "2", "3", "4", "5", "6", "BSpace", "DC", "y", "x", "F5", "C-f", "C-b"
    ]
    private static let typed = ["金积镇", "马长军", "status:behind", "已开会", "overdue", "!", "\"", "<", "进展"]

    @Test func randomKeysAndResizesLeaveItRunningAndItQuitsCleanly() throws {
        let settings = RunSettings(prefix: "DUBAN_TMUX_MONKEY_KEYS", defaultCount: 600)
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let tmux = try TmuxSession.dashboard(cli)
        try tmux.waitFor { $0.joined().contains("督办看板") }
        var random = SplitMix64(seed: settings.seed)
        var sent = 0, resizes = 0
        print("tmux monkey: seed \(settings.seed), \(settings.count) keys")
        while sent < settings.count {
            if Int.random(in: 0..<3, using: &random) == 0 {
                try tmux.resize(width: Int.random(in: 1...250, using: &random), height: Int.random(in: 1...80, using: &random))
                resizes += 1
            }
            if Int.random(in: 0..<5, using: &random) == 0 {
                try tmux.type(Self.typed.randomElement(using: &random)!)
                sent += 1
            } else {
                let batch = (0..<min(20, settings.count - sent)).map { _ in Self.keys.randomElement(using: &random)! }
                try tmux.tmux(["send-keys", "-t", "0"] + batch)
                sent += batch.count
            }
        }
        try tmux.resize(width: 120, height: 40)
        // Let the keys drain a while (the screen stops changing for 2 s); a crash on the way shows
        // as EXITED with the signal's status, and the quit keys below queue behind what is left.
        var previous: [String] = []
        let screen = try tmux.waitFor(timeout: 120) { screen in
            defer {
                previous = screen
                Thread.sleep(forTimeInterval: 2)
            }
            return screen == previous && screen.joined().contains("督办看板")
        }
        print("tmux monkey: \(sent) keys, \(resizes) resizes, alive: \(!screen.contains { $0.hasPrefix("EXITED") })")
        #expect(screen.joined().contains("督办看板") && !screen.contains { $0.hasPrefix("EXITED") }, "\(screen.joined(separator: "\n"))")
        for key in ["Escape", "Escape", "Escape", "q", "q"] {
            try tmux.send(key)
            Thread.sleep(forTimeInterval: 0.4)
        }
        let after = try tmux.waitFor(timeout: 120) { $0.contains { $0.hasPrefix("EXITED") } && $0.contains { $0.contains("icanon") } }
        #expect(after.contains("EXITED 0"), "\(after.joined(separator: "\n"))")
        #expect(after.joined(separator: " ").contains(" icanon ") && after.joined(separator: " ").contains(" echo "))
        #expect(!tmux.alternateScreenOn)
    }
}
