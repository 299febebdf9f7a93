import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real dashboard on a pseudo-terminal, driven key by key: `type` writes bytes as a terminal
/// sends them, `settle` reads what came back until the output has been quiet for a while.
final class InteractivePty {
    private let master: Int32
    private let process: Process

    init(_ cli: CLIRunner, _ arguments: [String], width: Int = 120, height: Int = 40) throws {
        (master, process) = try PtyLaunch.start(cli, arguments, width: width, height: height)
    }

    deinit {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        close(master)
    }

    func type(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// The bytes the dashboard wrote until `quiet` seconds passed with none, at most `limit` seconds.
    @discardableResult
    func settle(quiet: Double = 0.4, limit: Double = 10) -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            var polled = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&polled, 1, Int32(quiet * 1000)) > 0 else { break }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            total += count
        }
        return total
    }
}
