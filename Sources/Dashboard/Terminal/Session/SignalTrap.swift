import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The last of SIGINT, SIGTERM or SIGHUP received and not yet reported; 0 when none.
/// The handler only stores here; the event loop reads it.
let pendingSignal = Atomic<Int32>(0)

/// Catches SIGINT, SIGTERM and SIGHUP with a handler that only sets `pendingSignal`, so the
/// event loop can report them and the caller can restore the terminal. Installed before
/// `newterm`, so ncurses keeps its own exiting handlers for SIGINT and SIGTERM out of the way.
/// SIGWINCH and SIGTSTP are left to ncurses.
struct SignalTrap {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private var previous: [(signal: Int32, handler: sighandler_t?)] = []

    static func install() -> SignalTrap {
        pendingSignal.store(0, ordering: .relaxed)  // initialises the global outside the handler
        var trap = SignalTrap()
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in signals {
            trap.previous.append((number, signal(number) { pendingSignal.store($0, ordering: .relaxed) }))
            sigaddset(&unblock, number)
        }
        // A parent may hand down a mask that blocks them (Foundation's Process started from a
        // Dispatch thread does); a blocked SIGHUP would leave the dashboard running after the
        // SSH link dropped.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        return trap
    }

    /// Puts back the handlers that were there before `install`.
    func restore() {
        for (number, handler) in previous {
            signal(number, handler)
        }
    }

    /// Whether a signal waits to be taken.
    static var isPending: Bool { pendingSignal.load(ordering: .relaxed) != 0 }

    /// The pending signal, cleared as it is taken.
    static func take() -> Int32? {
        let number = pendingSignal.exchange(0, ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
