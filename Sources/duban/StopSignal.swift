import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Set by SIGINT or SIGTERM once `StopSignal.install()` ran; the handler only stores here.
private let stopRequested = Atomic<Bool>(false)

/// Ctrl-C and SIGTERM as a request to stop, for commands that run until interrupted.
enum StopSignal {
    static func install() {
        stopRequested.store(false, ordering: .relaxed)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in stopRequested.store(true, ordering: .relaxed) }
            sigaddset(&unblock, number)
        }
        // A parent may hand down a mask that blocks them (Foundation's Process started from a
        // Dispatch thread does), and a blocked signal would never stop the command.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    static var requested: Bool {
        stopRequested.load(ordering: .relaxed)
    }
}
