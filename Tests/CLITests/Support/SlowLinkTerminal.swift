import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real dashboard at the far end of a slow link: a 120x40 pseudo-terminal whose output is
/// read at a fixed rate (what is not read yet waits in the kernel's buffer, as it waits in SSH's
/// and TCP's), and which answers the device status question (`ESC [ 5 n`) once it has read it, as
/// xterm, VTE, tmux and PuTTY do (or ignores it, as a terminal might).
final class SlowLinkTerminal {
    private static let question: [UInt8] = [0x1B, 0x5B, 0x35, 0x6E]
    private static let answer: [UInt8] = [0x1B, 0x5B, 0x30, 0x6E]

    private let master: Int32
    private let process: Process
    private let bytesPerSecond: Double
    private let answers: Bool
    /// Everything read so far, as the terminal received it.
    private(set) var received: [UInt8] = []
    /// When the last byte was read (seconds on the monotonic clock).
    private(set) var lastByte = SlowLinkTerminal.now()
    /// When each read came.
    private var arrivals: [Double] = []
    private var budget = 0.0
    private var clock = SlowLinkTerminal.now()

    init(_ cli: CLIRunner, _ arguments: [String], bytesPerSecond: Double, answers: Bool) throws {
        (master, process) = try PtyLaunch.start(cli, arguments)
        self.bytesPerSecond = bytesPerSecond
        self.answers = answers
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if process.isRunning { process.terminate() }
        // Drain so that the dashboard is not stuck writing to a full buffer as it exits.
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Self.now() + 5
        while process.isRunning, Self.now() < deadline {
            _ = read(master, &buffer, buffer.count)
            usleep(10_000)
        }
        process.waitUntilExit()
        close(master)
    }

    func type(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads what the link lets through, 10 ms at a time, for `seconds`.
    func pump(for seconds: Double) {
        let end = Self.now() + seconds
        while Self.now() < end {
            let now = Self.now()
            budget = min(budget + (now - clock) * bytesPerSecond, bytesPerSecond * 0.01)
            clock = now
            if budget >= 1 { budget -= Double(take(Int(budget))) }
            usleep(UInt32(max(0, min(0.01, end - Self.now())) * 1_000_000))
        }
    }

    /// Reads until `quiet` seconds pass with nothing read and nothing left in the buffer.
    func settle(quiet: Double = 1, limit: Double = 30) {
        let deadline = Self.now() + limit
        while Self.now() < deadline {
            pump(for: 0.05)
            var waiting: Int32 = 0
            _ = ioctl(master, UInt(FIONREAD), &waiting)
            if Self.now() - lastByte >= quiet && waiting == 0 { return }
        }
    }

    /// When the output after `moment` first paused for `gap` seconds: the screen had settled (a
    /// later byte is the clock's minute, not the keys' frames).
    func settled(after moment: Double, gap: Double = 0.3) -> Double {
        let later = arrivals.filter { $0 >= moment }
        for (index, arrival) in later.enumerated() where index + 1 == later.count || later[index + 1] - arrival > gap {
            return arrival
        }
        return moment
    }

    private func take(_ limit: Int) -> Int {
        var buffer = [UInt8](repeating: 0, count: limit)
        let count = read(master, &buffer, limit)
        guard count > 0 else { return 0 }
        let tail = received.suffix(Self.question.count - 1)
        received += buffer[0..<count]
        lastByte = Self.now()
        arrivals.append(lastByte)
        if answers {
            let seen = Array(tail) + buffer[0..<count]
            for start in 0...(seen.count - Self.question.count) where Array(seen[start..<(start + Self.question.count)]) == Self.question {
                _ = Self.answer.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            }
        }
        return count
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
