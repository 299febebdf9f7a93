import CNcurses
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// True while a `TerminalSession` is open.
let cursesActive = Atomic<Bool>(false)
/// True once the exit handler is registered; it is registered at most once per process.
let exitGuardRegistered = Atomic<Bool>(false)

/// Restores the terminal when the process exits with a session still open (an `exit()` after
/// a thrown error, say), so the shell is never left without echo or on the alternate screen.
enum ExitGuard {
    static func arm() {
        cursesActive.store(true, ordering: .sequentiallyConsistent)
        guard !exitGuardRegistered.exchange(true, ordering: .sequentiallyConsistent) else { return }
        atexit {
            if cursesActive.exchange(false, ordering: .sequentiallyConsistent) {
                curs_set(1)
                endwin()
            }
        }
    }

    static func disarm() {
        cursesActive.store(false, ordering: .sequentiallyConsistent)
    }
}
