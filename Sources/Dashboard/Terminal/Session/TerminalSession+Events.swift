import CNcurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalSession {
    /// Waits up to `timeoutMilliseconds` (negative: forever) in one `poll()` over standard input
    /// and `fds`, and returns the first thing that happened: a pending signal, a key, a resize, a
    /// readable watched descriptor (also on hang-up or error: the caller's read will tell), or
    /// `.tick` when the time ran out. Keys that arrived together are returned one per call.
    /// A hang-up of standard input (the SSH session dropped) is reported as `.signal(SIGHUP)`.
    /// After `close()`, always `.tick`.
    public func nextEvent(timeoutMilliseconds: Int, watching fds: [Int32]) -> TerminalEvent {
        if let number = SignalTrap.take() { return .signal(number) }
        if !pending.isEmpty { return pending.removeFirst() }
        guard isOpen else { return .tick }
        let deadline = timeoutMilliseconds < 0 ? nil : Self.now() + timeoutMilliseconds
        while true {
            var polled = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
            polled += fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let wait = deadline.map { Int32(clamping: max(0, $0 - Self.now())) } ?? -1
            let ready = poll(&polled, nfds_t(polled.count), wait)
            let failure = ready < 0 ? errno : 0
            if let number = SignalTrap.take() { return .signal(number) }
            // Also after EINTR or a timeout: a SIGWINCH becomes KEY_RESIZE on the next read.
            readKeys()
            if polled[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                pending.append(.signal(SIGHUP))
            }
            for watched in polled.dropFirst() where watched.revents != 0 {
                pending.append(.readable(watched.fd))
            }
            if !pending.isEmpty { return pending.removeFirst() }
            // A failure other than EINTR means bad arguments: nothing will ever arrive.
            if failure != 0, failure != EINTR { return .tick }
            if let deadline, Self.now() >= deadline { return .tick }
        }
    }

    /// How many events were read and wait to be taken: keys that came together (a held key, or
    /// keys queued behind a slow link), which the loop takes before it draws again.
    public var pendingEventCount: Int { pending.count }

    /// Waits, reading keys as they come but handing none out, until the terminal has read the
    /// frames written (`LinkPacing`), a signal arrives, or the wait for the link runs out.
    public func waitForLink() {
        while isOpen, let wait = millisecondsUntilClear, !SignalTrap.isPending {
            var polled = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            _ = poll(&polled, 1, Int32(clamping: wait))
            readKeys()
            if polled.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return }
        }
    }

    /// Waits up to half a second for the answers still owed about the last frames (`LinkPacing`),
    /// so that one arriving after the dashboard has gone is not typed into the user's shell.
    func takeLateAnswers() {
        let deadline = Self.now() + 500
        while pacing.answers, pacing.unanswered > 0, Self.now() < deadline {
            var polled = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&polled, 1, Int32(clamping: max(0, deadline - Self.now()))) > 0,
                polled.revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0
            else { return }
            readKeys()
        }
    }

    /// Reads every key ncurses has for us without waiting (the window is in nodelay mode).
    private func readKeys() {
        let window = duban_stdscr()
        var code: wint_t = 0
        while true {
            let status = wget_wch(window, &code)
            if status == ERR { return }
            if status == KEY_CODE_YES, Int32(bitPattern: code) == KeySequences.statusAnswer {
                pacing.answered()
                if pacing.isClear(now: Self.now()) { pending.append(.caughtUp) }
                continue
            }
            if status == KEY_CODE_YES, Int32(bitPattern: code) == KEY_MOUSE {
                var event = MEVENT()
                if getmouse(&event) == OK, let key = KeyDecoder.mouse(state: event.bstate, x: event.x, y: event.y) {
                    pending.append(.key(key))
                }
                continue
            }
            switch KeyDecoder.decode(status: status, code: UInt32(code)) {
            case .key(let key):
                pending.append(.key(key))
            case .resize:
                width = Int(duban_cols())
                height = Int(duban_lines())
                pending.append(.resize(width: width, height: height))
            case nil:
                continue
            }
        }
    }

    /// Whether a frame may be drawn now, as far as the link to the terminal goes (`LinkPacing`).
    public var isClearToDraw: Bool { pacing.isClear(now: Self.now()) }

    /// Milliseconds until a frame held back for the link may be drawn anyway; nil when none is.
    public var millisecondsUntilClear: Int? {
        let now = Self.now()
        return pacing.clearsAt(now: now).map { max(0, $0 - now) }
    }

    /// Milliseconds on the monotonic clock.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }
}
