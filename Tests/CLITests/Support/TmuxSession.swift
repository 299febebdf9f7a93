import Foundation

/// A private tmux server running one command in a detached session of a given size: the real
/// terminal for end-to-end tests. `capture()` is what a user would see.
final class TmuxSession {
    let socket = "duban-test-\(UUID().uuidString.prefix(8))"

    init(width: Int, height: Int, command: String, environment: [String: String]) throws {
        let exports = environment.map { "export \($0.key)=\(Self.quoted($0.value));" }.joined(separator: " ")
        let script = "\(exports) \(command); status=$?; echo; echo EXITED $status; stty -a; sleep 60"
        // tmux forks a server that outlives the client; Foundation's Process waits for it through
        // inherited descriptors and never returns, so the session is started with system(3).
        // The server must not inherit this process's other descriptors either: a pipe another test
        // is reading (its own tmux call's output) would never reach end-of-file while the server lives.
        let closing = #"for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; "#
        let start = "exec tmux -L \(socket) -f /dev/null new-session -d -x \(width) -y \(height) \(Self.quoted(script))"
        let line = "/bin/bash -c \(Self.quoted(closing + start)) </dev/null >/dev/null 2>&1"
        guard system(line) == 0 else { throw CocoaError(.executableLoad) }
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket, "-f", "/dev/null"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Types text literally (Chinese included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", "0"]).components(separatedBy: "\n")
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    var alternateScreenOn: Bool {
        (try? tmux(["display-message", "-p", "-t", "0", "#{alternate_on}"]))?.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Waits up to `timeout` seconds for the screen to satisfy `condition`; returns the last capture.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        return screen
    }
}
