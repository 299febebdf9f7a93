import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary on a pseudo-terminal of a given size: it sees a terminal on standard input,
/// output and error, and every byte it writes is kept, as a terminal would receive it.
enum PseudoTerminal {
    struct Result {
        var status: Int32
        var output: [UInt8]
        var timedOut: Bool
    }

    /// Runs duban with `arguments`, typing each of `keys` after a pause; gives up after `timeout` seconds.
    static func run(
        _ cli: CLIRunner, _ arguments: [String], environment extra: [String: String] = [:], width: Int = 120,
        height: Int = 40, keys: [String] = [], pause: Double = 0.3, timeout: Double = 30
    ) throws -> Result {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
        defer { close(master) }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = cli.directory.path
        environment["XDG_DATA_HOME"] = cli.directory.appendingPathComponent("data").path
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "DUBAN_DB")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        close(slave)

        // The reader ends when the last holder of the terminal's other side exits (EIO).
        let collected = Collected()
        let reading = master
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(reading, &buffer, buffer.count)
                if count <= 0 { break }
                collected.append(buffer[..<count])
            }
            collected.finish()
        }
        reader.start()
        for key in keys {
            Thread.sleep(forTimeInterval: pause)
            _ = key.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        collected.waitUntilFinished(timeout: 5)
        return Result(status: process.terminationStatus, output: collected.bytes, timedOut: timedOut)
    }

    /// Bytes gathered on the reader thread.
    private final class Collected: @unchecked Sendable {
        private let lock = NSCondition()
        private var data: [UInt8] = []
        private var done = false

        func append(_ bytes: ArraySlice<UInt8>) {
            lock.lock()
            data += bytes
            lock.unlock()
        }

        func finish() {
            lock.lock()
            done = true
            lock.broadcast()
            lock.unlock()
        }

        func waitUntilFinished(timeout: Double) {
            lock.lock()
            let deadline = Date().addingTimeInterval(timeout)
            while !done && lock.wait(until: deadline) {}
            lock.unlock()
        }

        var bytes: [UInt8] {
            lock.lock()
            defer { lock.unlock() }
            return data
        }
    }
}
