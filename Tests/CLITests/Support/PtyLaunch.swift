import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts the real binary on a new pseudo-terminal of a given size, as a terminal emulator
/// would: the program gets the terminal on standard input, output and error; the caller keeps
/// the master side, to type into and to read.
enum PtyLaunch {
    static func start(
        _ cli: CLIRunner, _ arguments: [String], width: Int = 120, height: Int = 40
    ) throws -> (master: Int32, process: Process) {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.environment = cli.environment(["TERM": "xterm-256color", "LANG": "C.UTF-8", "DUBAN_LANG": "zh"])
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        do {
            try process.run()
        } catch {
            close(master)
            close(slave)
            throw error
        }
        close(slave)
        return (master, process)
    }
}
